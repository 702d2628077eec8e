// Runs a CLI job against the configured graph with the schema applied, and always closes it
// (stopping the local Neo4j if this process started one).
import type { Config } from '../config.js';
import type { Graph } from '../graph/graph.js';
import { applySchema } from '../graph/setup.js';
import { openRuntime } from '../runtime.js';
import { log } from './log.js';

export async function withGraph<T>(config: Config, job: (graph: Graph) => Promise<T>): Promise<T> {
  const runtime = await openRuntime(config, log);
  try {
    await applySchema(runtime.graph);
    return await job(runtime.graph);
  } finally {
    await runtime.close();
  }
}
