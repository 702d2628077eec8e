// chainPartners() (src/traversal/chain-partners.ts): the organizations in each industry of
// $industries (ids) other than $self: tagged with it (IN_INDUSTRY) or, when $sub, with one of
// its sub-industries; kept only when located in $region or a sub-region, in $industry (with its
// sub-industries when $sub) and of $kinds (each filter off when null). One row per
// (industry, organization, tag), at most $cap: the caller treats reaching it as the search cap.
// Index: entity_id for the industries, $region and $industry; the rest is relationship expansion.
UNWIND $industries AS j
MATCH (ind:Industry {id: j})<-[s:SUBINDUSTRY_OF]-{0,8}(tag:Industry)<-[t:IN_INDUSTRY]-(p:Organization)
WHERE ($sub OR size(s) = 0)
  AND p.id <> $self
  AND ($kinds IS NULL OR p.kind IN $kinds)
  AND ($region IS NULL OR EXISTS { (p)-[:LOCATED_IN]->(:Region)-[:PART_OF]->{0,8}(:Region {id: $region}) })
  AND ($industry IS NULL OR EXISTS {
    MATCH (p)-[:IN_INDUSTRY]->(:Industry)-[f:SUBINDUSTRY_OF]->{0,8}(:Industry {id: $industry})
    WHERE $sub OR size(f) = 0
  })
WITH DISTINCT j, p, tag, t
LIMIT toInteger($cap)
RETURN j AS industry, p {.*, labels: labels(p)} AS organization, tag {.*, labels: labels(tag)} AS tag, properties(t) AS props
