// The bulk path of import/merge-nodes, for an import into a database holding no :Entity node
// (src/import/import-dataset.ts): CREATE without the lookup MERGE makes. A row whose id exists
// after all (another import ran meanwhile) fails the entity_id uniqueness constraint and the
// whole batch with it, loudly; it never makes a second node. $rows: [{id, labels, props}].
UNWIND $rows AS row
CREATE (n:Entity {id: row.id})
SET n:$(row.labels), n += row.props
