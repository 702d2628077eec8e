// Partner suggestions for organization $id: organizations not yet linked to it (no shared
// platform as member or host, no shared project, no supply link either way), scored
//   score = $weights.common × common partners + $weights.industry × shared industries
//         + $weights.chain × UPSTREAM_OF links between their industries
//         + $weights.region × (1 when located in a same region)
// Candidates, each stream capped at $cap: $common, the organizations with the most partners in
// common and their exact counts [{id, count}] (the network engine counts them on its snapshot:
// src/analytics/network/algorithms.ts commonPartners), and organizations in its industries, in the
// industries one UPSTREAM_OF step away (both preferring its regions) and in its regions. Reasons
// are then found for every candidate, whichever stream brought it in. `x IN list` on a list
// variable is hashed by Neo4j, so exclusion is cheap.
// Returns the best $first {node, score, commonCount, commonPartners (up to 5, by name),
// industries, links [{upstream, downstream, product}], regions}, by score, then id.
// Index: entity_id anchors the organization and each common-partner candidate.
MATCH (x:Entity {id: $id}) WHERE x:Organization
WITH x, COLLECT {
  MATCH (x)-[:MEMBER_OF|HOSTED_BY]-(:Platform)-[:MEMBER_OF|HOSTED_BY]-(p:Organization) RETURN p
  UNION
  MATCH (x)-[:UNDERTAKES]->(:Project)<-[:UNDERTAKES]-(p:Organization) RETURN p
  UNION
  MATCH (x)-[:SUPPLIES]-(p:Organization) RETURN p
} AS partners
CALL (x, partners) {
  UNWIND $common AS common
  MATCH (c:Entity {id: common.id}) WHERE c:Organization
  RETURN c, common.count AS commonCount
  UNION ALL
  MATCH (x)-[:IN_INDUSTRY]->(:Industry)<-[:IN_INDUSTRY]-(c:Organization)
  WHERE c <> x AND NOT c IN partners
  WITH DISTINCT x, c
  ORDER BY EXISTS { (x)-[:LOCATED_IN]->(:Region)<-[:LOCATED_IN]-(c) } DESC, c.id
  LIMIT toInteger($cap)
  RETURN c, 0 AS commonCount
  UNION ALL
  MATCH (x)-[:IN_INDUSTRY]->(:Industry)-[:UPSTREAM_OF]-(:Industry)<-[:IN_INDUSTRY]-(c:Organization)
  WHERE c <> x AND NOT c IN partners
  WITH DISTINCT x, c
  ORDER BY EXISTS { (x)-[:LOCATED_IN]->(:Region)<-[:LOCATED_IN]-(c) } DESC, c.id
  LIMIT toInteger($cap)
  RETURN c, 0 AS commonCount
  UNION ALL
  MATCH (x)-[:LOCATED_IN]->(:Region)<-[:LOCATED_IN]-(c:Organization)
  WHERE c <> x AND NOT c IN partners
  WITH DISTINCT c
  ORDER BY c.id
  LIMIT toInteger($cap)
  RETURN c, 0 AS commonCount
}
// Only the common-partner stream brings a count above 0.
WITH x, partners, c, max(commonCount) AS commonCount
WITH x, partners, c, commonCount,
  COLLECT { MATCH (x)-[:IN_INDUSTRY]->(i:Industry)<-[:IN_INDUSTRY]-(c) RETURN DISTINCT i } AS industries,
  COLLECT { MATCH (x)-[:IN_INDUSTRY]->(:Industry)-[u:UPSTREAM_OF]-(:Industry)<-[:IN_INDUSTRY]-(c) RETURN DISTINCT u } AS links,
  COLLECT { MATCH (x)-[:LOCATED_IN]->(r:Region)<-[:LOCATED_IN]-(c) RETURN DISTINCT r } AS regions
WITH partners, c, commonCount, industries, links, regions,
  $weights.common * commonCount + $weights.industry * size(industries) + $weights.chain * size(links)
    + $weights.region * CASE WHEN size(regions) > 0 THEN 1 ELSE 0 END AS score
ORDER BY score DESC, c.id
LIMIT toInteger($first)
RETURN c {.*, labels: labels(c)} AS node, score, commonCount,
  COLLECT {
    WITH c, partners WHERE commonCount > 0
    CALL (c) {
      MATCH (c)-[:MEMBER_OF|HOSTED_BY]-(:Platform)-[:MEMBER_OF|HOSTED_BY]-(v:Organization) RETURN v
      UNION
      MATCH (c)-[:UNDERTAKES]->(:Project)<-[:UNDERTAKES]-(v:Organization) RETURN v
      UNION
      MATCH (c)-[:SUPPLIES]-(v:Organization) RETURN v
    }
    WITH v WHERE v IN partners
    RETURN v {.*, labels: labels(v)} AS partner ORDER BY v.name, v.id LIMIT 5
  } AS commonPartners,
  [i IN industries | i {.*, labels: labels(i)}] AS industries,
  COLLECT {
    UNWIND links AS u
    WITH u, startNode(u) AS a, endNode(u) AS b
    RETURN {upstream: a {.*, labels: labels(a)}, downstream: b {.*, labels: labels(b)}, product: u.product} AS link
    ORDER BY a.name, b.name
  } AS links,
  [r IN regions | r {.*, labels: labels(r)}] AS regions
ORDER BY score DESC, c.id
