// Shared tail of the list queries: keyset pagination over (sort key, id). $sortKey is a
// property name from the resolver's whitelist; $nullKey stands in for a missing value so
// every row has a comparable key; $afterKey/$afterId come from the client's cursor.
WITH n, coalesce(n[$sortKey], $nullKey) AS key
WHERE $afterId IS NULL
  OR (NOT $desc AND (key > $afterKey OR (key = $afterKey AND n.id > $afterId)))
  OR ($desc AND (key < $afterKey OR (key = $afterKey AND n.id > $afterId)))
RETURN n {.*, labels: labels(n)} AS node, key
ORDER BY CASE WHEN $desc THEN null ELSE key END ASC, CASE WHEN $desc THEN key END DESC, n.id ASC
LIMIT toInteger($limit)
