// After an offline import (src/import/offline-import.ts): the property values its CSV could not
// carry exactly (an empty list, say), set on the nodes the importer made. $rows: [{id, props}].
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n += row.props
