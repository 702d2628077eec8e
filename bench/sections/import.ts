// Bench section: the importer. Imports a generated dataset into the (empty) bench database and
// then again into the now populated one (the idempotent re-import), and reports validation
// time, the write rate of every file, totals and the importer's memory; then the offline path
// (kg import --offline) into a store of its own.
// Entry point kept stable for whoever improves the importer: importSection(graph, dataset, out).
import type { Graph } from '../../src/graph/graph.js';
import { importDataset } from '../../src/import/import-dataset.js';
import { type OfflineFigures, offlineImport } from '../lib/offline.js';

export interface ImportFigures {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  nodesCreated: number;
  relationshipsCreated: number;
  validateRowsPerSecond: number;
  files: { file: string; rows: number; seconds: number }[];
  reimportSeconds: number;
  reimportRowsPerSecond: number;
  reimportCreated: number;
  peakRssMiB: number;
  /** The same dataset through kg import --offline, on a store of its own. */
  offline: OfflineFigures;
}

export async function importSection(graph: Graph, dataset: string, out: (line: string) => void): Promise<ImportFigures> {
  const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  const sample = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 200);
  let validateRowsPerSecond = 0;
  const files: ImportFigures['files'] = [];
  try {
    const first = await importDataset(graph, dataset, {
      onValidated: (rows, s) => {
        validateRowsPerSecond = rows / s;
        out(`validate: ${rows} rows in ${s.toFixed(1)} s (${Math.round(rows / s)} rows/s)`);
      },
      onFileWritten: (file, rows, s) => {
        files.push({ file, rows, seconds: s });
        out(
          `  write ${file.padEnd(20)} ${String(rows).padStart(8)} rows ${s.toFixed(1).padStart(6)} s ${String(Math.round(rows / Math.max(s, 0.001))).padStart(7)} rows/s`,
        );
      },
    });
    out(
      `import into an empty database: ${first.rows} rows in ${first.seconds.toFixed(1)} s = ${Math.round(first.rows / first.seconds)} rows/s; ${first.nodesCreated} nodes, ${first.relationshipsCreated} relationships`,
    );
    const again = await importDataset(graph, dataset);
    out(
      `re-import into the populated database: ${again.seconds.toFixed(1)} s (${Math.round(again.rows / again.seconds)} rows/s), ${again.nodesCreated} nodes and ${again.relationshipsCreated} relationships created (idempotent when both are 0)`,
    );
    out(`importer memory: rss ${mb(rssBefore)} MiB before, peak ${mb(peakRss)} MiB`);
    const offline = await offlineImport(dataset, { heap: '2g', pageCache: '1g' }, out);
    return {
      offline,
      rows: first.rows,
      seconds: first.seconds,
      rowsPerSecond: first.rows / first.seconds,
      nodesCreated: first.nodesCreated,
      relationshipsCreated: first.relationshipsCreated,
      validateRowsPerSecond,
      files,
      reimportSeconds: again.seconds,
      reimportRowsPerSecond: again.rows / again.seconds,
      reimportCreated: again.nodesCreated + again.relationshipsCreated,
      peakRssMiB: mb(peakRss),
    };
  } finally {
    clearInterval(sample);
  }
}
