// The bulk path of import/merge-supplies (see import/create-relationships): each SUPPLIES link
// and its :SupplyHop mirror are created outright. $rows: [{from, to, props}].
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:SUPPLIES]->(b)
SET r += row.props
CREATE (a)-[:SUPPLY_HOP]->(:SupplyHop)-[:SUPPLY_HOP]->(b)
