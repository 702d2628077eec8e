// Mutations, merge step 1: moves $drop's outgoing relationships to $keep (same type and
// properties). Where $keep already has that type to the same node, keep's wins and drop's stays
// behind to be deleted with drop; links between keep and drop are never moved (they would
// become self-loops). $types: the model's relationship types (a whitelist), minus those that
// must not move (an indicator's one ABOUT). Returns the moved count per type.
MATCH (keep:Entity {id: $keep})
MATCH (drop:Entity {id: $drop})
UNWIND $types AS t
MATCH (drop)-[r:$(t)]->(m)
WHERE m <> keep AND m <> drop AND NOT EXISTS { (keep)-[:$(t)]->(m) }
MERGE (keep)-[n:$(t)]->(m)
ON CREATE SET n = properties(r), n.importHash = null
DELETE r
RETURN t AS type, count(*) AS count
