// npm run bench: one command, one run. Generates a graph with the project's generator (cached
// under .data/bench/), starts a bench Neo4j of its own (free loopback port, temporary store),
// imports the graph (the import section; then the offline import of 10^5 organizations on a
// store of its own, where the importer's rates are judged), loads the seed graph, starts the
// servers (ours, @neo4j/graphql, a bare endpoint) in a child process and compares, interleaved
// and repeated:
// query latency against direct Cypher and @neo4j/graphql (answers asserted equal), lookup
// throughput at 10 and 50 connections, collaborationChain against Cypher SHORTEST (with hop
// counts compared on 200 random pairs), and the load mix of `npm run load`. Prints a table and
// writes bench/results/<date>-<sha>.md with an SVG chart. Not part of npm test.
// Last, /health and /ready while 10 expensive queries run (bench/sections/probes.ts).
// Usage: npm run bench [-- --orgs 10000|100000 --reps 3 --smoke --skip-load --seed 1]
import { execSync, fork } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';
import { generate } from '../src/generate/generate.js';
import { CypherRegistry } from '../src/graph/cypher.js';
import { createDriver, Graph, waitForBolt } from '../src/graph/graph.js';
import { applySchema } from '../src/graph/setup.js';
import { type LocalNeo4j, startLocalNeo4j } from '../src/neo4j/local.js';
import { loadSeed } from '../src/seed/load-seed.js';
import { freePort } from '../tests/helpers/ports.js';
import type { ServerMessage, ServerPorts } from './lib/bench-env.js';
import { type OfflineFigures, offlineImport } from './lib/offline.js';
import { type Bar, svgChart, writeResult } from './lib/report.js';
import { fmt, loadAverage, machine } from './lib/stats.js';
import { benchChain, formatChain } from './sections/chain.js';
import { type ImportFigures, importSection } from './sections/import.js';
import { type LoadFigures, loadSection } from './sections/load.js';
import { type ProbeFigures, probesSection } from './sections/probes.js';
import { queriesSection } from './sections/queries.js';
import { throughputSection } from './sections/throughput.js';

const { values } = parseArgs({
  options: {
    orgs: { type: 'string' },
    seed: { type: 'string', default: '1' },
    reps: { type: 'string' },
    smoke: { type: 'boolean', default: false },
    'skip-load': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
  },
});
const smoke = values.smoke;
const orgs = Number(values.orgs ?? (smoke ? 1000 : 10000));
const seed = Number(values.seed);
const reps = Number(values.reps ?? (smoke ? 1 : 3));
const lines: string[] = [];
const out = (line: string) => {
  lines.push(line);
  process.stdout.write(`${line}\n`);
};
/** The size at which the offline importer's rates are judged (a 10^4 run is mostly start-up). */
const LARGE_IMPORT = 100_000;
/**
 * kg import --offline of 10^5 organizations (generated once, cached like the main dataset), then
 * the same files re-imported into that store through the Cypher path.
 */
async function largeOfflineImport(): Promise<OfflineFigures> {
  const dir = path.join(PROJECT_ROOT, '.data', 'bench', `orgs-${LARGE_IMPORT}-seed-${seed}`);
  if (!existsSync(path.join(dir, 'sources.csv'))) await generate({ orgs: LARGE_IMPORT, seed, outDir: dir });
  out(`\n## offline import of ${LARGE_IMPORT} organizations (load average ${loadAverage()})`);
  return offlineImport(dir, { heap: '2g', pageCache: '1g', reimport: true }, out);
}
const csv = (dir: string, file: string) => parse(readFileSync(path.join(dir, file)), { columns: true, skip_empty_lines: true }) as Record<string, string>[];

const started = new Date();
const sha = (() => {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: PROJECT_ROOT }).toString().trim();
  } catch {
    return 'nogit';
  }
})();
out(`bench ${started.toISOString()} at ${sha}${smoke ? ' (smoke)' : ''}: ${orgs} organizations, ${reps} repetitions`);
out(`machine: ${machine()}; load average ${loadAverage()}`);

const dataset = path.join(PROJECT_ROOT, '.data', 'bench', `orgs-${orgs}-seed-${seed}`);
if (!existsSync(path.join(dataset, 'sources.csv'))) {
  const g = await generate({ orgs, seed, outDir: dataset });
  out(`generate: ${orgs} organizations, ${Object.values(g.files).reduce((a, b) => a + b, 0)} rows in ${g.seconds.toFixed(1)} s`);
}

