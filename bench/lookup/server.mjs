// A server for bench/lookup/ab.ts, in a process of its own: `ours` from a compiled dist/
// directory given on the command line (so two builds can be compared side by side), or `bare`
// (node:http + neo4j-driver, the lookup's Cypher, the same JSON). Reports its port and, on
// request, its CPU time over IPC. Usage: node server.mjs ours <distDir> | node server.mjs bare
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import neo4j from 'neo4j-driver';
import { pino } from 'pino';

const [mode, distDir] = process.argv.slice(2);
const uri = process.env.KG_BENCH_NEO4J;
// A copy of dist/ may carry the cypher/ and schema/ it was built with in _root/.
const root = distDir && existsSync(path.join(distDir, '_root')) ? path.join(distDir, '_root') : process.env.KG_BENCH_ROOT;
const lookupCypher = process.env.KG_BENCH_CYPHER;
let server;
if (mode === 'ours') {
  const load = (p) => import(pathToFileURL(path.join(distDir, p)).href);
  const { loadConfig } = await load('config.js');
  const { CypherRegistry } = await load('graph/cypher.js');
  const { createDriver, Graph } = await load('graph/graph.js');
  const { createApp } = await load('server/app.js');
  const { httpHandler } = await load('server/http.js');
  const config = loadConfig({ LOG_LEVEL: 'info', KG_GRAPHIQL: 'false', KG_MAX_COST: '10000000', KG_RESPONSE_CACHE_TTL_MS: '0' });
  const graph = new Graph(createDriver({ uri }), 'neo4j', new CypherRegistry(path.join(root, 'cypher')), config.KG_QUERY_TIMEOUT_MS);
  const logger = pino({ level: 'info', base: { service: 'innovation-kg' } }, pino.destination({ dest: '/dev/null', sync: false }));
  server = createServer(httpHandler(createApp(graph, { schemaDir: path.join(root, 'schema'), config, logger }), config.KG_MAX_BODY_BYTES));
} else {
  const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
  server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      const { variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
      try {
        const rows = await session.executeRead((tx) => tx.run(lookupCypher, { id: variables.id }));
        const r = rows.records[0]?.toObject();
        const organization = r
          ? { id: r.id, name: r.name, kind: r.kind, platforms: r.platforms.map((p) => ({ role: p.role, platform: { id: p.id, name: p.name } })) }
          : null;
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { organization } }));
      } catch (e) {
        res.writeHead(500).end(String(e));
      } finally {
        await session.close();
      }
    });
  });
}
await new Promise((r) => server.listen(0, '127.0.0.1', r));
process.send({ type: 'ready', port: server.address().port });
process.on('message', (m) => {
  if (m.type === 'cpu') {
    const c = process.cpuUsage();
    process.send({ type: 'cpu', micros: c.user + c.system });
  }
});
process.on('disconnect', () => process.exit(0));
// A normal exit, so that --cpu-prof writes its profile.
process.on('SIGTERM', () => process.exit(0));
