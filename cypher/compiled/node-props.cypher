// Compiled node projection with only the properties the selection reads ({{props}}: `.id, .name`,
// GraphQL field names of the schema; at the root of a lookup or a page, where the node's type is
// looked up, also `labels: labels(n), __partial: true`, the mark that keeps it out of the entity
// cache; below, a node without labels is kept out: src/graph/loaders.ts prime), plus the
// relationship fields as in compiled/node.
{{node}} { {{props}}{{fields}} }
