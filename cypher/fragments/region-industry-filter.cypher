// Shared filter tail (after fragments/list-candidates): n in one of the collected industries,
// over {{industryType}} (typed, so only that relationship is expanded), and a case-insensitive
// name match. The region was applied by the candidates already.
  AND ($industry IS NULL OR EXISTS { MATCH (n)-[:{{industryType}}]->(x) WHERE x IN industries })
  AND ($nameContains IS NULL
    OR toLower(n.name) CONTAINS toLower($nameContains)
    OR toLower(coalesce(n.nameZh, '')) CONTAINS toLower($nameContains)
    OR toLower(coalesce(n.aliasText, '')) CONTAINS toLower($nameContains))
