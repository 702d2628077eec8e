// Readiness: Neo4j answers and the schema is applied (the entity_id constraint exists).
SHOW CONSTRAINTS YIELD name WHERE name = 'entity_id'
RETURN count(*) AS constraints
