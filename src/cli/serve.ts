// `kg serve` (npm start): Neo4j (given or local), schema, seed graph when empty, GraphQL on PORT.
import { createServer } from 'node:http';
import path from 'node:path';
import type { Config } from '../config.js';
import { applySchema, isEmpty } from '../graph/setup.js';
import { openRuntime, type Runtime } from '../runtime.js';
import { loadSeed } from '../seed/load-seed.js';
import { createApp } from '../server/app.js';
import { httpHandler } from '../server/http.js';
import { createLogger } from '../server/logger.js';
import { log } from './log.js';

/** How long a stop waits for in-flight requests before closing their connections. */
const DRAIN_MS = 30_000;

export async function serve(config: Config): Promise<void> {
  const started = performance.now();
  let runtime: Runtime | undefined;
  let stopping = false;
  const server = createServer();
  // Requests that arrive on an open keep-alive connection while stopping are answered, with
  // `Connection: close` so the client does not send more on it.
  server.on('request', (_req, res) => {
    if (stopping) res.setHeader('connection', 'close');
  });

  const stop = async (why: string, code: number) => {
    if (stopping) return;
    stopping = true;
    log(`${why}: stopping`);
    // Stop accepting connections and let in-flight requests finish. A keep-alive connection is
    // closed as soon as its request is answered (not keepAliveTimeout later), and whatever is
    // still open after DRAIN_MS is cut, so a slow or chatty client cannot hold the stop forever.
    await new Promise<void>((r) => {
      if (!server.listening) return r();
      const idle = setInterval(() => server.closeIdleConnections(), 100);
      const cut = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
      server.close(() => {
        clearInterval(idle);
        clearTimeout(cut);
        r();
      });
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
  server.on('request', httpHandler(yoga, config.KG_MAX_BODY_BYTES));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, () => resolve());
  });
  const shownHost = config.HOST === '0.0.0.0' || config.HOST === '127.0.0.1' ? 'localhost' : config.HOST;
  log(`GraphQL ready at http://${shownHost}:${config.PORT}/graphql (GraphiQL in a browser) after ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
