// One breadth-first level of neighborhood() (src/traversal/neighborhood.ts): for the i-th node
// of $frontier and each label of $labels (node kinds, from the EntityKind whitelist), the ids of
// its neighbours of that kind over relationships of $types (from the NeighborhoodRel
// whitelist), in either direction, lowest ids first, at most $perKind, and whether it has more.
// Rows only for (node, kind) pairs that have neighbours.
// Index: entity_id for the frontier; neighbours come from relationship expansion.
UNWIND range(0, size($frontier) - 1) AS i
MATCH (n:Entity {id: $frontier[i]})
UNWIND $labels AS label
CALL (n, label) {
  MATCH (n)-[:$any($types)]-(m:$(label))
  WITH DISTINCT m.id AS id
  ORDER BY id
  LIMIT toInteger($perKind) + 1
  RETURN collect(id) AS ids
}
WITH i, label, ids WHERE size(ids) > 0
RETURN i, label, ids[..toInteger($perKind)] AS ids, size(ids) > $perKind AS more
