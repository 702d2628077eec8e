// `kg seed`: load the seed graph from seeds/ (idempotent: a second run creates nothing).
import type { Config } from '../config.js';
import { loadSeed } from '../seed/load-seed.js';
import { printSummary } from './import.js';
import { withGraph } from './with-graph.js';

export async function runSeed(config: Config, args: string[]): Promise<void> {
  if (args.length) throw Object.assign(new Error('usage: kg seed'), { userFacing: true });
  printSummary(await withGraph(config, (graph) => loadSeed(graph, config.projectRoot)));
}
