// The benchmark's HTTP servers, in a child process of their own (so their CPU time is theirs
// and the load generator does not share their event loop): our server as in production
// (createApp, pino to /dev/null), @neo4j/graphql behind the same graphql-yoga, and a bare
// node:http + neo4j-driver endpoint that runs the lookup's Cypher and returns the same JSON.
// Each has its own driver. Started by bench/run.ts with fork(); reports its ports on IPC.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import { pino } from 'pino';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import { CypherRegistry } from '../../src/graph/cypher.js';
import { createDriver, Graph } from '../../src/graph/graph.js';
import { createApp } from '../../src/server/app.js';
import { BENCH_SERVER_ENV, type ServerMessage, type ServerPorts } from './bench-env.js';
import { librarySchema } from './library.js';
import { LOOKUP } from './ops.js';

const uri = process.env.KG_BENCH_NEO4J!;
const listen = async (server: ReturnType<typeof createServer>) => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
};

const config = loadConfig({ LOG_LEVEL: 'info', KG_GRAPHIQL: 'false', ...BENCH_SERVER_ENV });
const graph = new Graph(createDriver({ uri }), 'neo4j', new CypherRegistry(path.join(PROJECT_ROOT, 'cypher')), config.KG_QUERY_TIMEOUT_MS);
const logger = pino({ level: 'info', base: { service: 'innovation-kg' } }, pino.destination({ dest: '/dev/null', sync: false }));
const ours = createServer(createApp(graph, { schemaDir: path.join(PROJECT_ROOT, 'schema'), config, logger }));

const libDriver = createDriver({ uri });
const library = createServer(createYoga({ schema: await librarySchema(libDriver), graphqlEndpoint: '/graphql', graphiql: false, logging: false }));

// The floor: parse the body, one read transaction, the same JSON as our lookup answers.
const bareDriver = createDriver({ uri });
const bare = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', async () => {
    try {
      const { variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { variables: { id: string } };
      const session = bareDriver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
      try {
        const rows = await session.executeRead((tx) => tx.run(LOOKUP.cypher, { id: variables.id }));
        const r = rows.records[0]?.toObject();
        const organization = r
          ? {
              id: r.id,
              name: r.name,
              kind: r.kind,
              platforms: (r.platforms as { role: string; id: string; name: string }[]).map((p) => ({ role: p.role, platform: { id: p.id, name: p.name } })),
            }
          : null;
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { organization } }));
      } finally {
        await session.close();
      }
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
});

const ports: ServerPorts = { ours: await listen(ours), library: await listen(library), bare: await listen(bare) };
process.send!({ type: 'ready', ports } satisfies ServerMessage);
process.on('message', (m: { type: string }) => {
  if (m.type === 'cpu') {
    const c = process.cpuUsage();
    process.send!({ type: 'cpu', micros: c.user + c.system } satisfies ServerMessage);
  }
});
process.on('disconnect', () => process.exit(0));
