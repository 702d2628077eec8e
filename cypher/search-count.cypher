// Every entity of the kinds that a search's Lucene query matches (searchConnection.totalCount),
// with no cap: counting needs no ranking. Parameters as in cypher/search.cypher.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
RETURN count(node) AS total
