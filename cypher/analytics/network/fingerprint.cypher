// Node and relationship counts of the whole database, from Neo4j's count store (constant time):
// with the server's own write counter, how the network engine notices that another process
// (a `kg import` run, another server) changed the graph. Returns one row {nodes, relationships}.
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
