// Bench section: latency of each operation (bench/lib/ops.ts) from our GraphQL server, from
// direct Cypher through neo4j-driver (the floor) and from @neo4j/graphql, interleaved: each
// repetition runs every system in turn (the order rotates), on the same ids. Answers are
// checked equal first; round trips and db hits come from one PROFILEd execution per system.
// The lookup is also timed against the bare node:http + driver endpoint (bench/lib/servers.ts),
// which answers it with the same JSON: our GraphQL and the library are reached over HTTP while
// direct Cypher is not, so ours/bare tells the HTTP hop apart from the GraphQL layer's cost.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createYoga } from 'graphql-yoga';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import { CypherRegistry } from '../../src/graph/cypher.js';
import { Graph } from '../../src/graph/graph.js';
import { createApp } from '../../src/server/app.js';
import { BENCH_SERVER_ENV, type ServerPorts } from '../lib/bench-env.js';
import { librarySchema } from '../lib/library.js';
import { OPERATIONS, type Operation } from '../lib/ops.js';
import { newTally, profilingDriver, type Tally } from '../lib/profile-driver.js';
import { fmt, median, quantile, rotations } from '../lib/stats.js';

export type System = 'ours' | 'cypher' | 'library' | 'bare';

export interface OpFigures {
  name: string;
  p50: Partial<Record<System, number>>;
  p95: Partial<Record<System, number>>;
  roundTrips: Partial<Record<System, number>>;
  dbHits: Partial<Record<System, number>>;
  equal: Partial<Record<'cypher' | 'library', boolean | string>>;
}

const KINDS = ['Source', 'Region', 'Industry', 'Organization', 'Platform', 'Project', 'Programme', 'Person', 'Event', 'Indicator'];

async function post(url: string, query: string, variables: Record<string, unknown>) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string }[]; extensions?: { roundTrips?: number } };
  if (body.errors?.length) throw new Error(`GraphQL error: ${body.errors[0]!.message}`);
  return body;
}

async function cypher(driver: Driver, op: Operation, id: string | undefined) {
  const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
  try {
    const r = await session.executeRead((tx) => tx.run(op.cypher, { id, kinds: KINDS }));
    return r.records.map((x) => x.toObject());
  } finally {
    await session.close();
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** Both answers of a failed equality, for a look (.data/bench/diff-*.json, git-ignored). */
const dump = (op: Operation, ref: string, ours: unknown, theirs: unknown) =>
  writeFileSync(path.join(PROJECT_ROOT, '.data', 'bench', `diff-${op.name.replace(/\W+/g, '-')}-${ref}.json`), JSON.stringify({ ours, theirs }, null, 1));

/** db hits and transactions of one execution per system, through a PROFILEing driver. */
async function profileOnce(driver: Driver, op: Operation, id: string | undefined) {
  const vars = op.takesId ? { id } : {};
  const tallies: Partial<Record<System, Tally>> = {};
  const body = (query: string) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: vars }) });
  // Each system answers once before its tally starts (a library's version check, plan caches).
  const t1 = newTally();
  const graph = new Graph(profilingDriver(driver, t1), 'neo4j', new CypherRegistry(path.join(PROJECT_ROOT, 'cypher')), 60_000);
  const ours = createApp(graph, { schemaDir: path.join(PROJECT_ROOT, 'schema'), config: loadConfig({ LOG_LEVEL: 'silent', ...BENCH_SERVER_ENV }) });
  await ours.fetch('http://bench/graphql', body(op.ours));
  Object.assign(t1, newTally());
  await ours.fetch('http://bench/graphql', body(op.ours));
  tallies.ours = t1;
  const t2 = newTally();
  await cypher(profilingDriver(driver, t2), op, id);
  tallies.cypher = t2;
  if (op.library) {
    const t3 = newTally();
    const lib = createYoga({ schema: await librarySchema(profilingDriver(driver, t3)), logging: false });
    await lib.fetch('http://bench/graphql', body(op.library));
    Object.assign(t3, newTally());
    await lib.fetch('http://bench/graphql', body(op.library));
    tallies.library = t3;
  }
  return tallies;
}

