// DataLoader batch: nodes by id, with their labels (to resolve the GraphQL type).
// Index: entity_id. Ids not found return no row.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, n {.*, labels: labels(n)} AS node
