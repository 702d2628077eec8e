// Compiled node projection: the node's properties and labels, plus one key per selected
// relationship field ({{fields}}: `key`: compiled/edges-out or -in), read by the field's resolver.
{{node}} {.*, labels: labels({{node}}){{fields}}}
