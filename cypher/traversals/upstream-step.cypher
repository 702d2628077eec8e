// One breadth-first step of upstream() (src/traversal/supply-chain.ts): the {{type}} relationships
// arriving at the $frontier nodes (SUPPLIES into an organization: its suppliers; UPSTREAM_OF into
// an industry: the industries that supply it; {{type}} comes from that two-entry whitelist, a literal:
// with `$($type)` Neo4j expanded every relationship of the frontier and then filtered by type), with
// the far end and `keep`: whether the far end is in $industry or one of its sub-industries
// (an organization through IN_INDUSTRY, an industry itself; always true when $industry is null);
// sub-industries count only when $sub. chainPartners also uses it, with $industry null.
// At most $cap rows: the caller treats reaching it as hitting the search cap.
// Index: entity_id for the frontier and $industry; the rest is relationship expansion.
UNWIND $frontier AS id
MATCH (near:Entity {id: id})<-[r:{{type}}]-(far:Entity)
WITH near, r, far LIMIT toInteger($cap)
RETURN near.id AS near, properties(r) AS props, far {.*, labels: labels(far)} AS far,
       $industry IS NULL
       OR EXISTS {
         MATCH (far)-[:IN_INDUSTRY]->{0,1}(:Industry)-[s:SUBINDUSTRY_OF]->{0,8}(:Industry {id: $industry})
         WHERE $sub OR size(s) = 0
       } AS keep
