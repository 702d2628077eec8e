// Which links of a batch already hold their row's importHash, as import/unchanged-nodes does for
// nodes. {{type}} comes from the model's whitelist (src/model/records.ts), a literal type so
// that only that type is expanded. $rows: [{i, from, to, h}]; returns the rows' i. Index: entity_id.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r:{{type}}]->(b:Entity {id: row.to})
WHERE r.importHash = row.h
RETURN collect(row.i) AS unchanged
