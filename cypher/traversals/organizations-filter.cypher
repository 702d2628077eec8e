// chainPartners() (src/traversal/chain-partners.ts): which organizations of $ids pass the
// partner filters: located in $region or a sub-region, in $industry (with its sub-industries
// when $sub), of $kinds; each filter off when null. Returns the ids that pass.
// Index: entity_id for $ids, $region and $industry; the rest is relationship expansion.
UNWIND $ids AS id
MATCH (p:Organization {id: id})
WHERE ($kinds IS NULL OR p.kind IN $kinds)
  AND ($region IS NULL OR EXISTS { (p)-[:LOCATED_IN]->(:Region)-[:PART_OF]->{0,8}(:Region {id: $region}) })
  AND ($industry IS NULL OR EXISTS {
    MATCH (p)-[:IN_INDUSTRY]->(:Industry)-[f:SUBINDUSTRY_OF]->{0,8}(:Industry {id: $industry})
    WHERE $sub OR size(f) = 0
  })
RETURN p.id AS id
