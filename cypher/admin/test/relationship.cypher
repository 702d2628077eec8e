// Tests only: the relationships between two nodes with their types and properties.
MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to})
RETURN type(r) AS type, properties(r) AS props