export async function queriesSection(opts: {
  driver: Driver;
  ports: ServerPorts;
  ids: { lookup: string[]; neighborhood: string[] };
  reps: number;
  perRep: number;
  out: (line: string) => void;
}): Promise<OpFigures[]> {
  const { driver, ports, out } = opts;
  const oursUrl = `http://127.0.0.1:${ports.ours}/graphql`;
  const libUrl = `http://127.0.0.1:${ports.library}/graphql`;
  const bareUrl = `http://127.0.0.1:${ports.bare}/graphql`;
  const figures: OpFigures[] = [];
  for (const op of OPERATIONS) {
    const pool = op.name.startsWith('neighborhood') ? opts.ids.neighborhood : opts.ids.lookup;
    const ids = op.takesId ? pool : [undefined];
    const systems: System[] = [...(['ours', 'cypher'] as const), ...(op.library ? (['library'] as const) : []), ...(op.bare ? (['bare'] as const) : [])];
    const f: OpFigures = { name: op.name, p50: {}, p95: {}, roundTrips: {}, dbHits: {}, equal: {} };
    // Equality on a few ids, and our round trips from the response.
    const trips: number[] = [];
    for (const id of ids.slice(0, 5)) {
      const vars = op.takesId ? { id } : {};
      const mine = await post(oursUrl, op.ours, vars);
      trips.push(mine.extensions?.roundTrips ?? Number.NaN);
      const a = op.fromOurs(mine.data!);
      const b = op.fromCypher(await cypher(driver, op, id));
      if (!same(a, b)) {
        f.equal.cypher = `differs for ${id ?? 'the page'}`;
        dump(op, 'cypher', a, b);
      } else f.equal.cypher ??= true;
      if (op.library && op.fromLibrary) {
        const c = op.fromLibrary((await post(libUrl, op.library, vars)).data!);
        if (!same(a, c)) {
          f.equal.library = `differs for ${id ?? 'the page'}`;
          dump(op, 'library', a, c);
        } else f.equal.library ??= true;
      }
      if (op.bare && !same(a, op.fromOurs((await post(bareUrl, op.ours, vars)).data!))) throw new Error(`the bare endpoint's answer differs for ${id}`);
    }
    f.roundTrips.ours = median(trips);
    f.roundTrips.cypher = 1;
    const tallies = await profileOnce(driver, op, ids[0]);
    for (const s of systems) {
      if (s === 'bare') continue; // the same statement as direct Cypher
      f.dbHits[s] = tallies[s]?.dbHits;
      if (s === 'library') f.roundTrips.library = tallies.library?.transactions;
    }
    // Timed: reps x (every system in rotated order x perRep requests over the id list).
    const samples: Record<System, number[]> = { ours: [], cypher: [], library: [], bare: [] };
    let k = 0;
    for (const order of rotations(systems, opts.reps)) {
      for (const s of order) {
        for (let i = 0; i < opts.perRep; i++) {
          const id = ids[(k + i) % ids.length];
          const vars = op.takesId ? { id } : {};
          const t0 = performance.now();
          if (s === 'ours') await post(oursUrl, op.ours, vars);
          else if (s === 'library') await post(libUrl, op.library!, vars);
          else if (s === 'bare') await post(bareUrl, op.ours, vars);
          else await cypher(driver, op, id);
          samples[s].push(performance.now() - t0);
        }
      }
      k += opts.perRep;
    }
    for (const s of systems) {
      f.p50[s] = median(samples[s]);
      f.p95[s] = quantile(samples[s], 0.95);
    }
    out(
      `${op.name}: ours p50 ${fmt(f.p50.ours!)} ms, cypher ${fmt(f.p50.cypher!)} ms${op.library ? `, @neo4j/graphql ${fmt(f.p50.library!)} ms` : ''}${op.bare ? `, bare endpoint ${fmt(f.p50.bare!)} ms (ours/bare ${fmt(f.p50.ours! / f.p50.bare!, 2)})` : ''}; round trips ${f.roundTrips.ours}/${f.roundTrips.cypher}${op.library ? `/${f.roundTrips.library}` : ''}; db hits ${f.dbHits.ours}/${f.dbHits.cypher}${op.library ? `/${f.dbHits.library}` : ''}; equal: cypher ${f.equal.cypher}${op.library ? `, library ${f.equal.library}` : ''}`,
    );
    figures.push(f);
  }
  return figures;
}
