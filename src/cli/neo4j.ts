// `kg neo4j` (npm run neo4j): the local Neo4j in the foreground, until Ctrl-C or SIGTERM.
import type { Config } from '../config.js';
import { startLocalNeo4j } from '../neo4j/local.js';
import { localNeo4jOptions } from '../runtime.js';
import { log } from './log.js';
import { onParentExit } from './parent-watch.js';

export async function runNeo4j(config: Config): Promise<void> {
  const aborter = new AbortController();
  let stopping = false;
  let local: Awaited<ReturnType<typeof startLocalNeo4j>> | undefined;
  // One stop however often asked (the kernel and npm both pass on a group's signal); a stop
  // exits 0 even when the same signal also reached the JVM and it exited 143 by itself.
  const stop = (why: string) => {
    if (stopping) return;
    stopping = true;
    log(`${why}: stopping`);
    aborter.abort();
    if (local) void local.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  onParentExit(stop);
  try {
    local = await startLocalNeo4j(localNeo4jOptions(config, log, aborter.signal));
  } catch (e) {
    if (stopping) process.exit(0);
    throw e;
  }
  if (stopping) {
    await local.stop();
    process.exit(0);
  }
  process.stdout.write(`READY ${local.uri} version=${local.version} data=${local.dataDir}\n`);
  const code = await local.exited;
  if (stopping) return; // stop() exits once the JVM is gone
  log(`Neo4j exited by itself (code ${code})`);
  process.exit(code ?? 1);
}
