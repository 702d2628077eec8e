// `kg serve` (npm start): Neo4j (given or local), schema, seed graph when empty, GraphQL on PORT.
import { createServer } from 'node:http';
import path from 'node:path';
import type { Config } from '../config.js';
import { applySchema, isEmpty } from '../graph/setup.js';
import { openRuntime, type Runtime } from '../runtime.js';
import { loadSeed } from '../seed/load-seed.js';
import { createApp } from '../server/app.js';
import { createLogger } from '../server/logger.js';
import { log } from './log.js';

export async function serve(config: Config): Promise<void> {
  const started = performance.now();
  let runtime: Runtime | undefined;
  let stopping = false;
  const server = createServer();

  const stop = async (why: string, code: number) => {
    if (stopping) return;
    stopping = true;
    log(`${why}: stopping`);
    // Stop accepting connections, let in-flight requests finish, then close idle keep-alives.
    await new Promise<void>((r) => {
      if (!server.listening) return r();
      server.close(() => r());
      server.closeIdleConnections();
    });
    await runtime?.close();
    log('stopped');
    process.exit(code);
  };
  process.once('SIGINT', () => void stop('SIGINT', 0));
  process.once('SIGTERM', () => void stop('SIGTERM', 0));

  runtime = await openRuntime(config, log, { superviseLocal: true });

  const applied = await applySchema(runtime.graph);
  log(`schema: ${applied.length} constraints and indexes in place`);
  if (config.KG_SEED === 'auto' && (await isEmpty(runtime.graph))) {
    const summary = await loadSeed(runtime.graph, config.projectRoot);
    log(`database was empty: loaded the seed graph (${summary.nodes} nodes, ${summary.relationships} relationships)`);
  }

  const yoga = createApp(runtime.graph, { schemaDir: path.join(config.projectRoot, 'schema'), config, logger: createLogger(config) });
  server.on('request', yoga);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, () => resolve());
  });
  const shownHost = config.HOST === '0.0.0.0' || config.HOST === '127.0.0.1' ? 'localhost' : config.HOST;
  log(`GraphQL ready at http://${shownHost}:${config.PORT}/graphql (GraphiQL in a browser) after ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
