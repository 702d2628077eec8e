// Tests only: a node's labels and properties, to assert exactly what a write stored.
MATCH (n:Entity {id: $id})
RETURN labels(n) AS labels, properties(n) AS props
