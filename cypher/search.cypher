// One ranked page of a full-text search (index entity_names). $query is the Lucene query
// src/search/search-text.ts builds from escaped words; $labels optionally keeps some kinds;
// $options is {limit} without $labels (Lucene keeps only the best) and {} with them, so the
// kind filter sees every hit. The best $cap hits by relevance are ranked (search-count tells
// whether there were more): by tier (0 a name equals $exact, 1 every word begins a word of a
// name, 2 the rest), then degree (supply links counted once: each SUPPLIES has a SupplyHop
// node beside it), then relevance and id. Degrees come from the degree store, not by expanding.
// CONTAINS first: the "begins a word" regex runs only on names that hold the word at all.
CALL db.index.fulltext.queryNodes('entity_names', $query, $options) YIELD node, score
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
WITH node, score
LIMIT toInteger($cap)
WITH node, score,
     [x IN [node.name, node.nameZh, node.label] + coalesce(node.aliases, []) WHERE x IS NOT NULL | toLower(trim(normalize(x, NFKC)))] AS names
WITH node, score,
     CASE
       WHEN $exact IN names OR any(e IN coalesce(node.externalIds, []) WHERE toLower(e) = $exact OR toLower(e) ENDS WITH ':' + $exact) THEN 0
       WHEN all(i IN range(0, size($words) - 1) WHERE any(n IN names WHERE n CONTAINS $words[i] AND n =~ $wordStarts[i])) THEN 1
       ELSE 2
     END AS tier,
     COUNT { (node)--() } - COUNT { (node)-[:SUPPLY_HOP]-() } AS degree
ORDER BY tier, degree DESC, score DESC, node.id
SKIP toInteger($offset)
LIMIT toInteger($limit)
RETURN node {.*, labels: labels(node)} AS node, score, tier, degree
