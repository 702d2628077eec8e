// Opens the graph the configuration points at: the server named by NEO4J_URI, or else the
// project's own local Neo4j started as a child process. Everything that needs a database
// (server, CLI verbs, benchmarks) comes through here.
import path from 'node:path';
import type { Config } from './config.js';
import { CypherRegistry } from './graph/cypher.js';
import { createDriver, Graph, waitForBolt } from './graph/graph.js';
import { type LocalNeo4j, type LocalNeo4jOptions, startLocalNeo4j } from './neo4j/local.js';

export interface Runtime {
  graph: Graph;
  /** Set when this process started its own Neo4j. */
  local?: LocalNeo4j;
  close(): Promise<void>;
}

/** The local launcher's settings from the configuration (`kg serve` and `kg neo4j`). */
export function localNeo4jOptions(config: Config, log: (line: string) => void): LocalNeo4jOptions {
  return {
    projectRoot: config.projectRoot,
    port: config.NEO4J_BOLT_PORT,
    dataDir: config.NEO4J_DATA_DIR,
    heap: config.NEO4J_HEAP,
    pageCache: config.NEO4J_PAGECACHE,
    txTimeout: config.NEO4J_TX_TIMEOUT,
    log: (l) => log(`[neo4j] ${l}`),
  };
}

export async function openRuntime(config: Config, log: (line: string) => void): Promise<Runtime> {
  let local: LocalNeo4j | undefined;
  let uri = config.NEO4J_URI;
  if (!uri) {
    log(`NEO4J_URI is unset: starting the local Neo4j (data in ${config.NEO4J_DATA_DIR}, Bolt port ${config.NEO4J_BOLT_PORT})`);
    local = await startLocalNeo4j(localNeo4jOptions(config, log));
    log(`local Neo4j ${local.version} ready at ${local.uri}`);
    uri = local.uri;
  }
  const driver = createDriver({ uri, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD });
  try {
    await waitForBolt(driver, 60_000);
  } catch (e) {
    await driver.close();
    await local?.stop();
    throw new Error(`cannot reach Neo4j at ${uri}: ${(e as Error).message}; check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD`);
  }
  const graph = new Graph(driver, config.NEO4J_DATABASE, new CypherRegistry(path.join(config.projectRoot, 'cypher')), config.KG_QUERY_TIMEOUT_MS);
  return {
    graph,
    local,
    async close() {
      await graph.close();
      await local?.stop();
    },
  };
}
