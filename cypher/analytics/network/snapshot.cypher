// The collaboration-network snapshot of a scope (see the fragment), streamed as rows of four
// kinds, every row {kind, id, ids, roles, a, b}:
// - 'org': an organization in scope: id, a = its kind, ids = the regions it is LOCATED_IN,
//   roles = the industries it is IN_INDUSTRY of;
// - 'project': a project with an undertaker in scope: id, ids = those undertakers, roles = their
//   UNDERTAKES roles, a = its funding, b = its currency;
// - 'platform': a platform with a member or host in scope: id, ids = those organizations,
//   roles = MEMBER_OF roles ('HOST' for the host);
// - 'supply': a SUPPLIES link between two organizations in scope: ids = [supplier, customer].
// Pairs and weights are formed in the engine (src/analytics/network/), so the transfer stays
// linear in memberships. The client reads the rows as a stream.
// @include analytics/fragments/network-scope
WITH collect(o) AS orgs
CALL (orgs) {
  UNWIND orgs AS o
  RETURN 'org' AS kind, o.id AS id, [(o)-[:LOCATED_IN]->(r:Region) | r.id] AS ids,
    [(o)-[:IN_INDUSTRY]->(i:Industry) | i.id] AS roles, o.kind AS a, null AS b
  UNION ALL
  UNWIND orgs AS o
  MATCH (o)-[u:UNDERTAKES]->(j:Project)
  WITH j, collect(o.id) AS ids, collect(u.role) AS roles
  RETURN 'project' AS kind, j.id AS id, ids, roles, j.funding AS a, j.currency AS b
  UNION ALL
  UNWIND orgs AS o
  MATCH (o)-[m:MEMBER_OF|HOSTED_BY]-(p:Platform)
  WITH p, collect(o.id) AS ids, collect(CASE type(m) WHEN 'HOSTED_BY' THEN 'HOST' ELSE m.role END) AS roles
  RETURN 'platform' AS kind, p.id AS id, ids, roles, null AS a, null AS b
  UNION ALL
  WITH orgs, [o IN orgs | o.id] AS inScope
  UNWIND orgs AS o
  MATCH (o)-[:SUPPLIES]->(c:Organization)
  WHERE c.id IN inScope
  RETURN 'supply' AS kind, null AS id, [o.id, c.id] AS ids, [] AS roles, null AS a, null AS b
}
RETURN kind, id, ids, roles, a, b
