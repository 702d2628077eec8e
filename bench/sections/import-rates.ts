// perfchain: per-file import rates, runnable alone (npx tsx bench/sections/import-rates.ts); the harness uses import.ts.
// Bench section: import speed. Into an empty database (rows/s per file, nodes/s and
// relationships/s), the idempotent re-import into the populated one (rows/s of MERGE that
// change nothing), the validation rate, and the importer's peak RSS (sampled every 200 ms).
// Standalone: `npx tsx bench/sections/import.ts [--orgs 100000 --seed 1]` on a fresh local
// Neo4j (temporary store); the harness calls benchImport on a graph it owns.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../../src/config.js';
import { generate } from '../../src/generate/generate.js';
import { CypherRegistry } from '../../src/graph/cypher.js';
import { createDriver, Graph } from '../../src/graph/graph.js';
import { applySchema, resetDatabase } from '../../src/graph/setup.js';
import { importDataset } from '../../src/import/import-dataset.js';
import { startLocalNeo4j } from '../../src/neo4j/local.js';
import { freePort } from '../../tests/helpers/ports.js';
import { procStat } from '../lib/process-cpu.js';

export interface ImportBenchResult {
  rows: number;
  validateRowsPerSec: number;
  files: { file: string; rows: number; seconds: number }[];
  empty: { seconds: number; nodes: number; relationships: number; nodesPerSec: number; relationshipsPerSec: number; indexSeconds: number };
  reimport: { seconds: number; rowsPerSec: number; nodesCreated: number; relationshipsCreated: number; propertiesSet: number };
  rssBeforeMiB: number;
  peakRssMiB: number;
  loadavg: number[];
  /** CPU seconds (user + system) of this process and of its child processes (a local Neo4j). */
  cpu: { empty: { node: number; children: number }; reimport: { node: number; children: number } };
}

/**
 * CPU seconds used so far by this process and by its descendants (a local Neo4j's JVM), from
 * /proc: on a shared machine wall-clock rates swing with the load, CPU time per row much less.
 */
function cpuNow(): { node: number; children: number } {
  const stat = new Map<number, { ppid: number; cpu: number }>();
  try {
    for (const d of readdirSync('/proc')) {
      const s = /^\d+$/.test(d) ? procStat(Number(d)) : undefined;
      if (s) stat.set(Number(d), s);
    }
  } catch {}
  let children = 0;
  const mine = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, s] of stat)
      if (!mine.has(pid) && mine.has(s.ppid)) {
        mine.add(pid);
        children += s.cpu;
        grew = true;
      }
  }
  const u = process.cpuUsage();
  return { node: (u.user + u.system) / 1e6, children };
}
const since = (a: { node: number; children: number }) => {
  const b = cpuNow();
  return { node: b.node - a.node, children: b.children - a.children };
};

/** Imports `dir` into the (reset) database of `graph`, then again. */
export async function benchImport(graph: Graph, dir: string): Promise<ImportBenchResult> {
  await resetDatabase(graph);
  await applySchema(graph);
  const mib = (b: number) => Math.round(b / 2 ** 20);
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sample = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 200);
  const files: ImportBenchResult['files'] = [];
  let validate = 0;
  let nodeSeconds = 0;
  let relSeconds = 0;
  let indexSeconds = 0;
  try {
    const cpu0 = cpuNow();
    const first = await importDataset(graph, dir, {
      onValidated: (rows, s) => {
        validate = rows / s;
      },
      onFileWritten: (file, rows, seconds) => {
        files.push({ file, rows, seconds });
      },
      onIndexesBuilt: (s) => {
        indexSeconds = s;
      },
    });
    for (const f of files)
      if (/^(organizations|platforms|projects|programmes|regions|industries|people|events|sources|indicators)\./.test(f.file)) nodeSeconds += f.seconds;
    relSeconds = files.reduce((a, f) => a + f.seconds, 0) - nodeSeconds;
    const cpuEmpty = since(cpu0);
    const cpu1 = cpuNow();
    const again = await importDataset(graph, dir);
    const cpuReimport = since(cpu1);
    return {
      rows: first.rows,
      validateRowsPerSec: validate,
      files,
      empty: {
        seconds: first.seconds,
        nodes: first.nodesCreated,
        relationships: first.relationshipsCreated,
        nodesPerSec: first.nodesCreated / Math.max(nodeSeconds, 0.001),
        relationshipsPerSec: first.relationshipsCreated / Math.max(relSeconds, 0.001),
        indexSeconds,
      },
      reimport: {
        seconds: again.seconds,
        rowsPerSec: again.rows / again.seconds,
        nodesCreated: again.nodesCreated,
        relationshipsCreated: again.relationshipsCreated,
        propertiesSet: again.propertiesSet,
      },
      rssBeforeMiB: mib(rssBefore),
      peakRssMiB: mib(peak),
      loadavg: os.loadavg(),
      cpu: { empty: cpuEmpty, reimport: cpuReimport },
    };
  } finally {
    clearInterval(sample);
  }
}

