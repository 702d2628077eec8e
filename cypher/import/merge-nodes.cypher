// Creates or updates a batch of nodes by id. $rows: [{id, labels, props}]; labels come from the
// model's whitelist (src/import/labels.ts), never from file contents. Uses the entity_id index.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.labels), n += row.props
