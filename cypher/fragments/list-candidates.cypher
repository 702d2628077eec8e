// Shared head of the list and count queries: the {{label}} nodes a list starts from ({{label}}
// and the other template values come from the resolver's table, never from a client).
// Region-first: with $region, the region is found by its id (index entity_id) and its subtree
// walked down to what is located there, instead of walking PART_OF up from every candidate;
// without, every {{label}} node. The industry's subtree (or the industry
// alone when $includeSubIndustries is false) is collected once, for the filter below.
CALL () {
  OPTIONAL MATCH (top:Entity {id: $industry})
  WHERE top:Industry
  OPTIONAL MATCH (top)<-[:SUBINDUSTRY_OF]-{0,8}(s:Industry)
  WHERE $includeSubIndustries OR s = top
  RETURN collect(DISTINCT s) AS industries
}
CALL () {
  WITH 1 AS one WHERE $region IS NOT NULL
  MATCH (:Entity {id: $region})<-[:PART_OF]-{0,8}(:Region)<-[:LOCATED_IN]-(n:{{label}})
  RETURN DISTINCT n
  UNION ALL
  WITH 1 AS one WHERE $region IS NULL
  MATCH (n:{{label}})
  RETURN n
}
WITH n, industries
