// The bulk path of import/merge-relationships (see import/create-nodes): both ends were created
// by this same import, which validation found to be the only source of ids (the database was
// empty), and the dataset holds each (from, type, to) once, so CREATE cannot duplicate a link.
// {{type}} comes from the model's whitelist (src/model/records.ts), a literal type rather than
// `$($type)`; $rows: [{from, to, props}].
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:{{type}}]->(b)
SET r += row.props
