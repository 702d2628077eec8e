// Tests only: the Cypher type of each property of a node (INTEGER NOT NULL, FLOAT NOT NULL, ...),
// to check that whole-number fields are stored as integers, not floats.
MATCH (n:Entity {id: $id})
UNWIND keys(n) AS key
RETURN key, valueType(n[key]) AS type
