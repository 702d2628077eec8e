// Platforms located in $region or any of its sub-regions (LOCATED_IN, then PART_OF up to 8
// levels), each counted once however many of those regions it is located in, grouped by kind
// and level (level null when the graph does not record it). Returns {kind, level, count}.
// Index: entity_id (on :Entity, hence the label test apart) anchors the region; the rest is
// expansion down the region tree.
MATCH (r:Entity {id: $region}) WHERE r:Region
MATCH (r)<-[:PART_OF]-{0,8}(:Region)<-[:LOCATED_IN]-(p:Platform)
WITH DISTINCT p
RETURN p.kind AS kind, p.level AS level, count(p) AS count
ORDER BY kind, level
