// The seed graph (seeds/: the five source articles, in the import format) goes through the
// same validated, idempotent importer as any user dataset.
import path from 'node:path';
import type { Graph } from '../graph/graph.js';
import { importDataset } from '../import/import-dataset.js';

export function seedDir(projectRoot: string): string {
  return path.join(projectRoot, 'seeds');
}

export async function loadSeed(graph: Graph, projectRoot: string) {
  const summary = await importDataset(graph, seedDir(projectRoot));
  return { ...summary, nodes: summary.nodesCreated, relationships: summary.relationshipsCreated };
}
