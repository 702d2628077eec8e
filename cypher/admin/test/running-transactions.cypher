// Tests only: the transactions Neo4j is running that contain $marker in their query text (this
// query itself excluded), to show that a cancelled request left none behind.
SHOW TRANSACTIONS YIELD transactionId, currentQuery, elapsedTime
WHERE currentQuery CONTAINS $marker AND NOT currentQuery STARTS WITH 'SHOW'
RETURN transactionId, elapsedTime
