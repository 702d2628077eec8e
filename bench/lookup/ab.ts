// Interleaved A/B of the lookup (organization(id) + platforms, bench/lib/ops.ts) between builds
// of the server: each variant is a compiled dist/ directory (copy one aside before a change),
// run in its own process next to the bare node:http + driver endpoint. Per round, in rotated
// order: sequential latency (p50 over --requests), autocannon at 10 and 50 connections, and the
// server's CPU time per request (less sensitive to a busy host than req/s). Direct Cypher
// latency is measured in this process for the ratio.
// Usage: npx tsx bench/lookup/ab.ts [--rounds 3 --seconds 5 --requests 200 --cpu-prof DIR] base=/tmp/dist-a new=dist
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/config.js';
import { generate } from '../../src/generate/generate.js';
import { CypherRegistry } from '../../src/graph/cypher.js';
import { createDriver, Graph, waitForBolt } from '../../src/graph/graph.js';
import { applySchema } from '../../src/graph/setup.js';
import { importDataset } from '../../src/import/import-dataset.js';
import { AbServers, abNeo4j, type Child, cpuOf, variantsOf } from '../lib/ab.js';
import { LOOKUP } from '../lib/ops.js';
import { loadAverage, median, rotations } from '../lib/stats.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rounds: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '5' },
    requests: { type: 'string', default: '200' },
    'cpu-prof': { type: 'string' },
    /** A running Neo4j holding the bench graph (from an earlier --keep run): no start, no import. */
    neo4j: { type: 'string' },
    /** Start and load Neo4j, print its URI and keep it running until interrupted. */
    keep: { type: 'boolean', default: false },
  },
});
const rounds = Number(values.rounds);
const seconds = Number(values.seconds);
const nreq = Number(values.requests);
const variants = variantsOf(positionals);
const autocannon = createRequire(import.meta.url)('autocannon') as (
  o: Record<string, unknown>,
) => Promise<{ requests: { average: number; total: number }; errors: number; non2xx: number }>;

