// The real Neo4j chosen by the global setup, as a Graph, plus helpers to start from a known state.
import path from 'node:path';
import { inject } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { CypherRegistry } from '../../src/graph/cypher.js';
import { createDriver, Graph } from '../../src/graph/graph.js';
import { applySchema, resetDatabase } from '../../src/graph/setup.js';

export function testGraph(timeoutMs = 30_000): Graph {
  const { uri, user, password } = inject('neo4j');
  return new Graph(createDriver({ uri, user, password }), 'neo4j', new CypherRegistry(path.join(PROJECT_ROOT, 'cypher')), timeoutMs);
}

/** An empty database with the schema applied. */
export async function freshGraph(): Promise<Graph> {
  const graph = testGraph();
  await resetDatabase(graph);
  await applySchema(graph);
  return graph;
}

/** Counts straight from Neo4j, to compare states before and after an operation. */
export async function counts(graph: Graph): Promise<{ nodeCount: number; relationshipCount: number }> {
  const [row] = await graph.session().read('admin/health');
  return { nodeCount: row!.nodeCount as number, relationshipCount: row!.relationshipCount as number };
}
