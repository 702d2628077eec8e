// Mutations: points an indicator at its subject (the record's `about`): the ABOUT relationship
// to $about is created or updated, and any ABOUT to another node removed (one subject each).
MATCH (i:Indicator:Entity {id: $id})
MATCH (t:Entity {id: $about})
CALL (i, t) {
  MATCH (i)-[old:ABOUT]->(o)
  WHERE o <> t
  DELETE old
}
MERGE (i)-[r:ABOUT]->(t)
SET r += $props
RETURN count(r) AS linked
