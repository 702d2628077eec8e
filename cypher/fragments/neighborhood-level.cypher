// One level of the breadth-first search of traversals/neighborhood, included once per level.
// In and out: seen (every node found so far), frontier (the last level's nodes, in order),
// levels (the nodes of each level as {n, id, label}), truncated, level (the next one's depth).
// A level's nodes come in the order of their parents, each parent's neighbours by id; per
// parent and kind only the lowest $perKind ids count (more is truncated), seen or not.
// One subquery with plain grouping (not a subquery per parent): the statement is planned in
// about half the time, and planning it is most of a first call's cost.
CALL (seen, frontier, level) {
  UNWIND CASE WHEN level <= $depth THEN range(0, size(frontier) - 1) ELSE [] END AS i
  WITH i, frontier[i] AS n
  MATCH (n)-[r:{{rel}}]-(m)
  WHERE $types IS NULL OR type(r) IN $types
  WITH DISTINCT i, m
  UNWIND [l IN labels(m) WHERE l IN $labels] AS label
  WITH i, label, m, m.id AS id
  ORDER BY id
  WITH i, label, collect({n: m, id: id}) AS ms
  WITH i, label, ms[..toInteger($perKind)] AS ms, size(ms) > $perKind AS more
  UNWIND ms AS x
  WITH x.n AS n, x.id AS id, min(i) AS i, min(label) AS label, max(CASE WHEN more THEN 1 ELSE 0 END) AS more
  ORDER BY i, id
  RETURN collect(CASE WHEN NOT n IN seen THEN {n: n, id: id, label: label} END) AS new, coalesce(max(more), 0) > 0 AS more
}
WITH s, seen, levels, level, truncated, more, new, size(seen) + size(new) > $nodeCap AS cut
WITH s, seen, levels, level, truncated OR more OR cut AS truncated, cut, new[..toInteger($nodeCap) - size(seen)] AS new
WITH s, seen + [x IN new | x.n] AS seen, levels + [new] AS levels, CASE WHEN cut THEN [] ELSE [x IN new | x.n] END AS frontier,
  truncated, level + 1 AS level
