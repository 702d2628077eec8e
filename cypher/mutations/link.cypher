// Mutations: creates or updates one relationship, idempotent like the importer (MERGE on
// from, type, to). $props holds null for each property to clear. $type comes from the model's
// whitelist (src/model/records.ts relationshipKinds); the read phase checked both ends.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MERGE (a)-[r:$($type)]->(b)
SET r += $props
RETURN a {.*, labels: labels(a)} AS from, b {.*, labels: labels(b)} AS to, properties(r) AS props
