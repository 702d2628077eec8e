// Mutations: deletes a node with its relationships, returning the node as it was, what was
// detached (counts by type and direction), and its neighbours (a count and the first $cap ids).
MATCH (n:Entity {id: $id})
// The node's :SupplyHop mirrors (cypher/import/merge-supplies) go with it, and are not reported.
CALL (n) {
  OPTIONAL MATCH (n)-[:SUPPLY_HOP]-(h:SupplyHop)
  DETACH DELETE h
}
CALL (n) {
  MATCH (n)-[r]-()
  WITH type(r) AS type, CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END AS direction, count(DISTINCT r) AS count
  RETURN collect({type: type, direction: direction, count: count}) AS detached
}
CALL (n) {
  MATCH (n)--(m)
  RETURN count(DISTINCT m) AS neighbourCount
}
CALL (n) {
  MATCH (n)--(m)
  WITH DISTINCT m
  ORDER BY m.id
  LIMIT toInteger($cap)
  RETURN collect(m.id) AS neighbours
}
WITH n, n {.*, labels: labels(n)} AS node, detached, neighbourCount, neighbours
DETACH DELETE n
RETURN node, detached, neighbours, neighbourCount
