// Full-text search over names and aliases (index entity_names, CJK analyzer). $query is a
// Lucene query the resolver builds from escaped words; $labels optionally keeps some kinds.
// The index is asked for $scan hits so that a kind filter still fills the page.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: toInteger($scan)}) YIELD node, score
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
RETURN node {.*, labels: labels(node)} AS node, score
ORDER BY score DESC, node.id
LIMIT toInteger($limit)