let neo: LocalNeo4j | undefined;
let graph: Graph | undefined;
let child: ReturnType<typeof fork> | undefined;
const store = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-'));
const cleanup = async () => {
  if (child && child.exitCode === null) child.kill('SIGTERM');
  await graph?.close();
  await neo?.stop();
  rmSync(store, { recursive: true, force: true });
};
process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));

try {
  neo = await startLocalNeo4j({
    projectRoot: PROJECT_ROOT,
    port: await freePort(),
    dataDir: store,
    nice: loadConfig().NEO4J_NICE, // as `kg serve` starts it
    heap: '2g',
    pageCache: '1g',
    txTimeout: '120s',
    startTimeoutMs: 600_000,
  });
  out(`neo4j: ${neo.version} at ${neo.uri}`);
  const driver = createDriver({ uri: neo.uri });
  // On a busy machine Bolt can lag the READY line; wait rather than fail the run.
  await waitForBolt(driver, 300_000);
  graph = new Graph(driver, 'neo4j', new CypherRegistry(path.join(PROJECT_ROOT, 'cypher')), 120_000);
  await applySchema(graph);

  out('\n## import');
  const imp: ImportFigures = await importSection(graph, dataset, out);
  // At 10^4 the offline importer's rates are mostly its fixed start-up (the node stage alone
  // starts at about 1.2 s): its targets are judged on 10^5 organizations, on a store of its own.
  const large = !smoke && orgs < LARGE_IMPORT ? await largeOfflineImport() : undefined;
  const importer = large ?? imp.offline;
  const importerOrgs = large ? LARGE_IMPORT : orgs;
  await loadSeed(graph, PROJECT_ROOT);

  // Ids: organizations with platforms (lookup), and for neighbourhoods the same, sampled evenly.
  const members = csv(dataset, 'member_of.csv');
  const withPlatforms = [...new Set(members.map((r) => r.from!))];
  const step = Math.max(1, Math.floor(withPlatforms.length / 200));
  const lookupIds = withPlatforms.filter((_, i) => i % step === 0).slice(0, 200);

  child = fork(fileURLToPath(new URL('./lib/servers.ts', import.meta.url)), [], {
    execArgv: process.execArgv,
    env: { NODE_ENV: 'production', ...process.env, KG_BENCH_NEO4J: neo.uri }, // as npm start (bin/kg.mjs)
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ports = await new Promise<ServerPorts>((resolve, reject) => {
    child!.once('message', (m: ServerMessage) => (m.type === 'ready' ? resolve(m.ports) : reject(new Error('servers did not start'))));
    child!.once('exit', (c) => reject(new Error(`the bench servers exited (${c})`)));
  });

  out(`\n## queries (load average ${loadAverage()})`);
  const ops = await queriesSection({ driver, ports, ids: { lookup: lookupIds, neighborhood: lookupIds.slice(0, 40) }, reps, perRep: smoke ? 5 : 20, out });

  out(`\n## throughput (load average ${loadAverage()})`);
  const tp = await throughputSection({ ports, ids: lookupIds, reps, seconds: smoke ? 2 : 5, connections: [10, 50], out });
  child.kill('SIGTERM');

  out(`\n## collaborationChain (load average ${loadAverage()})`);
  const chain = await benchChain(graph, { pairs: smoke ? 5 : 30, reps: smoke ? 1 : reps, checkPairs: smoke ? 20 : 200, seed });
  out(formatChain(chain));

  let load: LoadFigures | undefined;
  if (!values['skip-load']) {
    out(`\n## load mix (load average ${loadAverage()})`);
    load = await loadSection({ uri: neo.uri, orgs, seed, seconds: smoke ? 5 : 30, connections: 50, out });
  }

  // Last: it adds a 9,000-member hub to the graph.
  out(`\n## probes under expensive queries (load average ${loadAverage()})`);
  const probes: ProbeFigures = await probesSection({ uri: neo.uri, graph, reps: Math.max(reps, 3), out });

  // The table and the targets.
  const r = (a?: number, b?: number) => (a !== undefined && b !== undefined ? a / b : Number.NaN);
  const table = [
    '| operation | ours | direct Cypher | ours/Cypher | @neo4j/graphql | ours/library | round trips (ours/Cypher/library) | db hits (ours/Cypher/library) | answers equal |',
    '|---|---|---|---|---|---|---|---|---|',
    ...ops.map(
      (o) =>
        `| ${o.name} | ${fmt(o.p50.ours!)} ms | ${fmt(o.p50.cypher!)} ms | ${fmt(r(o.p50.ours, o.p50.cypher), 2)} | ${o.p50.library !== undefined ? `${fmt(o.p50.library)} ms` : '–'} | ${fmt(r(o.p50.ours, o.p50.library), 2)} | ${o.roundTrips.ours} / 1 / ${o.roundTrips.library ?? '–'} | ${o.dbHits.ours} / ${o.dbHits.cypher} / ${o.dbHits.library ?? '–'} | ${o.equal.cypher}${o.equal.library !== undefined ? ` / ${o.equal.library}` : ''} |`,
    ),
    ...ops
      .filter((o) => o.p50.bare !== undefined)
      .map(
        (o) =>
          `| ${o.name}, both over HTTP | ${fmt(o.p50.ours!)} ms | bare endpoint ${fmt(o.p50.bare!)} ms | ${fmt(r(o.p50.ours, o.p50.bare), 2)} of bare | | | | | |`,
      ),
    ...tp.map(
      (t) =>
        `| lookup throughput, ${t.connections} connections | ${t.rps.ours.toFixed(0)} req/s | bare ${t.rps.bare.toFixed(0)} req/s | ${fmt(t.rps.ours / t.rps.bare, 2)} of bare | ${t.rps.library.toFixed(0)} req/s | ${fmt(t.rps.ours / t.rps.library, 2)}x library | p99 ${t.p99.ours} / ${t.p99.bare} / ${t.p99.library} ms | errors ${t.errors.ours} / ${t.errors.bare} / ${t.errors.library} | |`,
    ),
    `| collaborationChain, ${chain.pairs} pairs at 2-4 hops | p50 ${fmt(chain.ours.p50)} ms, p95 ${fmt(chain.ours.p95)} ms | SHORTEST 1: p50 ${fmt(chain.direct.p50)} ms | ${fmt(chain.ratio, 2)} | | | | | hop counts equal on ${chain.checked.pairs - chain.checked.mismatches.length} of ${chain.checked.pairs} random pairs (${chain.checked.withSupply} with supply hops) |`,
    ...(load
      ? [
          `| load mix, ${load.connections} connections, ${load.seconds} s | ${load.rps} req/s, p50 ${load.p50} ms, p99 ${load.p99} ms, max ${load.max} ms | | | | | | GraphQL errors ${load.graphqlErrors}${load.errorCodes ? ` (${load.errorCodes})` : ''}; ${load.serverErrors} | |`,
        ]
      : []),
    `| /health, /ready during 10 depth-3 neighbourhoods | p99 ${fmt(probes.health.p99)} / ${fmt(probes.ready.p99)} ms | | | | | | p50 ${fmt(probes.health.p50)} / ${fmt(probes.ready.p50)} ms; queries ${probes.statuses} | |`,
    `| import (${orgs} orgs) | ${Math.round(imp.rowsPerSecond)} rows/s into empty; re-import ${Math.round(imp.reimportRowsPerSecond)} rows/s (${imp.reimportUnchanged} unchanged, skipped); every row changed ${Math.round(imp.changedRowsPerSecond)} rows/s | validation ${Math.round(imp.validateRowsPerSecond)} rows/s | | | | | ${imp.nodesCreated} nodes, ${imp.relationshipsCreated} rels; peak rss ${imp.peakRssMiB} MiB | |`,
    ...[[orgs, imp.offline] as const, ...(large ? [[LARGE_IMPORT, large] as const] : [])].map(
      ([n, o]) =>
        `| offline import (${n} orgs, kg import --offline) | ${Math.round(o.rows / o.seconds)} rows/s end to end (${fmt(o.seconds)} s) | Neo4j's importer: ${Math.round(o.nodesPerSecond)} nodes/s, ${Math.round(o.relationshipsPerSecond)} rels/s | validation + CSV ${Math.round(o.validateRowsPerSecond)} rows/s | | | | restart ${fmt(o.phases.stop + o.phases.start)} s, indexes ${fmt(o.phases.indexes)} s${o.reimport ? `; re-import ${Math.round(o.reimport.rowsPerSecond)} rows/s (${o.reimport.unchanged} unchanged)` : ''} | |`,
    ),
  ];
  const bars: Bar[] = [
    ...ops.map((o) => ({ label: `${o.name}: ours/Cypher p50`, ratio: r(o.p50.ours, o.p50.cypher), target: 1.3 })),
    ...ops.filter((o) => o.p50.library !== undefined).map((o) => ({ label: `${o.name}: ours/@neo4j/graphql`, ratio: r(o.p50.ours, o.p50.library), target: 1 })),
    { label: 'collaborationChain: ours/SHORTEST p50', ratio: chain.ratio, target: 3 },
    ...tp.map((t) => ({ label: `throughput ${t.connections} conn: bare/ours`, ratio: t.rps.bare / t.rps.ours, target: 1 / 0.7 })),
    ...tp.map((t) => ({ label: `throughput ${t.connections} conn: library/ours`, ratio: t.rps.library / t.rps.ours, target: 1 })),
    ...(load ? [{ label: 'load mix p99 / 1 s', ratio: load.p99 / 1000, target: 1 }] : []),
    { label: '/health p99 under expensive queries / 100 ms', ratio: probes.health.p99 / 100, target: 1 },
    { label: '/ready p99 under expensive queries / 100 ms', ratio: probes.ready.p99 / 100, target: 1 },
    // Import rates as target/measured (<= 1 when met). Nodes and relationships: the offline
    // importer's own stages; validation: the one pass of the offline path; re-imports: the same files
    // again (unchanged rows skipped) and under another folder name (every row MERGEd and set).
    { label: `import: 50k nodes/s / offline importer nodes/s (${importerOrgs} orgs)`, ratio: 50_000 / importer.nodesPerSecond, target: 1 },
    { label: `import: 100k rels/s / offline importer rels/s (${importerOrgs} orgs)`, ratio: 100_000 / importer.relationshipsPerSecond, target: 1 },
    {
      label: `import: 20k rows/s / re-import rows/s (${orgs} orgs, unchanged rows skipped by their hash)`,
      ratio: 20_000 / imp.reimportRowsPerSecond,
      target: 1,
    },
    ...(large?.reimport
      ? [
          {
            label: `import: 20k rows/s / re-import rows/s (${LARGE_IMPORT} orgs into the offline store, unchanged rows skipped)`,
            ratio: 20_000 / large.reimport.rowsPerSecond,
            target: 1,
          },
        ]
      : []),
    {
      label: `import: 20k rows/s / re-import rows/s (${orgs} orgs, every row changed: a MERGE of every row)`,
      ratio: 20_000 / imp.changedRowsPerSecond,
      target: 1,
    },
    { label: 'import: 200k rows/s / validation rows/s', ratio: 200_000 / imp.validateRowsPerSecond, target: 1 },
  ];
  const targets = bars.map((b) => `- ${b.label}: ${fmt(b.ratio, 2)} (target <= ${fmt(b.target, 2)}) ${b.ratio <= b.target ? 'met' : 'NOT met'}`);
  targets.push(
    `- collaborationChain hop counts: ${chain.checked.mismatches.length} of ${chain.checked.pairs} random pairs differ from SHORTEST (target 0) ${chain.checked.mismatches.length === 0 && chain.mismatches === 0 ? 'met' : 'NOT met'}`,
  );
  if (load)
    targets.push(
      `- load mix errors: ${load.graphqlErrors} GraphQL errors, ${load.serverErrors} (target 0) ${load.ok && load.graphqlErrors === 0 ? 'met' : 'NOT met'}`,
    );
  out('\n## results (p50 latency; medians over the repetitions)');
  for (const l of table) out(l);
  out('\ntargets:');
  for (const l of targets) out(l);
  out(`\nload average at the end: ${loadAverage()}`);

  if (!values['no-write']) {
    const name = `${started.toISOString().slice(0, 10)}-${sha}${smoke ? '-smoke' : ''}`;
    const md = `# Benchmark ${started.toISOString()} at ${sha}\n\n{{chart}}\n\n\`\`\`\n${lines.join('\n')}\n\`\`\`\n`;
    out(`written: ${path.relative(PROJECT_ROOT, writeResult(path.join(PROJECT_ROOT, 'bench', 'results'), name, md, svgChart(bars)))}`);
  }
} finally {
  await cleanup();
}
