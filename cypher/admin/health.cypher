// Server version and store size. Both counts come from Neo4j's count store: O(1), no scan.
CALL dbms.components() YIELD versions, edition
// The :SupplyHop mirrors of SUPPLIES links (cypher/import/merge-supplies) are an index, not data.
CALL { MATCH (n) RETURN count(n) AS allNodes }
CALL { MATCH (n:SupplyHop) RETURN count(n) AS hopNodes }
CALL { MATCH ()-[r]->() RETURN count(r) AS allRelationships }
CALL { MATCH ()-[r:SUPPLY_HOP]->() RETURN count(r) AS hopRelationships }
WITH versions, edition, allNodes - hopNodes AS nodeCount, allRelationships - hopRelationships AS relationshipCount
RETURN versions[0] AS neo4jVersion, edition AS neo4jEdition, nodeCount, relationshipCount
