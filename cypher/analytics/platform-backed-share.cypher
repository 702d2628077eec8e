// Projects undertaken by organizations in scope (in $region's subtree, or all when $region is
// null) and running in some year of [$fromYear, $toYear] (either bound may be null), and how
// many of them have a platform-backed undertaker in scope: an organization that is MEMBER_OF a
// platform or that a platform is HOSTED_BY. Funding sums cover projects in CNY (or with no
// currency recorded); projects in another currency are only counted.
// Returns one row {projects, backedProjects, funding, backedFunding, projectsWithFunding,
// otherCurrencyProjects}. Index: entity_id anchors the region (see the fragment).
// @include analytics/fragments/orgs-in-scope
MATCH (o)-[:UNDERTAKES]->(j:Project)
WHERE ($fromYear IS NULL OR coalesce(j.endYear, j.startYear) >= $fromYear)
  AND ($toYear IS NULL OR j.startYear <= $toYear)
WITH j, max(CASE WHEN EXISTS { (o)-[:MEMBER_OF|HOSTED_BY]-(:Platform) } THEN 1 ELSE 0 END) AS backed
WITH j, backed, coalesce(j.currency, 'CNY') = 'CNY' AS cny
RETURN count(j) AS projects,
  sum(backed) AS backedProjects,
  sum(CASE WHEN cny THEN j.funding END) AS funding,
  sum(CASE WHEN cny AND backed = 1 THEN j.funding END) AS backedFunding,
  count(CASE WHEN cny THEN j.funding END) AS projectsWithFunding,
  count(CASE WHEN NOT cny THEN j END) AS otherCurrencyProjects
