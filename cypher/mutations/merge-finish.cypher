// Mutations, merge step 3: sets $keep's merged properties (aliases, properties it lacked,
// mergedFrom, editedAt/editedBy) and deletes $drop with the relationships left on it
// (duplicates of keep's and links between the two), tallied by type and direction.
MATCH (keep:Entity {id: $keep})
MATCH (drop:Entity {id: $drop})
// drop's :SupplyHop mirrors go first and are not tallied; mutations/supply-hops-sync then
// rebuilds keep's from the SUPPLIES links it now has.
CALL (drop) {
  OPTIONAL MATCH (drop)-[:SUPPLY_HOP]-(h:SupplyHop)
  DETACH DELETE h
}
CALL (drop) {
  MATCH (drop)-[r]-()
  WITH type(r) AS type, CASE WHEN startNode(r) = drop THEN 'OUT' ELSE 'IN' END AS direction, count(DISTINCT r) AS count
  RETURN collect({type: type, direction: direction, count: count}) AS discarded
}
SET keep += $props
DETACH DELETE drop
RETURN keep {.*, labels: labels(keep)} AS node, discarded
