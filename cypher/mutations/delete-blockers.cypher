// Mutations, read phase of delete: what deleting $id would leave invalid. Indicators about it
// would lose their required subject; a source cited by `source` properties would leave
// dangling citations (found by a scan: sources are deleted rarely). Up to 5 ids of each.
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (i:Indicator)-[:ABOUT]->(n)
  RETURN collect(i.id)[..5] AS indicators
}
CALL (n) {
  WITH n WHERE n:Source
  CALL (n) {
    MATCH (c:Entity) WHERE c.source = n.id
    RETURN c.id AS element
    UNION
    MATCH (a:Entity)-[r]->(b:Entity) WHERE r.source = n.id
    RETURN a.id + ' -' + type(r) + '-> ' + b.id AS element
  }
  WITH element LIMIT 5
  RETURN collect(element) AS citations
}
RETURN indicators, citations
