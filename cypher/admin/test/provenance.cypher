// Tests only: provenance of every node and relationship of the model (Source nodes excepted),
// with the file of the source they cite, to check evidence against the source text.
CALL {
  MATCH (n:Entity) WHERE NOT n:Source
  RETURN 'node' AS element, n.id AS id, n.source AS source, n.evidence AS evidence, n.inferred AS inferred, n.note AS note
  UNION ALL
  MATCH (a:Entity)-[r]->(b:Entity)
  RETURN 'relationship' AS element, a.id + ' -' + type(r) + '-> ' + b.id AS id, r.source AS source, r.evidence AS evidence, r.inferred AS inferred, r.note AS note
}
OPTIONAL MATCH (s:Source {id: source})
RETURN element, id, source, s.file AS file, evidence, inferred, note
