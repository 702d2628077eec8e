// Keyset window of the list queries (fragments/keyset-page, compiled/page): the candidates
// after the client's cursor in (sort key, id) order. {{sortKey}} is a property name from the
// resolver's whitelist; $nullKey stands in for a missing value so every row has a comparable
// key; {{after}} is < for a descending order and > for an ascending one.
WITH n, coalesce(n.{{sortKey}}, $nullKey) AS key
WHERE $afterId IS NULL
  OR key {{after}} $afterKey OR (key = $afterKey AND n.id > $afterId)
