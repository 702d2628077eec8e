// Mutations: creates one node. CREATE (not MERGE) so an id that exists, even one created by a
// concurrent request after the read phase, fails on the entity_id constraint instead of
// overwriting. $labels come from the model's whitelist (src/import/labels.ts labelsFor).
CREATE (n:Entity {id: $id})
SET n:$($labels), n += $props
RETURN n {.*, labels: labels(n)} AS node
