// Bench section: collaborationChain against a direct Cypher SHORTEST query on the same graph.
// Pairs of organizations at 2..4 hops are drawn from the dataset; for each repetition the three
// calls run interleaved, in a shuffled order: our GraphQL operation (in-process yoga app, no
// HTTP), the direct statement through neo4j-driver (SHORTEST 1 over the same uniform hops, the
// floor) and the level-by-level search it replaced (for the before figure). Medians and p95.
// Apart from the timing, `checkPairs` random pairs (default 200; reachable ones, counting those
// whose shortest chain has a supply hop) compare our chain length with the direct query's.
// Standalone: `npx tsx bench/sections/chain.ts [--orgs 20000 --pairs 30 --reps 3 --check 200]`, against
// NEO4J_URI when set (already loaded), else a fresh local Neo4j with a generated dataset.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import { generate } from '../../src/generate/generate.js';
import { CypherRegistry } from '../../src/graph/cypher.js';
import { createDriver, Graph } from '../../src/graph/graph.js';
import { applySchema, isEmpty } from '../../src/graph/setup.js';
import { importDataset } from '../../src/import/import-dataset.js';
import { startLocalNeo4j } from '../../src/neo4j/local.js';
import { createApp } from '../../src/server/app.js';
import { breadthFirst, VIA_TYPES } from '../../src/traversal/chain-search.js';
import { freePort } from '../../tests/helpers/ports.js';
import { BENCH_SERVER_ENV } from '../lib/bench-env.js';

const DIRECT = `MATCH p = SHORTEST 1 (a:Entity {id: $from})
  ((x:Organization)-[r1:MEMBER_OF|HOSTED_BY|UNDERTAKES|SUPPLY_HOP]-(c:Platform|Project|SupplyHop)-[r2:MEMBER_OF|HOSTED_BY|UNDERTAKES|SUPPLY_HOP]-(y:Organization)){1,6}
  (b:Entity {id: $to})
RETURN [n IN nodes(p) WHERE n:Organization | n.id] AS orgs, any(n IN nodes(p) WHERE n:SupplyHop) AS supply`;
const QUERY = `query($from: ID!, $to: ID!) { collaborationChain(from: $from, to: $to, maxHops: 6) {
  length organizations { id } hops { via connector { __typename ... on Platform { id } ... on Project { id } ... on SupplyLink { product } } fromEnd { role provenance { evidence } } toEnd { role } } } }`;

export interface ChainBenchResult {
  pairs: number;
  reps: number;
  ours: { p50: number; p95: number };
  direct: { p50: number; p95: number };
  before: { p50: number; p95: number };
  ratio: number;
  mismatches: number;
  /** Random pairs whose hop counts were compared, those with a supply hop, and those differing. */
  checked: { pairs: number; withSupply: number; mismatches: string[] };
}

const pct = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
};

