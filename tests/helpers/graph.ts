// The real Neo4j chosen by the global setup, as a Graph, plus helpers to start from a known state.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { generate } from '../../src/generate/generate.js';
import { CypherRegistry } from '../../src/graph/cypher.js';
import { createDriver, Graph } from '../../src/graph/graph.js';
import { applySchema, resetDatabase } from '../../src/graph/setup.js';
import { importDataset } from '../../src/import/import-dataset.js';

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

/**
 * An empty database holding a dataset of the project's generator; its files stay in `dir` for
 * the test to read (and remove after).
 */
export async function generatedGraph(prefix: string, opts: { orgs: number; seed: number }): Promise<{ graph: Graph; dir: string }> {
  const graph = await freshGraph();
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  await generate({ ...opts, outDir: dir });
  await importDataset(graph, dir);
  return { graph, dir };
}

/** Counts straight from Neo4j, to compare states before and after an operation. */
export async function counts(graph: Graph): Promise<{ nodeCount: number; relationshipCount: number }> {
  const [row] = await graph.session().read('admin/health');
  return { nodeCount: row!.nodeCount as number, relationshipCount: row!.relationshipCount as number };
}

/** Imports a dataset given as file name -> file text, through a temporary directory removed after. */
export async function importFiles(graph: Graph, files: Record<string, string>) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-test-dataset-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    return await importDataset(graph, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
