// Nodes carrying any of $keys (external ids as SCHEME:value, in normal form), by exact match.
// $query is the Lucene query the caller builds: the keys as quoted terms joined by OR. The
// index (entity_external_ids, keyword analyzer) finds candidates; the IN test keeps exact
// matches only. Returns {key, node} per match.
CALL db.index.fulltext.queryNodes('entity_external_ids', $query, {limit: size($keys) * 4 + 10}) YIELD node
UNWIND [k IN $keys WHERE k IN node.externalIds] AS key
RETURN key, node {.*, labels: labels(node)} AS node
