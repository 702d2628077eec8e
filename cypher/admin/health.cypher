// Server version and store size. Both counts come from Neo4j's count store: O(1), no scan.
CALL dbms.components() YIELD versions, edition
CALL { MATCH (n) RETURN count(n) AS nodeCount }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationshipCount }
RETURN versions[0] AS neo4jVersion, edition AS neo4jEdition, nodeCount, relationshipCount
