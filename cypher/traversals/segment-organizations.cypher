// Pages of the organizations in an industry, batched (src/traversal/industry-members.ts): for each
// of $requests {key, industry, region, outside, sub, kinds, enterprises, afterKey, afterId,
// limit}, the organizations tagged with `industry` (IN_INDUSTRY) or, when `sub`, one of its
// sub-industries; only Enterprises when `enterprises`; of `kinds` when not null; located in
// `region` or a sub-region, or, when `outside`, not located there (`region` null: anywhere).
// `total` counts them all; `nodes` is the page after (afterKey, afterId) in (name, id) order,
// at most `limit` + 1 (the extra one says a next page exists). The same MATCH twice: a count
// and a sorted page (LIMIT cannot take a per-row value: the sorted nodes are sliced instead).
// Index: entity_id for the industry and the region; the rest is relationship expansion.
UNWIND $requests AS q
CALL (q) {
  MATCH (:Industry {id: q.industry})<-[s:SUBINDUSTRY_OF]-{0,8}(:Industry)<-[:IN_INDUSTRY]-(o:Organization)
  WHERE (q.sub OR size(s) = 0)
    AND (NOT q.enterprises OR o:Enterprise)
    AND (q.kinds IS NULL OR o.kind IN q.kinds)
    AND (q.region IS NULL
      OR q.outside <> EXISTS { (o)-[:LOCATED_IN]->(:Region)-[:PART_OF]->{0,8}(:Region {id: q.region}) })
  WITH DISTINCT o
  RETURN count(o) AS total
}
CALL (q) {
  MATCH (:Industry {id: q.industry})<-[s:SUBINDUSTRY_OF]-{0,8}(:Industry)<-[:IN_INDUSTRY]-(o:Organization)
  WHERE (q.sub OR size(s) = 0)
    AND (NOT q.enterprises OR o:Enterprise)
    AND (q.kinds IS NULL OR o.kind IN q.kinds)
    AND (q.region IS NULL
      OR q.outside <> EXISTS { (o)-[:LOCATED_IN]->(:Region)-[:PART_OF]->{0,8}(:Region {id: q.region}) })
  WITH DISTINCT o
  WITH o, coalesce(o.name, o.id) AS key
  WHERE q.afterId IS NULL OR key > q.afterKey OR (key = q.afterKey AND o.id > q.afterId)
  ORDER BY key, o.id
  WITH q, collect(o) AS sorted
  RETURN [x IN sorted[..toInteger(q.limit) + 1] | x {.*, labels: labels(x)}] AS nodes
}
RETURN q.key AS key, total, nodes
