// @include fragments/list-candidates
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND ($levels IS NULL OR n.level IN $levels)
  AND ($statuses IS NULL OR n.status IN $statuses)
  AND ($specializations IS NULL OR n.specialization IN $specializations)
  AND ($establishedFrom IS NULL OR n.established >= $establishedFrom)
  AND ($establishedTo IS NULL OR n.established <= $establishedTo)
  AND ($host IS NULL OR EXISTS { (n)-[:HOSTED_BY]->(:Entity {id: $host}) })
// @include fragments/region-industry-filter
