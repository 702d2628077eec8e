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
  /** Set when this process started its own Neo4j (the current one, after restarts). */
  local?: LocalNeo4j;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  /**
   * Restart the local Neo4j when it dies (the server keeps answering, with "database
   * unavailable" errors meanwhile, and the driver reconnects by itself once it is back).
   */
  superviseLocal?: boolean;
  /**
   * A stop requested during start-up: aborting ends a starting local Neo4j (openRuntime then
   * rejects) and, later, keeps the supervisor from restarting a Neo4j that a signal to the
   * whole process group stopped before close() was called.
   */
  signal?: AbortSignal;
}

/** The local launcher's settings from the configuration (`kg serve` and `kg neo4j`). */
export function localNeo4jOptions(config: Config, log: (line: string) => void, signal?: AbortSignal): LocalNeo4jOptions {
  return {
    projectRoot: config.projectRoot,
    port: config.NEO4J_BOLT_PORT,
    dataDir: config.NEO4J_DATA_DIR,
    heap: config.NEO4J_HEAP,
    pageCache: config.NEO4J_PAGECACHE,
    txTimeout: config.NEO4J_TX_TIMEOUT,
    nice: config.NEO4J_NICE,
    log: (l) => log(`[neo4j] ${l}`),
    signal,
  };
}

export async function openRuntime(config: Config, log: (line: string) => void, opts: RuntimeOptions = {}): Promise<Runtime> {
  let local: LocalNeo4j | undefined;
  let uri = config.NEO4J_URI;
  if (!uri) {
    log(`NEO4J_URI is unset: starting the local Neo4j (data in ${config.NEO4J_DATA_DIR}, Bolt port ${config.NEO4J_BOLT_PORT})`);
    const started = performance.now();
    local = await startLocalNeo4j(localNeo4jOptions(config, log, opts.signal));
    // The time is most of a start (JVM, store recovery, first Cypher): shown so a slow start can be told apart.
    log(`local Neo4j ${local.version} ready at ${local.uri} after ${((performance.now() - started) / 1000).toFixed(1)} s`);
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
  const graph = new Graph(
    driver,
    config.NEO4J_DATABASE,
    new CypherRegistry(path.join(config.projectRoot, 'cypher')),
    config.KG_QUERY_TIMEOUT_MS,
    config.KG_REQUEST_TIMEOUT_MS,
  );
  let closing = opts.signal?.aborted ?? false;
  opts.signal?.addEventListener(
    'abort',
    () => {
      closing = true;
    },
    { once: true },
  );
  const runtime: Runtime = {
    graph,
    local,
    async close() {
      closing = true;
      await graph.close();
      await runtime.local?.stop();
    },
  };
  if (local && opts.superviseLocal) {
    const supervise = async (neo: LocalNeo4j, backoffMs: number): Promise<void> => {
      const code = await neo.exited;
      if (closing) return;
      log(`the local Neo4j exited unexpectedly (code ${code}); restarting in ${backoffMs / 1000} s`);
      await new Promise((r) => setTimeout(r, backoffMs));
      if (closing) return;
      try {
        runtime.local = await startLocalNeo4j(localNeo4jOptions(config, log, opts.signal));
        log(`local Neo4j restarted at ${runtime.local.uri}`);
        return supervise(runtime.local, 1_000);
      } catch (e) {
        log(`restarting the local Neo4j failed: ${(e as Error).message}`);
        return supervise(neo, Math.min(backoffMs * 2, 30_000));
      }
    };
    void supervise(local, 1_000);
  }
  return runtime;
}
