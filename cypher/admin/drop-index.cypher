// Drops an index by name. $name comes only from the schema files in cypher/schema/, never from
// a client (src/graph/setup.ts), when a full-text index's definition there has changed.
DROP INDEX $name IF EXISTS
