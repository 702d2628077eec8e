// `kg neo4j` (npm run neo4j): the local Neo4j in the foreground, until Ctrl-C or SIGTERM.
import type { Config } from '../config.js';
import { startLocalNeo4j } from '../neo4j/local.js';
import { log } from './log.js';

export async function runNeo4j(config: Config): Promise<void> {
  const local = await startLocalNeo4j({
    projectRoot: config.projectRoot,
    port: config.NEO4J_BOLT_PORT,
    dataDir: config.NEO4J_DATA_DIR,
    heap: config.NEO4J_HEAP,
    pageCache: config.NEO4J_PAGECACHE,
    txTimeout: config.NEO4J_TX_TIMEOUT,
    log: (l) => log(`[neo4j] ${l}`),
  });
  process.stdout.write(`READY ${local.uri} version=${local.version} data=${local.dataDir}\n`);
  const stop = () => void local.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const code = await local.exited;
  process.exit(code ?? 0);
}
