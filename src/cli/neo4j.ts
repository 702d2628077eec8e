// `kg neo4j` (npm run neo4j): the local Neo4j in the foreground, until Ctrl-C or SIGTERM.
import type { Config } from '../config.js';
import { startLocalNeo4j } from '../neo4j/local.js';
import { localNeo4jOptions } from '../runtime.js';
import { log } from './log.js';

export async function runNeo4j(config: Config): Promise<void> {
  const local = await startLocalNeo4j(localNeo4jOptions(config, log));
  process.stdout.write(`READY ${local.uri} version=${local.version} data=${local.dataDir}\n`);
  const stop = () => void local.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const code = await local.exited;
  process.exit(code ?? 0);
}
