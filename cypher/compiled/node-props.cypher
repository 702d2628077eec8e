// Compiled node projection with only the properties the selection reads ({{props}}: `.id, .name`,
// GraphQL field names of the schema), marked __partial so that it is never cached as a whole
// node (src/graph/loaders.ts prime), plus the relationship fields as in compiled/node.
{{node}} { {{props}}, labels: labels({{node}}), __partial: true{{fields}} }
