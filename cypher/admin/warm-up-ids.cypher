// Start-up warm-up (src/server/warm-up.ts): real ids for the explorer's first operations, so
// Neo4j plans and runs them on data before a user waits for it. Two organizations that share a
// platform (a chain of one hop), that platform, and a province. Each part is optional: a
// database without one of them still warms the rest. Indexes: entity_id not needed (no id given);
// each part stops at its first match.
OPTIONAL CALL {
  MATCH (a:Organization)-[:MEMBER_OF]->(p:Platform)<-[:MEMBER_OF]-(b:Organization)
  WHERE a <> b
  RETURN a.id AS org, b.id AS otherOrg, p.id AS platform, a.name AS orgName
  LIMIT 1
}
OPTIONAL CALL {
  MATCH (r:Region {level: 'PROVINCE'})
  RETURN r.id AS province
  LIMIT 1
}
RETURN org, otherOrg, platform, orgName, province
