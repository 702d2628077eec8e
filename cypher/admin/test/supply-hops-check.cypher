// Tests only: how far the :SupplyHop mirrors (cypher/import/merge-supplies) are from the SUPPLIES
// links: links without exactly one hop, hops without their link, hops not joined to two
// organizations. All three are 0 when they agree.
CALL {
  MATCH (a:Organization)-[:SUPPLIES]->(b:Organization)
  WHERE COUNT { (a)-[:SUPPLY_HOP]->(:SupplyHop)-[:SUPPLY_HOP]->(b) } <> 1
  RETURN count(*) AS linksWithoutOneHop
}
CALL {
  MATCH (a)-[:SUPPLY_HOP]->(:SupplyHop)-[:SUPPLY_HOP]->(b)
  WHERE NOT EXISTS { (a)-[:SUPPLIES]->(b) }
  RETURN count(*) AS hopsWithoutLink
}
CALL {
  MATCH (h:SupplyHop)
  WHERE COUNT { (:Organization)-[:SUPPLY_HOP]->(h) } <> 1 OR COUNT { (h)-[:SUPPLY_HOP]->(:Organization) } <> 1
  RETURN count(*) AS badHops
}
RETURN linksWithoutOneHop, hopsWithoutLink, badHops
