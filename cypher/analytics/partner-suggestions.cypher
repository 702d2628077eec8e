// Partner suggestions for organization $id: organizations not yet linked to it (no shared
// platform as member or host, no shared project, no supply link either way), scored
//   score = $weights.common × common partners + $weights.industry × shared industries
//         + $weights.chain × UPSTREAM_OF links between their industries
//         + $weights.region × (1 when located in a same region)
// Candidates, each stream capped at $cap: organizations with the most partners in common (found
// by walking at most $budget partner-of-partner links, from its least connected partners up;
// `complete` is false when the walk stopped early, and counts are then lower bounds), and
// organizations in its industries, in the industries one UPSTREAM_OF step away (both preferring
// its regions) and in its regions. Reasons are then found for every candidate, whichever stream
// brought it in. `x IN list` on a list variable is hashed by Neo4j, so exclusion is cheap.
// Returns the best $first {node, score, commonCount, complete, commonPartners (up to 5, by
// name), industries, links [{upstream, downstream, product}], regions}, by score, then id.
// Index: entity_id anchors the organization.
MATCH (x:Entity {id: $id}) WHERE x:Organization
WITH x, COLLECT {
  MATCH (x)-[:MEMBER_OF|HOSTED_BY]-(:Platform)-[:MEMBER_OF|HOSTED_BY]-(p:Organization) RETURN p
  UNION
  MATCH (x)-[:UNDERTAKES]->(:Project)<-[:UNDERTAKES]-(p:Organization) RETURN p
  UNION
  MATCH (x)-[:SUPPLIES]-(p:Organization) RETURN p
} AS partners
// The walk's rows are grouped by candidate as they come: no list of them is kept in the row,
// because Neo4j charges every buffered row (ORDER BY ... LIMIT) for the lists it carries.
CALL (x, partners) {
  UNWIND partners AS p
  WITH p ORDER BY COUNT { (p)--() }, p.id
  CALL (p) {
    MATCH (p)-[:MEMBER_OF|HOSTED_BY]-(:Platform)-[:MEMBER_OF|HOSTED_BY]-(c:Organization) RETURN c
    UNION
    MATCH (p)-[:UNDERTAKES]->(:Project)<-[:UNDERTAKES]-(c:Organization) RETURN c
    UNION
    MATCH (p)-[:SUPPLIES]-(c:Organization) RETURN c
  }
  WITH p, c LIMIT toInteger($budget) + 1
  RETURN count(*) <= $budget AS complete
}
CALL (x, partners) {
  UNWIND partners AS p
  WITH p ORDER BY COUNT { (p)--() }, p.id
  CALL (p) {
    MATCH (p)-[:MEMBER_OF|HOSTED_BY]-(:Platform)-[:MEMBER_OF|HOSTED_BY]-(c:Organization) RETURN c
    UNION
    MATCH (p)-[:UNDERTAKES]->(:Project)<-[:UNDERTAKES]-(c:Organization) RETURN c
    UNION
    MATCH (p)-[:SUPPLIES]-(c:Organization) RETURN c
  }
  WITH p, c LIMIT toInteger($budget)
  WITH p, c WHERE c <> x AND c <> p AND NOT c IN partners
  WITH c, collect(p) AS via
  ORDER BY size(via) DESC, c.id
  LIMIT toInteger($cap)
  RETURN c, via
  UNION ALL
  MATCH (x)-[:IN_INDUSTRY]->(:Industry)<-[:IN_INDUSTRY]-(c:Organization)
  WHERE c <> x AND NOT c IN partners
  WITH DISTINCT x, c
  ORDER BY EXISTS { (x)-[:LOCATED_IN]->(:Region)<-[:LOCATED_IN]-(c) } DESC, c.id
  LIMIT toInteger($cap)
  RETURN c, [] AS via
  UNION ALL
  MATCH (x)-[:IN_INDUSTRY]->(:Industry)-[:UPSTREAM_OF]-(:Industry)<-[:IN_INDUSTRY]-(c:Organization)
  WHERE c <> x AND NOT c IN partners
  WITH DISTINCT x, c
  ORDER BY EXISTS { (x)-[:LOCATED_IN]->(:Region)<-[:LOCATED_IN]-(c) } DESC, c.id
  LIMIT toInteger($cap)
  RETURN c, [] AS via
  UNION ALL
  MATCH (x)-[:LOCATED_IN]->(:Region)<-[:LOCATED_IN]-(c:Organization)
  WHERE c <> x AND NOT c IN partners
  WITH DISTINCT c
  ORDER BY c.id
  LIMIT toInteger($cap)
  RETURN c, [] AS via
}
// Only the common-partner stream brings a non-empty via, so the longest one is the candidate's.
WITH x, complete, c, reduce(longest = [], v IN collect(via) | CASE WHEN size(v) > size(longest) THEN v ELSE longest END) AS via
WITH x, complete, c, via,
  COLLECT { MATCH (x)-[:IN_INDUSTRY]->(i:Industry)<-[:IN_INDUSTRY]-(c) RETURN DISTINCT i } AS industries,
  COLLECT { MATCH (x)-[:IN_INDUSTRY]->(:Industry)-[u:UPSTREAM_OF]-(:Industry)<-[:IN_INDUSTRY]-(c) RETURN DISTINCT u } AS links,
  COLLECT { MATCH (x)-[:LOCATED_IN]->(r:Region)<-[:LOCATED_IN]-(c) RETURN DISTINCT r } AS regions
WITH complete, c, via, industries, links, regions,
  $weights.common * size(via) + $weights.industry * size(industries) + $weights.chain * size(links)
    + $weights.region * CASE WHEN size(regions) > 0 THEN 1 ELSE 0 END AS score
ORDER BY score DESC, c.id
LIMIT toInteger($first)
RETURN c {.*, labels: labels(c)} AS node, score, size(via) AS commonCount, complete,
  COLLECT { UNWIND via AS v RETURN v {.*, labels: labels(v)} AS partner ORDER BY v.name, v.id LIMIT 5 } AS commonPartners,
  [i IN industries | i {.*, labels: labels(i)}] AS industries,
  COLLECT {
    UNWIND links AS u
    WITH u, startNode(u) AS a, endNode(u) AS b
    RETURN {upstream: a {.*, labels: labels(a)}, downstream: b {.*, labels: labels(b)}, product: u.product} AS link
    ORDER BY a.name, b.name
  } AS links,
  [r IN regions | r {.*, labels: labels(r)}] AS regions
ORDER BY score DESC, c.id
