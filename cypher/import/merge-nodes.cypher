// Creates or updates a batch of nodes by id. $rows: [{id, labels, props}]; labels come from the
// model's whitelist (src/import/labels.ts), never from file contents. Uses the entity_id index.
// A row whose labels and properties the node already has is left alone, so a re-import of
// unchanged data sets nothing (no property writes, no full-text index updates). Compared with
// the stored values, not a stored row hash, so a property changed by an editor since the last
// import is still put back by the next one, as `n += row.props` always did.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
WITH n, row
WHERE any(k IN keys(row.props) WHERE n[k] IS NULL OR n[k] <> row.props[k]) OR any(l IN row.labels WHERE NOT l IN labels(n))
SET n:$(row.labels), n += row.props
