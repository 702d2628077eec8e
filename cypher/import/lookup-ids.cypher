// Which of $ids already exist, with their labels (to check references and kind conflicts
// before an import writes anything).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, labels(n) AS labels
