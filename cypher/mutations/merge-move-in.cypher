// Mutations, merge step 2: moves $drop's incoming relationships to $keep, as step 1 does the
// outgoing ones (keep's wins on duplicates; links between keep and drop stay behind).
// $types: the model's relationship types (a whitelist). Returns the moved count per type.
MATCH (keep:Entity {id: $keep})
MATCH (drop:Entity {id: $drop})
UNWIND $types AS t
MATCH (drop)<-[r:$(t)]-(m)
WHERE m <> keep AND m <> drop AND NOT EXISTS { (keep)<-[:$(t)]-(m) }
MERGE (keep)<-[n:$(t)]-(m)
ON CREATE SET n = properties(r), n.importHash = null
DELETE r
RETURN t AS type, count(*) AS count
