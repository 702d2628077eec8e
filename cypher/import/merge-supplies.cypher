// Creates or updates a batch of SUPPLIES links, as import/merge-relationships does, and the
// :SupplyHop node that mirrors each one (supplier -SUPPLY_HOP-> hop -SUPPLY_HOP-> customer),
// so that a supply hop of collaborationChain has the organization - connector - organization
// shape of a platform or project hop (cypher/traversals/chain-shortest). $rows: [{from, to, props}].
// Both MERGEs are idempotent: a re-import creates nothing and sets nothing.
// Index: entity_id for both ends.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:SUPPLIES]->(b)
// Unchanged links are not written again (see import/merge-nodes); FOREACH keeps the row for
// the hop MERGE below either way.
FOREACH (_ IN CASE WHEN any(k IN keys(row.props) WHERE r[k] IS NULL OR r[k] <> row.props[k]) THEN [1] ELSE [] END | SET r += row.props)
MERGE (a)-[:SUPPLY_HOP]->(:SupplyHop)-[:SUPPLY_HOP]->(b)
