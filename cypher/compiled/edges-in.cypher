// Compiled relationship field, incoming: as compiled/edges-out, over {{type}} into {{parent}}.
COLLECT { MATCH ({{parent}})<-[r{{p}}:{{type}}]-(n{{p}}) WHERE $role{{p}} IS NULL OR r{{p}}.role = $role{{p}} WITH r{{p}}, n{{p}} ORDER BY coalesce(n{{p}}.name, ''), n{{p}}.id LIMIT toInteger($limit{{p}}) RETURN {rel: {{rel}}, node: {{projection}}} }
