// Tests only: the whole graph, one row per node (labels, id, properties) and per relationship
// (type, ends, properties), for a test to count nodes per label and relationships per type and
// to fingerprint every stored value (tests/hardening/hostile.test.ts: nothing injected, nothing
// deleted, nothing changed).
// Without the :SupplyHop mirrors of SUPPLIES links (cypher/import/merge-supplies): derived.
MATCH (n) WHERE NOT n:SupplyHop
RETURN 'node' AS element, labels(n) AS labels, coalesce(n.id, elementId(n)) AS id, properties(n) AS props
UNION ALL
MATCH (a)-[r]->(b) WHERE NOT r:SUPPLY_HOP
RETURN 'relationship' AS element, [type(r)] AS labels, coalesce(a.id, elementId(a)) + ' -' + type(r) + '-> ' + coalesce(b.id, elementId(b)) AS id, properties(r) AS props
