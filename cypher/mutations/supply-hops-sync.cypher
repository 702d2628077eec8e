// Mutations: brings the :SupplyHop nodes of the organizations $ids in line with their SUPPLIES
// links (after link, unlink or merge of a supply link): a hop whose link is gone is deleted, a
// link without its hop gets one (see cypher/import/merge-supplies). Idempotent: where hops and
// links agree nothing is written. $ids that are not organizations are skipped.
// Index: entity_id.
UNWIND $ids AS id
MATCH (o:Entity {id: id})
CALL (o) {
  MATCH (a)-[:SUPPLY_HOP]->(h:SupplyHop)-[:SUPPLY_HOP]->(b)
  WHERE (a = o OR b = o) AND NOT EXISTS { (a)-[:SUPPLIES]->(b) }
  DETACH DELETE h
}
CALL (o) {
  MATCH (a:Organization)-[:SUPPLIES]->(b:Organization)
  WHERE a = o OR b = o
  MERGE (a)-[:SUPPLY_HOP]->(:SupplyHop)-[:SUPPLY_HOP]->(b)
}
RETURN count(*) AS synced
