// import/create-nodes for rows with a second, kind label (an organization's Enterprise,
// University, ...): {{label}} and {{kind}} come from the model's whitelist (src/model/labels.ts).
// $rows: [{id, props}], all of the same two labels.
UNWIND $rows AS row
CREATE (n:Entity:{{label}}:{{kind}} {id: row.id})
SET n += row.props
