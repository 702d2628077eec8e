// Which nodes of a batch already hold their row's importHash: written by an import of that very
// row and not edited since (every edit removes the hash), so a re-import skips them.
// $rows: [{id, h}]. Index: entity_id.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
WHERE n.importHash = row.h
RETURN collect(row.id) AS unchanged
