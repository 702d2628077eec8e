// Tests only: the Cypher type of each property of the relationships from $from to $to, to check
// that whole-number fields are stored as integers, not floats.
MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to})
UNWIND keys(r) AS key
RETURN type(r) AS rel, key, valueType(r[key]) AS type
