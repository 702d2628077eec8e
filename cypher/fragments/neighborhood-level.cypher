// One level of the breadth-first search of traversals/neighborhood, included once per level.
// In and out: seen (every node found so far), frontier (the last level's nodes, in order),
// levels (the nodes of each level as {n, id, label}), truncated, level (the next one's depth).
// A level's nodes come in the order of their parents, each parent's neighbours by id; per
// parent and kind only the lowest $perKind ids count (more is truncated), seen or not.
CALL (seen, frontier, level) {
  UNWIND CASE WHEN level <= $depth THEN range(0, size(frontier) - 1) ELSE [] END AS i
  CALL (frontier, i) {
    WITH frontier[i] AS n
    MATCH (n)-[r:{{rel}}]-(m)
    WHERE $types IS NULL OR type(r) IN $types
    WITH DISTINCT m
    UNWIND [l IN labels(m) WHERE l IN $labels] AS label
    WITH label, m, m.id AS id
    ORDER BY id
    WITH label, collect({n: m, id: id, label: label}) AS ms
    RETURN ms[..toInteger($perKind)] AS ms, size(ms) > $perKind AS more
  }
  WITH collect({i: i, ms: ms}) AS groups, any(b IN collect(more) WHERE b) AS more
  CALL (groups, seen) {
    UNWIND groups AS g
    UNWIND g.ms AS x
    WITH g.i AS i, x
    WHERE NOT x.n IN seen
    WITH x.n AS n, x.id AS id, min(x.label) AS label, min(i) AS i
    ORDER BY i, id
    RETURN collect({n: n, id: id, label: label}) AS new
  }
  RETURN new, more
}
WITH s, seen, levels, level, truncated, more, new, size(seen) + size(new) > $nodeCap AS cut
WITH s, seen, levels, level, truncated OR more OR cut AS truncated, cut, new[..toInteger($nodeCap) - size(seen)] AS new
WITH s, seen + [x IN new | x.n] AS seen, levels + [new] AS levels, CASE WHEN cut THEN [] ELSE [x IN new | x.n] END AS frontier,
  truncated, level + 1 AS level
