// industryChain() and missingLinks() (src/traversal/industry-chain.ts): the industrial chain
// around $industry — the industry itself (distance 0) and the industries up to $depth
// UPSTREAM_OF steps upstream (negative distance) and downstream (positive), each at its shortest
// distance (an industry on both sides keeps the nearer, upstream on a tie) — with the number of
// Enterprises in that industry (tagged with it, or with a sub-industry when $sub) located in
// $region or a sub-region (LOCATED_IN then PART_OF*; `enterpriseCount`, the whole graph when
// $region is null), and in the whole graph (`graphCount`). At most $cap + 1 segments.
// The path bounds are literals (5.26): 5 is the resolver's depth cap, $depth filters after.
// Index: entity_id for $industry and $region; the rest is relationship expansion.
MATCH (start:Industry {id: $industry})
CALL (start) {
  RETURN start AS industry, 0 AS distance
  UNION
  MATCH p = SHORTEST 1 (start)<-[:UPSTREAM_OF]-{1,5}(up:Industry)
  WHERE length(p) <= $depth AND up <> start
  RETURN up AS industry, -length(p) AS distance
  UNION
  MATCH p = SHORTEST 1 (start)-[:UPSTREAM_OF]->{1,5}(down:Industry)
  WHERE length(p) <= $depth AND down <> start
  RETURN down AS industry, length(p) AS distance
}
WITH industry, distance ORDER BY abs(distance), distance
WITH industry, collect(distance)[0] AS distance
LIMIT toInteger($cap) + 1
CALL (industry) {
  MATCH (e:Enterprise)-[:IN_INDUSTRY]->(:Industry)-[s:SUBINDUSTRY_OF]->{0,8}(industry)
  WHERE $sub OR size(s) = 0
  WITH DISTINCT e
  RETURN count(e) AS graphCount,
         count(CASE WHEN $region IS NULL OR EXISTS { (e)-[:LOCATED_IN]->(:Region)-[:PART_OF]->{0,8}(:Region {id: $region}) } THEN e END) AS enterpriseCount
}
RETURN industry {.*, labels: labels(industry)} AS industry, distance, enterpriseCount, graphCount
ORDER BY distance, industry.name, industry.id
