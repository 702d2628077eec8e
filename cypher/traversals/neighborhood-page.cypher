// One page of neighborhood() (src/traversal/neighborhood.ts): the properties of the $page nodes,
// and the relationships of $types (from the NeighborhoodRel whitelist) with one end on the page
// and the other in $known (this page and the earlier ones), so paging to the end yields every
// edge once. At most $edgeCap + 1 edges (the caller reports more than $edgeCap as truncated).
// Index: entity_id for the page nodes.
CALL () {
  UNWIND $page AS id
  MATCH (n:Entity {id: id})
  RETURN collect(n {.*, labels: labels(n)}) AS nodes
}
CALL () {
  UNWIND $page AS id
  MATCH (:Entity {id: id})-[r:$any($types)]-(b:Entity)
  WHERE b.id IN $known
  WITH DISTINCT r
  LIMIT toInteger($edgeCap) + 1
  RETURN collect({source: startNode(r).id, type: type(r), target: endNode(r).id, properties: properties(r)}) AS edges
}
RETURN nodes, edges
