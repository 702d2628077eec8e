// Mutations: rebuilds the :SupplyHop nodes of the organizations $ids from their SUPPLIES links
// (after link, unlink or merge of a supply link), so each SUPPLIES link has exactly one hop node
// (see cypher/import/merge-supplies). Idempotent; $ids that are not organizations are skipped.
// Index: entity_id.
UNWIND $ids AS id
MATCH (o:Entity {id: id})
CALL (o) {
  OPTIONAL MATCH (o)-[:SUPPLY_HOP]-(h:SupplyHop)
  DETACH DELETE h
}
CALL (o) {
  MATCH (a:Organization)-[:SUPPLIES]->(b:Organization)
  WHERE a = o OR b = o
  MERGE (a)-[:SUPPLY_HOP]->(:SupplyHop)-[:SUPPLY_HOP]->(b)
}
RETURN count(*) AS synced
