// Shared tail of the list queries: keyset pagination over (sort key, id) in {{direction}}
// (ASC or DESC, one statement per direction rather than ORDER BY CASE). {{sortKey}} is a
// property name from the resolver's whitelist; $nullKey stands in for a missing value so every
// row has a comparable key; $afterKey/$afterId come from the client's cursor.
WITH n, coalesce(n.{{sortKey}}, $nullKey) AS key
WHERE $afterId IS NULL
  OR key {{after}} $afterKey OR (key = $afterKey AND n.id > $afterId)
RETURN n {.*, labels: labels(n)} AS node, key
ORDER BY key {{direction}}, n.id ASC
LIMIT toInteger($limit)
