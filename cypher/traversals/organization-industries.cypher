// chainPartners() (src/traversal/chain-partners.ts): the industries organization $id is in, each
// with the IN_INDUSTRY tag that puts it there: the tagged industry itself and, when $sub, every
// industry the tag is a sub-industry of (SUBINDUSTRY_OF up to 8 levels, the model's cap).
// One row per (industry, tag).
// Index: entity_id for $id; the rest is relationship expansion.
MATCH (o:Organization {id: $id})-[t:IN_INDUSTRY]->(tag:Industry)
MATCH (tag)-[s:SUBINDUSTRY_OF]->{0,8}(industry:Industry)
WHERE $sub OR size(s) = 0
RETURN DISTINCT industry {.*, labels: labels(industry)} AS industry, tag {.*, labels: labels(tag)} AS tag, properties(t) AS props
