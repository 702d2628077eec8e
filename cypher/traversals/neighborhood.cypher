// neighborhood() in one statement (src/traversal/neighborhood.ts): the breadth-first search from
// $id, then one page of it with the edges among its nodes. Levels are unrolled up to the
// largest depth (3); a level past $depth, or after the node cap cut one, expands nothing.
// {{rel}}: one relationship type or the union of every NeighborhoodRel type, a literal filled
// in by code from the whitelist (so the planner expands by type; no dynamic types here);
// $types: null (all of {{rel}}) or the whitelisted subset asked for. $labels: node labels of
// the kinds asked for. From each node, per kind, the lowest $perKind neighbour ids ($perKind
// also marks this statement in SHOW TRANSACTIONS for the tests); $nodeCap nodes in all.
// Page: $first nodes from $offset (breadth-first order), and the relationships with one end on
// the page and the other on it or an earlier page, at most $edgeCap + 1. $props: 'all' (every
// node property), 'name' (those a display name needs) or null; $edgeProps: edge properties.
// Nodes come as [id, label, depth, properties] and edges as [source, type, target, properties]:
// lists, not maps: 1,100 edges as maps took about 25 ms longer (bench graph, depth 2).
// Index: entity_id for the start node; everything else by relationship expansion.
MATCH (s:Entity {id: $id})
WITH s, [s] AS seen, [s] AS frontier, [[{n: s, id: s.id, label: null}]] AS levels, false AS truncated, 1 AS level
// @include fragments/neighborhood-level
// @include fragments/neighborhood-level
// @include fragments/neighborhood-level
WITH s, truncated, reduce(acc = [], d IN range(0, size(levels) - 1) | acc + [x IN levels[d] | x {.*, depth: d}]) AS found
WITH s, truncated, found, found[toInteger($offset)..toInteger($offset) + toInteger($first)] AS page,
  [x IN found[..toInteger($offset) + toInteger($first)] | x.n] AS known
CALL (page, known) {
  UNWIND page AS p
  WITH p.n AS a
  MATCH (a)-[r:{{rel}}]-(b)
  WHERE ($types IS NULL OR type(r) IN $types) AND b IN known
  WITH DISTINCT r
  LIMIT toInteger($edgeCap) + 1
  RETURN collect([startNode(r).id, type(r), endNode(r).id, CASE WHEN $edgeProps THEN properties(r) END]) AS edges
}
RETURN labels(s) AS startLabels, truncated, size(found) AS totalNodes, edges,
  [x IN page | [x.id, x.label, x.depth,
    CASE $props WHEN 'all' THEN properties(x.n) WHEN 'name' THEN
      {name: x.n.name, title: x.n.title, label: x.n.label, nameZh: x.n.nameZh, externalIds: x.n.externalIds} END]] AS nodes
