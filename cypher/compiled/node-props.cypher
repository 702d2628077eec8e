// Compiled node projection with only the properties the selection reads ({{props}}: `.id, .name`,
// GraphQL field names of the schema, and `labels: labels(n)` where the node's type is looked
// up: the root of a lookup or a page), marked __partial so that it is never cached as a whole
// node (src/graph/loaders.ts prime), plus the relationship fields as in compiled/node.
{{node}} { {{props}}, __partial: true{{fields}} }