const neo = await abNeo4j(values.neo4j, { prefix: 'kg-lookup-ab-', pageCache: '512m' });
const uri = neo.uri;
const servers = new AbServers(uri, { KG_BENCH_CYPHER: LOOKUP.cypher }, values['cpu-prof']);
try {
  const driver = createDriver({ uri });
  await waitForBolt(driver, 300_000);
  const graph = new Graph(driver, 'neo4j', new CypherRegistry(path.join(PROJECT_ROOT, 'cypher')), 120_000);
  if (!values.neo4j) {
    await applySchema(graph);
    const dataset = path.join(PROJECT_ROOT, '.data', 'bench', 'orgs-1000-seed-1');
    if (!existsSync(path.join(dataset, 'sources.csv'))) await generate({ orgs: 1000, seed: 1, outDir: dataset });
    await importDataset(graph, dataset);
  }
  if (values.keep) {
    console.log(`neo4j ${uri} (pid ${process.pid}); Ctrl-C stops it`);
    await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()).once('SIGTERM', () => resolve()));
    await graph.close();
    await neo.stop();
    process.exit(0);
  }
  const idRows = await driver.executeQuery(
    'MATCH (o:Organization)-[:MEMBER_OF]->(:Platform) RETURN DISTINCT o.id AS id ORDER BY id LIMIT 200',
    {},
    { database: 'neo4j' },
  );
  const ids = idRows.records.map((r) => r.get('id') as string);

  const systems = [...variants.map((v) => ({ label: v.label, args: ['ours', v.dir] })), { label: 'bare', args: ['bare'] }];
  const running = new Map<string, { port: number; child: Child }>();
  for (const s of systems) running.set(s.label, await servers.start(s.args, s.label));

  const body = (id: string) => JSON.stringify({ query: LOOKUP.ours, variables: { id } });
  const post = async (port: number, id: string) => {
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(id) });
    return (await res.json()) as { data?: unknown; errors?: unknown[]; extensions?: { roundTrips?: number } };
  };
  // Equal answers and round trips first.
  for (const s of systems) {
    const a = await post(running.get(s.label)!.port, ids[0]!);
    if (a.errors) throw new Error(`${s.label}: ${JSON.stringify(a.errors)}`);
    console.log(
      `${s.label}: roundTrips ${a.extensions?.roundTrips ?? '–'}, equal to canonical ${JSON.stringify(LOOKUP.fromOurs(a.data as never)) === JSON.stringify(LOOKUP.fromOurs((await post(running.get('bare')!.port, ids[0]!)).data as never))}`,
    );
  }
  const cypher = async (id: string) => {
    const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
    try {
      await session.executeRead((tx) => tx.run(LOOKUP.cypher, { id }));
    } finally {
      await session.close();
    }
  };
  const labels = [...systems.map((s) => s.label), 'cypher'];
  const lat: Record<string, number[]> = {};
  const rps: Record<string, Record<number, number[]>> = {};
  const cpuPer: Record<string, number[]> = {};
  for (const l of labels) {
    lat[l] = [];
    rps[l] = { 10: [], 50: [] };
    cpuPer[l] = [];
  }
  // Warm-up.
  for (const s of systems)
    await autocannon({
      url: `http://127.0.0.1:${running.get(s.label)!.port}/graphql`,
      connections: 10,
      duration: 2,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body(ids[0]!),
    });
  let k = 0;
  for (const order of rotations(labels, rounds)) {
    for (const l of order) {
      const t: number[] = [];
      for (let i = 0; i < nreq; i++) {
        const id = ids[(k + i) % ids.length]!;
        const t0 = performance.now();
        if (l === 'cypher') await cypher(id);
        else await post(running.get(l)!.port, id);
        t.push(performance.now() - t0);
      }
      lat[l]!.push(median(t));
      if (l === 'cypher') continue;
      const r = running.get(l)!;
      for (const connections of [10, 50]) {
        const c0 = await cpuOf(r.child);
        const res = await autocannon({
          url: `http://127.0.0.1:${r.port}/graphql`,
          connections,
          duration: seconds,
          requests: [
            {
              method: 'POST',
              setupRequest: (req: Record<string, unknown>) => ({
                ...req,
                headers: { 'content-type': 'application/json' },
                body: body(ids[Math.floor(Math.random() * ids.length)]!),
              }),
            },
          ],
        });
        const c1 = await cpuOf(r.child);
        if (res.errors || res.non2xx) console.log(`${l}: ${res.errors} errors, ${res.non2xx} non-2xx`);
        rps[l]![connections]!.push(res.requests.average);
        cpuPer[l]!.push((c1 - c0) / res.requests.total);
      }
    }
    k += nreq;
    console.log(`round done, load average ${loadAverage()}`);
  }
  const m = (xs: number[]) => median(xs);
  console.log(`\nload average ${loadAverage()}; medians over ${rounds} rounds`);
  for (const l of labels) {
    const line = [`${l.padEnd(8)} p50 ${m(lat[l]!).toFixed(2)} ms (x${(m(lat[l]!) / m(lat.cypher!)).toFixed(2)} cypher)`];
    if (l !== 'cypher')
      line.push(
        `10c ${m(rps[l]![10]!).toFixed(0)} req/s (${(m(rps[l]![10]!) / m(rps.bare![10]!)).toFixed(2)} bare)`,
        `50c ${m(rps[l]![50]!).toFixed(0)} req/s (${(m(rps[l]![50]!) / m(rps.bare![50]!)).toFixed(2)} bare)`,
        `cpu ${m(cpuPer[l]!).toFixed(0)} us/req`,
      );
    console.log(line.join(', '));
  }
  await graph.close();
} finally {
  await servers.stop();
  await neo.stop();
}
