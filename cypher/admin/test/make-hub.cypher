// Tests only: a dense corner of the graph, made in one statement (an import of the same shape
// takes minutes on a loaded machine): organization $hub is a member of $platforms platforms,
// each with $members other member organizations, so a depth-3 neighbourhood from the hub is one
// of the most expensive legal queries. Ids start with $prefix. Uses the entity_id constraint.
MERGE (h:Entity:Organization {id: $hub})
SET h.name = 'Hub ' + $hub, h.kind = 'ENTERPRISE'
WITH h
UNWIND range(1, $platforms) AS p
CREATE (pl:Entity:Platform {id: $prefix + 'plat-' + p, name: 'Hub platform ' + p, kind: 'OTHER'})
CREATE (h)-[:MEMBER_OF {role: 'MEMBER'}]->(pl)
WITH pl, p
UNWIND range(1, $members) AS m
CREATE (o:Entity:Organization {id: $prefix + 'org-' + p + '-' + m, name: 'Member ' + p + '-' + m, kind: 'ENTERPRISE'})
CREATE (o)-[:MEMBER_OF {role: 'MEMBER'}]->(pl)
WITH o, p, m
WHERE m % 10 = 0
MATCH (other:Entity:Platform {id: $prefix + 'plat-' + ((p % $platforms) + 1)})
CREATE (o)-[:MEMBER_OF {role: 'PARTNER'}]->(other)
RETURN count(*) AS crossLinks
