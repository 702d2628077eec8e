// Tests only: for each of $ids, whether the node exists, with its labels, properties and
// outgoing relationships, to check after an outage that every acknowledged write is stored
// whole and no failed one is stored in part.
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id,
       n IS NOT NULL AS present,
       CASE WHEN n IS NULL THEN [] ELSE labels(n) END AS labels,
       CASE WHEN n IS NULL THEN {} ELSE properties(n) END AS props,
       CASE WHEN n IS NULL THEN [] ELSE [(n)-[r]->(m:Entity) | {type: type(r), to: m.id}] END AS out
