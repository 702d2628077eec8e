// @include fragments/list-candidates
WHERE ($levels IS NULL OR n.level IN $levels)
  AND ($yearFrom IS NULL OR coalesce(n.endYear, n.startYear) >= $yearFrom)
  AND ($yearTo IS NULL OR n.startYear <= $yearTo)
  AND ($fundingCurrency IS NULL OR (n.funding IS NOT NULL AND coalesce(n.currency, 'CNY') = $fundingCurrency))
  AND ($fundingMin IS NULL OR n.funding >= $fundingMin)
  AND ($fundingMax IS NULL OR n.funding <= $fundingMax)
  AND ($undertaker IS NULL OR EXISTS { (:Entity {id: $undertaker})-[:UNDERTAKES]->(n) })
// @include fragments/region-industry-filter
