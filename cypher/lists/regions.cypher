// Regions by level and/or parent, by name.
MATCH (n:Region)
WHERE ($level IS NULL OR n.level = $level)
  AND ($parent IS NULL OR EXISTS { (n)-[:PART_OF]->(:Region {id: $parent}) })
RETURN n {.*, labels: labels(n)} AS node
ORDER BY n.name, n.id
LIMIT toInteger($limit)