/** Runs the comparison on a loaded graph. */
export async function benchChain(graph: Graph, opts: { pairs: number; reps: number; checkPairs?: number; seed?: number }): Promise<ChainBenchResult> {
  // With the benchmark's settings: the read cache off, or every repetition after the first is a hit.
  const app = createApp(graph, { schemaDir: path.join(PROJECT_ROOT, 'schema'), config: loadConfig({ LOG_LEVEL: 'silent', ...BENCH_SERVER_ENV }) });
  const session = graph.driver.session({ database: graph.database });
  const ids = (await session.run('MATCH (o:Organization) RETURN o.id AS id ORDER BY id')).records.map((r) => r.get('id') as string);
  let s = opts.seed ?? 1;
  const rand = (n: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s % n;
  };
  const direct = async (from: string, to: string) => {
    const t = performance.now();
    const r = await session.run(DIRECT, { from, to });
    const row = r.records[0];
    return {
      ms: performance.now() - t,
      length: row ? (row.get('orgs') as string[]).length - 1 : undefined,
      supply: row ? (row.get('supply') as boolean) : false,
    };
  };
  const ours = async (from: string, to: string) => {
    const t = performance.now();
    const res = await app.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY, variables: { from, to } }),
    });
    const body = (await res.json()) as { data?: { collaborationChain: { length: number }[] }; errors?: unknown };
    if (body.errors) throw new Error(`collaborationChain ${from} -> ${to}: ${JSON.stringify(body.errors)}`);
    return { ms: performance.now() - t, length: body.data?.collaborationChain[0]?.length };
  };
  const before = async (from: string, to: string) => {
    const t = performance.now();
    const chains = await breadthFirst(graph.session(), from, to, {
      maxHops: 6,
      k: 1,
      types: [...VIA_TYPES.PLATFORM, ...VIA_TYPES.PROJECT, ...VIA_TYPES.SUPPLY],
    });
    return { ms: performance.now() - t, length: chains[0]?.hops.length };
  };
  // Pairs with a chain of 2..4 hops, as the direct query measures them.
  const pairs: [string, string][] = [];
  for (let tries = 0; pairs.length < opts.pairs && tries < opts.pairs * 20; tries++) {
    const from = ids[rand(ids.length)]!;
    const to = ids[rand(ids.length)]!;
    const d = (await direct(from, to)).length;
    if (from !== to && d !== undefined && d >= 2 && d <= 4) pairs.push([from, to]);
  }
  const times = { ours: [] as number[], direct: [] as number[], before: [] as number[] };
  let mismatches = 0;
  for (const [from, to] of pairs) await ours(from, to); // warm-up: plans cached
  for (let rep = 0; rep < opts.reps; rep++)
    for (const [from, to] of pairs) {
      const runs = [
        ['ours', ours],
        ['direct', direct],
        ['before', before],
      ] as const;
      const order = [...runs].sort(() => rand(3) - 1);
      const lengths: Record<string, number | undefined> = {};
      for (const [name, run] of order) {
        const r = await run(from, to);
        times[name].push(r.ms);
        lengths[name] = r.length;
      }
      if (lengths.ours !== lengths.direct || lengths.ours !== lengths.before) mismatches += 1;
    }
  // Hop counts on random reachable pairs, any length up to 6, supply hops among them.
  const checked = { pairs: 0, withSupply: 0, mismatches: [] as string[] };
  for (let tries = 0; checked.pairs < (opts.checkPairs ?? 200) && tries < (opts.checkPairs ?? 200) * 10; tries++) {
    const from = ids[rand(ids.length)]!;
    const to = ids[rand(ids.length)]!;
    if (from === to) continue;
    const d = await direct(from, to);
    if (d.length === undefined) continue;
    const o = await ours(from, to);
    checked.pairs += 1;
    if (d.supply) checked.withSupply += 1;
    if (o.length !== d.length) checked.mismatches.push(`${from} -> ${to}: ours ${o.length}, direct ${d.length}`);
  }
  await session.close();
  const sum = (xs: number[]) => ({ p50: pct(xs, 0.5), p95: pct(xs, 0.95) });
  const r = {
    pairs: pairs.length,
    reps: opts.reps,
    ours: sum(times.ours),
    direct: sum(times.direct),
    before: sum(times.before),
    ratio: 0,
    mismatches,
    checked,
  };
  r.ratio = r.ours.p50 / r.direct.p50;
  return r;
}

export function formatChain(r: ChainBenchResult): string {
  const f = (x: { p50: number; p95: number }) => `p50 ${x.p50.toFixed(1)} ms, p95 ${x.p95.toFixed(1)} ms`;
  return [
    `collaborationChain, ${r.pairs} pairs at 2-4 hops x ${r.reps} repetitions (interleaved), load average ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
    `  ours (GraphQL, in-process)        ${f(r.ours)}`,
    `  direct Cypher SHORTEST 1          ${f(r.direct)}`,
    `  before (level-by-level search)    ${f(r.before)}`,
    `  ours / direct at p50: ${r.ratio.toFixed(2)} (target <= 3); hop counts differing: ${r.mismatches}`,
    `  hop counts on ${r.checked.pairs} random reachable pairs (${r.checked.withSupply} with a supply hop): ${r.checked.mismatches.length} differ${r.checked.mismatches.length ? ` (${r.checked.mismatches.slice(0, 5).join('; ')})` : ''}`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      orgs: { type: 'string', default: '20000' },
      pairs: { type: 'string', default: '30' },
      reps: { type: 'string', default: '3' },
      check: { type: 'string', default: '200' },
    },
  });
  const uri = process.env.NEO4J_URI;
  const store = uri ? null : mkdtempSync(path.join(os.tmpdir(), 'kg-bench-chain-'));
  const neo = store
    ? await startLocalNeo4j({ projectRoot: PROJECT_ROOT, port: await freePort(), dataDir: store, heap: '2g', pageCache: '1g', txTimeout: '120s' })
    : null;
  const graph = new Graph(createDriver({ uri: uri ?? neo!.uri }), 'neo4j', new CypherRegistry(path.join(PROJECT_ROOT, 'cypher')), 120_000);
  try {
    await applySchema(graph);
    if (await isEmpty(graph)) {
      const dir = path.join(PROJECT_ROOT, '.data', 'bench', `orgs-${values.orgs}-seed-1`);
      await generate({ orgs: Number(values.orgs), seed: 1, outDir: dir });
      await importDataset(graph, dir);
    }
    process.stdout.write(
      `${formatChain(await benchChain(graph, { pairs: Number(values.pairs), reps: Number(values.reps), checkPairs: Number(values.check) }))}\n`,
    );
  } finally {
    await graph.close();
    await neo?.stop();
    if (store) rmSync(store, { recursive: true, force: true });
  }
}
