// Deletes up to $batch nodes with their relationships; callers loop until it returns 0, so a
// large store is cleared in bounded transactions. Used by tests and `kg reset`.
MATCH (n) WITH n LIMIT toInteger($batch)
DETACH DELETE n
RETURN count(*) AS deleted
