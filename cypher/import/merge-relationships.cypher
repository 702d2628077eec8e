// Creates or updates a batch of relationships of one type between existing nodes.
// {{type}} comes from the model's whitelist (src/model/records.ts), a literal type: with
// `$($type)` the MERGE expanded every relationship of an end and then filtered by type; a
// re-import of 10^4 organizations took 9.8-14.3 s instead of 11.5-15.5 s. $rows: [{from, to, props}].
// The importer has checked that both ends exist, so no row is dropped silently here. As in
// import/merge-nodes, a relationship already holding the row's values is not written again.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:{{type}}]->(b)
WITH r, row
WHERE any(k IN keys(row.props) WHERE r[k] IS NULL OR r[k] <> row.props[k])
SET r += row.props
