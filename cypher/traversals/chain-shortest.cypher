// collaborationChain's search in one statement (src/traversal/chain-shortest.ts): every shortest
// chain between $from and $to of at most $maxHops organization-to-organization hops, one row per
// path. Every hop has the same shape, organization - connector - organization, so SHORTEST
// counts hops: the connector is a platform (MEMBER_OF / HOSTED_BY), a project (UNDERTAKES /
// FUNDS) or the :SupplyHop node that mirrors each SUPPLIES link (supplier -SUPPLY_HOP-> hop
// -SUPPLY_HOP-> customer, kept by the importer and the mutations). Both ends are bound, so the
// planner runs a bidirectional search (StatefulShortestPath(Into)).
// $types: relationship types a hop may use, from the CollaborationVia whitelist (SUPPLY_HOP
// standing for SUPPLIES). Each row: `orgs`, the organization ids in order, and `hops`, per hop
// the connector id (null for a supply hop) and its relationships as {s, t, e} (start id, type,
// end id; a supply hop gives its one SUPPLIES link). At most $pathCap + 1 rows: the caller
// treats more than $pathCap as "too many to compare here".
// Index: entity_id for both ends; the rest is relationship expansion.
MATCH p = ALL SHORTEST (a:Entity {id: $from})
  ((x:Organization)-[r1:MEMBER_OF|HOSTED_BY|UNDERTAKES|FUNDS|SUPPLY_HOP]-(c:Platform|Project|SupplyHop)-[r2:MEMBER_OF|HOSTED_BY|UNDERTAKES|FUNDS|SUPPLY_HOP]-(y:Organization)
    WHERE type(r1) IN $types AND type(r2) IN $types){1,6}
  (b:Entity {id: $to})
WHERE length(p) <= 2 * $maxHops
WITH p LIMIT toInteger($pathCap) + 1
WITH nodes(p) AS ns, relationships(p) AS rs
RETURN [i IN range(0, size(ns) - 1, 2) | ns[i].id] AS orgs,
       [i IN range(0, size(rs) - 1, 2) |
         CASE WHEN ns[i + 1]:SupplyHop
           THEN {c: null, links: [CASE WHEN startNode(rs[i]) = ns[i]
                                    THEN {s: ns[i].id, t: 'SUPPLIES', e: ns[i + 2].id}
                                    ELSE {s: ns[i + 2].id, t: 'SUPPLIES', e: ns[i].id} END]}
           ELSE {c: ns[i + 1].id, links: [
                  {s: startNode(rs[i]).id, t: type(rs[i]), e: endNode(rs[i]).id},
                  {s: startNode(rs[i + 1]).id, t: type(rs[i + 1]), e: endNode(rs[i + 1]).id}]}
         END] AS hops
