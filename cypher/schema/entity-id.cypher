// Every node of the model carries the :Entity label and a globally unique id (kind:name), so
// one uniqueness constraint (and its index) serves every lookup by id whatever the node's kind.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE
