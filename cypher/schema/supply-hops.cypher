// Start-up (with the constraints): gives every SUPPLIES link without one its :SupplyHop node
// (see cypher/import/merge-supplies), for a store written before the hop nodes existed. On a
// store that has them it only checks each link, and changes nothing.
MATCH (a:Organization)-[:SUPPLIES]->(b:Organization)
WHERE NOT EXISTS { (a)-[:SUPPLY_HOP]->(:SupplyHop)-[:SUPPLY_HOP]->(b) }
MERGE (a)-[:SUPPLY_HOP]->(:SupplyHop)-[:SUPPLY_HOP]->(b)
