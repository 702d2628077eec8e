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
import { warmUp } from '../server/warm-up.js';
import { log } from './log.js';
import { onParentExit } from './parent-watch.js';

/**
 * How long a stop waits for in-flight requests before closing their connections. Supervisors
 * allow a stop about 10 s before they kill (docker stop, many CI runners): this plus Neo4j's
 * shutdown (1-3 s) fits in that.
 */
const DRAIN_MS = 5_000;

export async function serve(config: Config): Promise<void> {
  const started = performance.now();
  let runtime: Runtime | undefined;
  let stopping = false;
  const aborter = new AbortController();
  const server = createServer();
  // Requests that arrive on an open keep-alive connection while stopping are answered, with
  // `Connection: close` so the client does not send more on it.
  server.on('request', (_req, res) => {
    if (stopping) res.setHeader('connection', 'close');
  });

  const startUp = async () => {
    runtime = await openRuntime(config, log, { superviseLocal: true, signal: aborter.signal });
    if (stopping) return;
    const applied = await applySchema(runtime.graph);
    log(`schema: ${applied.length} constraints and indexes in place`);
    if (stopping) return;
    if (config.KG_SEED === 'auto' && (await isEmpty(runtime.graph))) {
      const summary = await loadSeed(runtime.graph, config.projectRoot);
      log(`database was empty: loaded the seed graph (${summary.nodes} nodes, ${summary.relationships} relationships)`);
    }
    if (stopping) return;
    const yoga = createApp(runtime.graph, { schemaDir: path.join(config.projectRoot, 'schema'), config, logger: createLogger(config) });
    server.on('request', httpHandler(yoga, config.KG_MAX_BODY_BYTES));
    // In the background: the server answers meanwhile, and a failure here costs only the warm plans.
    if (config.KG_WARM_UP)
      void warmUp(runtime.graph, config, { schemaDir: path.join(config.projectRoot, 'schema') }).then((w) => {
        const failed = Object.entries(w.failed);
        log(
          `warm-up: ${Object.keys(w.ran).length} operations planned and run in ${(w.ms / 1000).toFixed(1)} s${failed.length ? `; failed: ${failed.map(([n, m]) => `${n} (${m})`).join(', ')}` : ''}`,
        );
      });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.PORT, config.HOST, () => resolve());
    });
  };

  let starting: Promise<void> | undefined;
  // One stop, whatever asks for it and however often: a signal to the process group reaches us
  // from the kernel and again from npm, which passes SIGINT/SIGTERM on to its script. A repeat
  // must not fall through to Node's default handler (exit 130/143 without stopping Neo4j).
  const stop = async (why: string) => {
    if (stopping) return;
    stopping = true;
    log(`${why}: stopping`);
    // During start-up: ends a starting Neo4j at once; later: no restart of a Neo4j that the
    // same signal (sent to the whole group) has already stopped.
    aborter.abort();
    await starting?.catch(() => {});
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
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  onParentExit((why) => void stop(why));

  starting = startUp();
  try {
    await starting;
  } catch (e) {
    // A failure caused by the stop itself (Neo4j ended while starting) is not an error: stop()
    // finishes and exits 0.
    if (stopping) return;
    await runtime?.close().catch(() => {});
    throw e;
  }
  if (stopping) return;
  const shownHost = config.HOST === '0.0.0.0' || config.HOST === '127.0.0.1' ? 'localhost' : config.HOST;
  log(`GraphQL ready at http://${shownHost}:${config.PORT}/graphql (GraphiQL in a browser) after ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
