// Fragment: the organizations of a network scope, as `o`, each once. A scope is the whole graph
// or the intersection of what is given: $region (organizations LOCATED_IN it or a sub-region,
// PART_OF up to 8 levels), $industry (IN_INDUSTRY it or a sub-industry, SUBINDUSTRY_OF up to 8
// levels), $programme (organizations that PARTICIPATES_IN it, or are members or hosts of a
// platform that does). A label scan with one existence check per organization and scope part:
// linear in organizations, no anchor needed, so any combination plans the same way.
MATCH (o:Organization)
WHERE ($region IS NULL OR EXISTS { (o)-[:LOCATED_IN]->(:Region)-[:PART_OF]->{0,8}(r:Region) WHERE r.id = $region })
  AND ($industry IS NULL OR EXISTS { (o)-[:IN_INDUSTRY]->(:Industry)-[:SUBINDUSTRY_OF]->{0,8}(i:Industry) WHERE i.id = $industry })
  AND ($programme IS NULL
    OR EXISTS { (o)-[:PARTICIPATES_IN]->(g:Programme) WHERE g.id = $programme }
    OR EXISTS { (o)-[:MEMBER_OF|HOSTED_BY]-(:Platform)-[:PARTICIPATES_IN]->(g:Programme) WHERE g.id = $programme })
