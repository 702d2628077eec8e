// Mutations, read phase: the nodes a mutation names (its id, the provenance source, link ends,
// an indicator's subject), with labels and properties, so every check runs before any write.
// An indicator's `about` is its ABOUT relationship, returned here as the record has it.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
OPTIONAL MATCH (n:Indicator)-[:ABOUT]->(a:Entity)
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, head(collect(a.id)) AS about
