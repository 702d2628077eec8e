// missingLinks(): the industrial chain around $industry — the industry itself (distance 0) and
// the industries up to $depth UPSTREAM_OF steps upstream (negative distance) and downstream
// (positive), each at its shortest distance (an industry on both sides keeps the nearer, upstream
// on a tie) — with the number of Enterprises located in $region or a sub-region (LOCATED_IN
// then PART_OF*) that are IN_INDUSTRY that industry or one of its sub-industries.
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
CALL (industry) {
  MATCH (e:Enterprise)-[:IN_INDUSTRY]->(:Industry)-[:SUBINDUSTRY_OF]->{0,8}(industry)
  WHERE EXISTS { (e)-[:LOCATED_IN]->(:Region)-[:PART_OF]->{0,8}(:Region {id: $region}) }
  RETURN count(DISTINCT e) AS enterpriseCount
}
RETURN industry {.*, labels: labels(industry)} AS industry, distance, enterpriseCount
ORDER BY distance, industry.name, industry.id
