// Mutations: sets a node's properties ($props holds null for each property to clear) and its
// labels: $removeLabels (e.g. every organization-kind label, from the model's whitelist) go,
// then $labels are set, so changing an organization's kind moves it to its new kind's label.
MATCH (n:Entity {id: $id})
REMOVE n:$($removeLabels)
SET n:$($labels), n += $props
RETURN n {.*, labels: labels(n)} AS node
