// The collaboration graph among the organizations in scope (in $region's subtree, or all when
// $region is null), for topConnectors. Always returns orgCount; when it is at most $maxOrgs,
// also: ids (the organizations in scope), platformGroups (for every platform with a member or
// host in scope, the ids of those in scope), projectGroups (the same for project undertakers)
// and supplies ([supplier id, customer id] from each organization in scope; the customer may be
// out of scope and is dropped in TS). Pairs are formed in src/analytics/collaboration.ts, which
// enforces the pair cap, so the transfer stays linear in memberships.
// Index: entity_id anchors the region (see the fragment).
CALL () {
  // @include analytics/fragments/orgs-in-scope
  RETURN count(o) AS orgCount
}
OPTIONAL CALL (orgCount) {
  WITH orgCount WHERE orgCount <= $maxOrgs
  // @include analytics/fragments/orgs-in-scope
  WITH collect(o) AS orgs
  CALL (orgs) {
    UNWIND orgs AS o
    MATCH (o)-[:MEMBER_OF|HOSTED_BY]-(p:Platform)
    WITH p, collect(DISTINCT o.id) AS members
    RETURN collect(members) AS platformGroups
  }
  CALL (orgs) {
    UNWIND orgs AS o
    MATCH (o)-[:UNDERTAKES]->(j:Project)
    WITH j, collect(DISTINCT o.id) AS members
    RETURN collect(members) AS projectGroups
  }
  CALL (orgs) {
    UNWIND orgs AS o
    MATCH (o)-[:SUPPLIES]->(c:Organization)
    RETURN collect([o.id, c.id]) AS supplies
  }
  RETURN [o IN orgs | o.id] AS ids, platformGroups, projectGroups, supplies
}
RETURN orgCount, ids, platformGroups, projectGroups, supplies
