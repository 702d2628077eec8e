// One level of collaborationChain's breadth-first search (src/traversal/chain-search.ts).
// One row: `links`, every relationship of $types (MEMBER_OF, HOSTED_BY, UNDERTAKES, FUNDS,
// SUPPLIES, from the resolver's CollaborationVia whitelist) between a $frontier organization
// and an organization, platform or project, plus every such relationship between a platform
// or project first reached here (not in $seen) and an organization, each as
// {s: start id, t: type, e: end id}; and `fresh`, the ids of those platforms and projects.
// At most $cap links per part: the caller treats reaching it as hitting the search cap.
// Index: entity_id (frontier lookup by id); the rest is relationship expansion.
CALL () {
  UNWIND $frontier AS id
  MATCH (o:Entity {id: id})-[r:$any($types)]-(n:Organization|Platform|Project)
  WHERE o:Organization
  WITH r, n LIMIT toInteger($cap)
  RETURN collect({s: startNode(r).id, t: type(r), e: endNode(r).id}) AS links,
         collect(DISTINCT CASE WHEN NOT n:Organization AND NOT n.id IN $seen THEN n END) AS fresh
}
CALL (fresh) {
  UNWIND fresh AS c
  MATCH (c)-[r:$any($types)]-(:Organization)
  WITH r LIMIT toInteger($cap)
  RETURN collect({s: startNode(r).id, t: type(r), e: endNode(r).id}) AS more
}
RETURN links, more, [c IN fresh | c.id] AS fresh
