// The links' share of import/set-node-props: each (from, {{type}}, to) is unique in a dataset,
// so one link matches. {{type}} comes from the model's whitelist (src/model/records.ts).
// $rows: [{from, to, props}].
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r:{{type}}]->(b:Entity {id: row.to})
SET r += row.props
