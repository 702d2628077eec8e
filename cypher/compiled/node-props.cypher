// Compiled node projection of a lookup whose selection the compiler could read in full: only the
// properties the request selects ({{props}}: `, .name, .kind`, names from the schema), the id
// and the labels, plus one key per selected relationship field as in compiled/node. Reading and
// sending every property of every neighbour made the lookup 2.5x the direct Cypher's time. The
// node is marked partial, so that it is never primed into the entity loader as a whole node.
{{node}} {.id{{props}}, labels: labels({{node}}), `__partial`: true{{fields}}}
