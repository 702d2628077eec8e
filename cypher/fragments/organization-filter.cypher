// @include fragments/list-candidates
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND ($countries IS NULL OR n.country IN $countries)
  AND ($highTech IS NULL OR n.highTech = $highTech)
  AND ($aboveDesignatedSize IS NULL OR n.aboveDesignatedSize = $aboveDesignatedSize)
  AND ($foundedFrom IS NULL OR n.founded >= $foundedFrom)
  AND ($foundedTo IS NULL OR n.founded <= $foundedTo)
// @include fragments/region-industry-filter
