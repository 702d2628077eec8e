// The relationships on the chains collaborationChain returns, with their properties and both
// end nodes (organizations, platforms, projects). $links: [{s: start id, t: type, e: end id}]
// as recorded by the search (src/traversal/chain-search.ts); src/traversal/chain-shape.ts checks
// the types against the CollaborationVia whitelist. A (start, type, end) triple names one
// relationship: the importer MERGEs on it.
// Index: entity_id for both ends.
UNWIND $links AS l
MATCH (a:Entity {id: l.s})-[r:$(l.t)]->(b:Entity {id: l.e})
WITH l, r, a, b LIMIT size($links)
RETURN l.s AS s, l.t AS t, l.e AS e, properties(r) AS props,
       a {.*, labels: labels(a)} AS startNode, b {.*, labels: labels(b)} AS endNode
