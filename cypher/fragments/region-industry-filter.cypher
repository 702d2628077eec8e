// Shared filter: n in $region or any sub-region (via $locatedType), in $industry or any
// sub-industry (via $industryType), and a case-insensitive name match. The types are fixed
// per list query by the resolver, not chosen by clients.
  AND ($region IS NULL OR EXISTS { (n)-[:$($locatedType)]->(:Region)-[:PART_OF]->{0,8}(:Region {id: $region}) })
  AND ($industry IS NULL OR EXISTS { (n)-[:$($industryType)]->(:Industry)-[:SUBINDUSTRY_OF]->{0,8}(:Industry {id: $industry}) })
  AND ($nameContains IS NULL
    OR toLower(n.name) CONTAINS toLower($nameContains)
    OR toLower(coalesce(n.nameZh, '')) CONTAINS toLower($nameContains)
    OR toLower(coalesce(n.aliasText, '')) CONTAINS toLower($nameContains))
