// Compiled lookup (src/graph/compiled.ts): one node by id with the relationship fields the
// request selected, nested, in one statement. {{projection}} is built by the compiler from
// compiled/edges-out and compiled/edges-in (one per selected relationship field, types from
// the resolver table). Index: entity_id.
MATCH (n0:Entity {id: $id})
RETURN {{projection}} AS node
