// Which nodes of a batch already hold their row's importHash: written by an import of that very
// row and not edited since (every edit removes the hash), so a re-import skips them.
// $rows: [{i, id, h}]; returns the rows' i. Index: entity_id.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
WHERE n.importHash = row.h
RETURN collect(row.i) AS unchanged
