// Interleaved A/B of the nested list query (first 100 organizations x 20 platforms x 50
// members, NESTED in bench/lib/ops.ts) between builds of the server, each a compiled dist/
// directory (a copy of dist/ with the cypher/ and schema/ it was built with in _root/, as
// bench/lookup/server.mjs reads it) run in its own process, and direct Cypher through
// neo4j-driver in this process as the floor. The graph is the bench's (the project's generator,
// 10,000 organizations by default, plus the seed graph). Each round runs every system in a
// rotated order, --requests sequential requests each; it prints per round the p50 of each and
// the load average, then the medians over the rounds as ratios to Cypher, the server's CPU per
// request and the round trips. Answers are checked equal to the Cypher answer first.
// Usage: npx tsx bench/nested/ab.ts [--rounds 5 --requests 15 --orgs 10000 --neo4j bolt://...] base=/tmp/dist-a new=dist
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/config.js';
import { generate } from '../../src/generate/generate.js';
import { CypherRegistry } from '../../src/graph/cypher.js';
import { createDriver, Graph, waitForBolt } from '../../src/graph/graph.js';
import { applySchema } from '../../src/graph/setup.js';
import { importDataset } from '../../src/import/import-dataset.js';
import { loadSeed } from '../../src/seed/load-seed.js';
import { AbServers, abNeo4j, type Child, cpuOf, variantsOf } from '../lib/ab.js';
import { NESTED } from '../lib/ops.js';
import { loadAverage, median, rotations } from '../lib/stats.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rounds: { type: 'string', default: '5' },
    requests: { type: 'string', default: '15' },
    orgs: { type: 'string', default: '10000' },
    /** A running Neo4j: loaded with the bench graph unless it holds organizations already. */
    neo4j: { type: 'string' },
  },
});
const rounds = Number(values.rounds);
const nreq = Number(values.requests);
const orgs = Number(values.orgs);
const variants = variantsOf(positionals);

const neo = await abNeo4j(values.neo4j, { prefix: 'kg-nested-ab-', pageCache: '1g' });
const uri = neo.uri;
const servers = new AbServers(uri);
try {
  const driver = createDriver({ uri });
  await waitForBolt(driver, 300_000);
  const graph = new Graph(driver, 'neo4j', new CypherRegistry(path.join(PROJECT_ROOT, 'cypher')), 600_000);
  const held = await driver.executeQuery('MATCH (o:Organization) RETURN count(o) AS n', {}, { database: 'neo4j' });
  if (held.records[0]!.get('n') < orgs) {
    await applySchema(graph);
    const dataset = path.join(PROJECT_ROOT, '.data', 'bench', `orgs-${orgs}-seed-1`);
    if (!existsSync(path.join(dataset, 'sources.csv'))) await generate({ orgs, seed: 1, outDir: dataset });
    await importDataset(graph, dataset);
    await loadSeed(graph, PROJECT_ROOT);
    console.log(`loaded ${orgs} organizations and the seed graph`);
  }

  const running = new Map<string, { port: number; child: Child }>();
  for (const v of variants) running.set(v.label, await servers.start(['ours', v.dir], v.label));

  const post = async (port: number) => {
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: NESTED.ours }),
    });
    return (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[]; extensions?: { roundTrips?: number; dbMillis?: number } };
  };
  const cypher = async () => {
    const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
    try {
      return (await session.executeRead((tx) => tx.run(NESTED.cypher))).records.map((r) => r.toObject());
    } finally {
      await session.close();
    }
  };
  // Equal answers, round trips, and a warm-up of each (plans cached).
  const floor = JSON.stringify(NESTED.fromCypher(await cypher()));
  const trips: Record<string, number | undefined> = {};
  for (const v of variants) {
    const a = await post(running.get(v.label)!.port);
    if (a.errors) throw new Error(`${v.label}: ${JSON.stringify(a.errors)}`);
    trips[v.label] = a.extensions?.roundTrips;
    const equal = JSON.stringify(NESTED.fromOurs(a.data!)) === floor;
    console.log(`${v.label}: roundTrips ${trips[v.label]}, answer equal to direct Cypher: ${equal}`);
    if (!equal) throw new Error(`${v.label}'s answer differs from direct Cypher`);
    for (let i = 0; i < 3; i++) await post(running.get(v.label)!.port);
  }
  for (let i = 0; i < 3; i++) await cypher();

  const labels = [...variants.map((v) => v.label), 'cypher'];
  const lat: Record<string, number[]> = Object.fromEntries(labels.map((l) => [l, []]));
  const cpuPer: Record<string, number[]> = Object.fromEntries(labels.map((l) => [l, []]));
  const db: Record<string, number[]> = Object.fromEntries(labels.map((l) => [l, []]));
  const floorOf: number[] = [];
  const perRound: Record<string, number[]> = Object.fromEntries(labels.map((l) => [l, []]));
  for (const [round, order] of rotations(labels, rounds).entries()) {
    const line: string[] = [];
    for (const l of order) {
      const t: number[] = [];
      const r = running.get(l);
      const c0 = r ? await cpuOf(r.child) : 0;
      for (let i = 0; i < nreq; i++) {
        const t0 = performance.now();
        if (r) {
          const a = await post(r.port);
          db[l]!.push(a.extensions?.dbMillis ?? Number.NaN);
        } else await cypher();
        t.push(performance.now() - t0);
      }
      // CPU microseconds of the server process over the requests, per request, in ms.
      if (r) cpuPer[l]!.push(((await cpuOf(r.child)) - c0) / nreq / 1000);
      lat[l]!.push(median(t));
      if (l === 'cypher') floorOf[round] = median(t);
      line.push(`${l} ${median(t).toFixed(1)} ms`);
    }
    for (const l of labels) perRound[l]!.push(lat[l]!.at(-1)! / floorOf[round]!);
    console.log(`round ${round + 1}: ${line.join(', ')}; load average ${loadAverage()}`);
  }
  console.log(`\n${NESTED.name}, ${orgs} organizations: medians over ${rounds} rounds of ${nreq} requests; load average ${loadAverage()}`);
  const c = median(lat.cypher!);
  for (const l of labels) {
    const p = median(lat[l]!);
    const extra = running.has(l)
      ? `, server CPU ${median(cpuPer[l]!).toFixed(0)} ms/request, dbMillis p50 ${median(db[l]!).toFixed(1)} ms, round trips ${trips[l]}`
      : '';
    // Each round's ratio to that round's Cypher, then their median: steadier on a busy host.
    console.log(`${l.padEnd(8)} p50 ${p.toFixed(1)} ms (x${(p / c).toFixed(2)} cypher; per-round ratio median x${median(perRound[l]!).toFixed(2)})${extra}`);
  }
  if (variants.length === 2) {
    const [a, b] = variants;
    const pair = lat[b!.label]!.map((x, i) => x / lat[a!.label]![i]!);
    console.log(`${b!.label}/${a!.label} p50 ${(median(lat[b!.label]!) / median(lat[a!.label]!)).toFixed(2)} (per-round median ${median(pair).toFixed(2)})`);
  }
  await graph.close();
} finally {
  await servers.stop();
  await neo.stop();
}
