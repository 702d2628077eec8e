// Mutations, read phase of link: both ends with their labels, whether the provenance source is
// a Source, and the relationship's current properties (null when there is none yet).
// $type comes from the model's whitelist (src/model/records.ts relationshipKinds).
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
OPTIONAL MATCH (s:Source:Entity {id: $source})
OPTIONAL MATCH (a)-[r:$($type)]->(b)
RETURN labels(a) AS fromLabels, labels(b) AS toLabels, s IS NOT NULL AS sourceExists, properties(r) AS existing
