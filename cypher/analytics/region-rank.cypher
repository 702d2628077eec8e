// A region and its siblings (regions of the same level PART_OF one of its parents; the region
// alone when it has none), each with a counted measure over itself and its sub-regions: the
// distinct nodes labelled $label (Platform, Organization, Enterprise or Project, from the
// resolver's whitelist) LOCATED_IN it or a sub-region (PART_OF up to 8 levels), narrowed by
// $levels (level in the list) and $highTech when they are not null.
// Returns {node, value, parent} ordered by value (highest first), name, id; parent is the
// region's first parent by name, or null. Index: entity_id anchors the region.
MATCH (r:Entity {id: $region}) WHERE r:Region
OPTIONAL MATCH (r)-[:PART_OF]->(p:Region)
WITH r, p ORDER BY p.name, p.id
WITH r, collect(p) AS parents
CALL (r, parents) {
  UNWIND parents AS parent
  MATCH (parent)<-[:PART_OF]-(s:Region)
  WHERE s.level = r.level
  RETURN s
  UNION
  RETURN r AS s
}
CALL (s) {
  MATCH (s)<-[:PART_OF]-{0,8}(:Region)<-[:LOCATED_IN]-(x:$($label))
  WHERE ($levels IS NULL OR x.level IN $levels)
    AND ($highTech IS NULL OR x.highTech = $highTech)
  RETURN count(DISTINCT x) AS value
}
WITH s, value, parents[0] AS parent
RETURN s {.*, labels: labels(s)} AS node, value, parent {.*, labels: labels(parent)} AS parent
ORDER BY value DESC, s.name, s.id
