// Projects undertaken by organizations in scope (in $region's subtree, or all when $region is
// null) and running in some year of [$fromYear, $toYear] (either bound may be null), and how
// many of them have a platform-backed undertaker in scope: an organization that is MEMBER_OF a
// platform or that a platform is HOSTED_BY. Funding is summed per currency, never across
// currencies (amounts stored without a currency, from before currencies were required, are CNY).
// Returns one row {projects, backedProjects, byCurrency: [{currency, projects, funding,
// backedFunding}]}, byCurrency holding only currencies with recorded funding.
// Index: entity_id anchors the region (see the fragment).
// @include analytics/fragments/orgs-in-scope
MATCH (o)-[:UNDERTAKES]->(j:Project)
WHERE ($fromYear IS NULL OR coalesce(j.endYear, j.startYear) >= $fromYear)
  AND ($toYear IS NULL OR j.startYear <= $toYear)
WITH j, max(CASE WHEN EXISTS { (o)-[:MEMBER_OF|HOSTED_BY]-(:Platform) } THEN 1 ELSE 0 END) AS backed
WITH coalesce(j.currency, 'CNY') AS currency,
  count(j) AS projects,
  sum(backed) AS backedProjects,
  count(j.funding) AS funded,
  sum(j.funding) AS funding,
  sum(CASE WHEN backed = 1 THEN j.funding ELSE 0 END) AS backedFunding
RETURN sum(projects) AS projects,
  sum(backedProjects) AS backedProjects,
  collect(CASE WHEN funded > 0 THEN {currency: currency, projects: funded, funding: funding, backedFunding: backedFunding} END) AS byCurrency
