// npm run bench: speed targets live here, not in unit tests. Generates (once, cached under
// .data/bench/) a synthetic dataset, imports it into a fresh local Neo4j on a free port, and
// prints validation time, per-file write rates, the total rate, the idempotent re-import, and
// the memory used, after the same dataset through the offline path (bench/lib/offline.ts).
// Usage: npm run bench:import [-- --orgs 100000 --seed 1]
// Besides wall-clock rates, each line gives the CPU seconds the importer and the Neo4j JVM
// spent on it: on a shared host the wall clock of the same run varies 2-3x with the load,
// their CPU time far less, so compare CPU figures between runs made at different loads.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/config.js';
import { generate } from '../src/generate/generate.js';
import { CypherRegistry } from '../src/graph/cypher.js';
import { createDriver, Graph } from '../src/graph/graph.js';
import { applySchema } from '../src/graph/setup.js';
import { importDataset } from '../src/import/import-dataset.js';
import { startLocalNeo4j } from '../src/neo4j/local.js';
import { freePort } from '../tests/helpers/ports.js';
import { whatImportWrote } from './lib/import-summary.js';
import { offlineImport } from './lib/offline.js';
import { processCpu } from './lib/process-cpu.js';

// --port: a fixed Bolt port (agents sharing a machine are given ranges); default any free one.
const { values } = parseArgs({
  options: { orgs: { type: 'string', default: '100000' }, seed: { type: 'string', default: '1' }, port: { type: 'string' } },
});
const orgs = Number(values.orgs);
const seed = Number(values.seed);
const out = (line: string) => process.stdout.write(`${line}\n`);
const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
const importerCpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const dataset = path.join(PROJECT_ROOT, '.data', 'bench', `orgs-${orgs}-seed-${seed}`);
if (!existsSync(path.join(dataset, 'sources.csv'))) {
  const g = await generate({ orgs, seed, outDir: dataset });
  out(`generate: ${orgs} organizations, ${Object.values(g.files).reduce((a, b) => a + b, 0)} rows in ${g.seconds.toFixed(1)} s`);
}

const port = values.port ? Number(values.port) : await freePort();
out(`load ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores`);
// First the offline path (kg import --offline, the default for a dataset this size into an
// empty local store) on a store of its own; then the Cypher path, and the MERGE re-import.
await offlineImport(dataset, { heap: '4g', pageCache: '4g', port }, out);
out('');

const store = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-'));
const neo = await startLocalNeo4j({ projectRoot: PROJECT_ROOT, port, dataDir: store, heap: '4g', pageCache: '4g', txTimeout: '120s' });
const graph = new Graph(createDriver({ uri: neo.uri }), 'neo4j', new CypherRegistry(path.join(PROJECT_ROOT, 'cypher')), 120_000);
try {
  await applySchema(graph);
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  const sample = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 200);
  // CPU seconds since the last call, of this process and of the JVM.
  let last = { importer: importerCpu(), neo4j: processCpu(neo.pid) };
  const cpuSince = () => {
    const now = { importer: importerCpu(), neo4j: processCpu(neo.pid) };
    const spent = { importer: now.importer - last.importer, neo4j: now.neo4j - last.neo4j };
    last = now;
    return `cpu importer ${spent.importer.toFixed(1).padStart(5)} s, neo4j ${spent.neo4j.toFixed(1).padStart(5)} s`;
  };
  const startCpu = { ...last };
  const totalCpu = () => `cpu importer ${(importerCpu() - startCpu.importer).toFixed(1)} s, neo4j ${(processCpu(neo.pid) - startCpu.neo4j).toFixed(1)} s`;
  const load = () => `load ${os.loadavg()[0]!.toFixed(1)}`;
  out(`${load()} on ${os.availableParallelism()} cores`);
  out('Cypher import (kg import --online):');
  const phases = {
    onIndexesBuilt: (s: number) => out(`  indexes built after the write in ${s.toFixed(1)} s; ${cpuSince()}`),
    onValidated: (rows: number, s: number) => out(`validate: ${rows} rows in ${s.toFixed(1)} s (${Math.round(rows / s)} rows/s); ${cpuSince()}`),
    onFileWritten: (file: string, rows: number, s: number) =>
      out(
        `  write ${file.padEnd(20)} ${String(rows).padStart(8)} rows ${s.toFixed(1).padStart(6)} s ${String(Math.round(rows / Math.max(s, 0.001))).padStart(7)} rows/s; ${cpuSince()}`,
      ),
  };
  const first = await importDataset(graph, dataset, phases);
  out(
    `import: ${first.rows} rows in ${first.seconds.toFixed(1)} s = ${Math.round(first.rows / first.seconds)} rows/s; ${first.nodesCreated} nodes, ${first.relationshipsCreated} relationships; ${totalCpu()}; ${load()}`,
  );
  out('re-import of the same files into the populated store:');
  const reimportCpu = { importer: importerCpu(), neo4j: processCpu(neo.pid) };
  cpuSince();
  const again = await importDataset(graph, dataset, phases);
  clearInterval(sample);
  out(
    `re-import: ${again.seconds.toFixed(1)} s = ${Math.round(again.rows / again.seconds)} rows/s, ${whatImportWrote(again)} (idempotent when all but the first are 0); cpu importer ${(importerCpu() - reimportCpu.importer).toFixed(1)} s, neo4j ${(processCpu(neo.pid) - reimportCpu.neo4j).toFixed(1)} s; ${load()}`,
  );
  out(`importer memory: rss ${mb(rssBefore)} before, peak ${mb(peakRss)}`);
} finally {
  await graph.close();
  await neo.stop();
  rmSync(store, { recursive: true, force: true });
}
