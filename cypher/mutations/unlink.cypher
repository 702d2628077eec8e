// Mutations: removes the relationship of $type (from the model's whitelist) from $from to $to.
// Ends that do not exist come back as null, so the caller can answer NOT_FOUND.
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  OPTIONAL MATCH (a)-[r:$($type)]->(b)
  DELETE r
  RETURN count(r) AS removed
}
RETURN a {.*, labels: labels(a)} AS from, b {.*, labels: labels(b)} AS to, removed
