// Reported figures (Indicator nodes) about $region; with $subRegions also about its sub-regions
// (PART_OF up to 8 levels); with $located also about the organizations, platforms, projects,
// programmes and events located in those regions. Filters: $metrics (a list from the resolver's
// whitelist, or null), $metric (a metric key the client gave, or null), $unit (or null).
// Returns {node} (with aboutId, the id it is ABOUT, for coverage) ordered by metric, year (missing years last), id; at most $limit rows.
// Index: entity_id anchors the region; indicators are reached through their ABOUT links.
MATCH (r:Entity {id: $region}) WHERE r:Region
MATCH (r)<-[:PART_OF]-{0,8}(s:Region)
WITH DISTINCT s
WHERE $subRegions OR s.id = $region
CALL (s) {
  MATCH (i:Indicator)-[:ABOUT]->(s)
  RETURN i
  UNION
  WITH s WHERE $located
  MATCH (i:Indicator)-[:ABOUT]->(:Entity)-[:LOCATED_IN]->(s)
  RETURN i
}
WITH DISTINCT i
WHERE ($metrics IS NULL OR i.metric IN $metrics)
  AND ($metric IS NULL OR i.metric = $metric)
  AND ($unit IS NULL OR i.unit = $unit)
RETURN i {.*, labels: labels(i), aboutId: [(i)-[:ABOUT]->(a) | a.id][0]} AS node
ORDER BY i.metric, i.year, i.id
LIMIT toInteger($limit)