export function formatImport(r: ImportBenchResult): string {
  const n = (x: number) => String(Math.round(x)).padStart(8);
  return [
    `import of ${r.rows} rows, load average ${r.loadavg.map((x) => x.toFixed(2)).join(' ')}`,
    `  validate ${n(r.validateRowsPerSec)} rows/s (target >= 200000)`,
    ...r.files.map(
      (f) =>
        `  write ${f.file.padEnd(20)} ${String(f.rows).padStart(8)} rows ${f.seconds.toFixed(1).padStart(6)} s ${n(f.rows / Math.max(f.seconds, 0.001))} rows/s`,
    ),
    `  empty database: ${n(r.empty.nodesPerSec)} nodes/s (target >= 50000), ${n(r.empty.relationshipsPerSec)} relationships/s (target >= 100000), indexes built after in ${r.empty.indexSeconds.toFixed(1)} s, ${r.empty.seconds.toFixed(1)} s in all`,
    `  re-import (MERGE into the populated database): ${n(r.reimport.rowsPerSec)} rows/s (target >= 20000); created ${r.reimport.nodesCreated} nodes, ${r.reimport.relationshipsCreated} relationships, set ${r.reimport.propertiesSet} properties`,
    `  importer rss ${r.rssBeforeMiB} MiB before, peak ${r.peakRssMiB} MiB`,
    `  cpu seconds (importer / neo4j): empty ${r.cpu.empty.node.toFixed(1)} / ${r.cpu.empty.children.toFixed(1)}, re-import ${r.cpu.reimport.node.toFixed(1)} / ${r.cpu.reimport.children.toFixed(1)}`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // --port: a fixed Bolt port (agents sharing a machine are given ranges); default any free one.
  const { values } = parseArgs({
    options: { orgs: { type: 'string', default: '100000' }, seed: { type: 'string', default: '1' }, port: { type: 'string' } },
  });
  const dir = path.join(PROJECT_ROOT, '.data', 'bench', `orgs-${values.orgs}-seed-${values.seed}`);
  if (!existsSync(path.join(dir, 'sources.csv'))) await generate({ orgs: Number(values.orgs), seed: Number(values.seed), outDir: dir });
  const store = mkdtempSync(path.join(os.tmpdir(), process.env.NEO4J_DATA_PREFIX ?? 'kg-bench-import-'));
  const port = values.port ? Number(values.port) : await freePort();
  const neo = await startLocalNeo4j({ projectRoot: PROJECT_ROOT, port, dataDir: store, heap: '2g', pageCache: '2g', txTimeout: '120s' });
  const graph = new Graph(createDriver({ uri: neo.uri }), 'neo4j', new CypherRegistry(path.join(PROJECT_ROOT, 'cypher')), 120_000);
  try {
    process.stdout.write(`${formatImport(await benchImport(graph, dir))}\n`);
  } finally {
    await graph.close();
    await neo.stop();
    rmSync(store, { recursive: true, force: true });
  }
}
