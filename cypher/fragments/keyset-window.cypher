// Keyset window of the list queries (fragments/keyset-page, compiled/page): the candidates
// after the client's cursor in (sort key, id) order. {{sortKey}} is a property name from the
// resolver's whitelist; $nullKey stands in for a missing value so every row has a comparable
// key; {{after}} is < for a descending order and > for an ascending one.
// The id is projected beside the key, so that the window is filtered before the sort and the
// sort with its LIMIT is one Top (with n.id in the filter, Neo4j sorted all 10,011
// organizations and filtered after: a page head of 82 ms against 40 ms for the same order
// in plain Cypher, at load 11).
WITH n, coalesce(n.{{sortKey}}, $nullKey) AS key, n.id AS id
WHERE $afterId IS NULL
  OR key {{after}} $afterKey OR (key = $afterKey AND id > $afterId)
