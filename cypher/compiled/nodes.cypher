// Compiled page (src/graph/compiled.ts): the nodes of a list page, by id, in the order given,
// each with the relationship fields the request selected, nested, in one statement.
// {{projection}} as in compiled/lookup. Index: entity_id.
UNWIND range(0, size($ids) - 1) AS i
MATCH (n0:Entity {id: $ids[i]})
RETURN i, {{projection}} AS node
ORDER BY i
