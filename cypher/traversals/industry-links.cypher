// Industry.upstream / Industry.downstream pages, batched (src/traversal/industry-members.ts): for
// each of $requests {key, id, dir, afterId, limit}, the UPSTREAM_OF links into (dir 'IN') or out
// of ('OUT') industry `id`, with the other end, by its id; `total` counts them all, `links` is the
// page after `afterId`, at most `limit` + 1 (the extra one says a next page exists).
// Index: entity_id for each industry; the rest is relationship expansion.
UNWIND $requests AS q
MATCH (i:Industry {id: q.id})
CALL (q, i) {
  MATCH (i)-[r:UPSTREAM_OF]-(other:Industry)
  WHERE (q.dir = 'OUT' AND startNode(r) = i) OR (q.dir = 'IN' AND endNode(r) = i)
  WITH q, r, other ORDER BY other.id
  WITH q, collect({rel: properties(r), node: other {.*, labels: labels(other)}}) AS found
  RETURN size(found) AS total, [x IN found WHERE q.afterId IS NULL OR x.node.id > q.afterId][..toInteger(q.limit) + 1] AS links
}
RETURN q.key AS key, total, links
