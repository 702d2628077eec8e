// Blocks until every index is ONLINE, so the first query after start-up uses them.
CALL db.awaitIndexes(300)
