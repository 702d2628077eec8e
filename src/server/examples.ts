// The operations GraphiQL opens with: one working example per query, on the seed graph.
export const EXAMPLE_OPERATIONS = `# Innovation knowledge graph: run an operation with the ▶ button.

query Health {
  health { status neo4jVersion neo4jEdition database nodeCount relationshipCount }
}
`;
