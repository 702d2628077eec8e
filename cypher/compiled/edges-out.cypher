// Compiled relationship field, outgoing (a part of compiled/lookup and compiled/page): at most
// $limit{{p}} neighbours of {{parent}} over {{type}} (from the resolver table), filtered by
// $role{{p}}, in (name, id) order, each with the relationship's properties the selection reads
// ({{rel}}: properties(r), a map projection of named ones, or {}) and the node's own selected
// fields ({{projection}}).
COLLECT { MATCH ({{parent}})-[r{{p}}:{{type}}]->(n{{p}}) WHERE $role{{p}} IS NULL OR r{{p}}.role = $role{{p}} WITH r{{p}}, n{{p}} ORDER BY coalesce(n{{p}}.name, ''), n{{p}}.id LIMIT toInteger($limit{{p}}) RETURN {rel: {{rel}}, node: {{projection}}} }
