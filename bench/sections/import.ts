// Bench section: the importer. Imports a generated dataset into the (empty) bench database and
// then again into the now populated one (the idempotent re-import, which skips unchanged rows),
// then once more with every row changed (a MERGE of every row), and reports validation
// time, the write rate of every file, totals and the importer's memory; then the offline path
// (kg import --offline) into a store of its own.
// Entry point kept stable for whoever improves the importer: importSection(graph, dataset, out).
import { rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import type { Graph } from '../../src/graph/graph.js';
import { importDataset } from '../../src/import/import-dataset.js';
import { whatImportWrote } from '../lib/import-summary.js';
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
  reimportUnchanged: number;
  /** The same files under another folder name: every row's importFile differs, so all are MERGEd and set. */
  changedSeconds: number;
  changedRowsPerSecond: number;
  changedPropertiesSet: number;
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
      `re-import into the populated database: ${again.seconds.toFixed(1)} s (${Math.round(again.rows / again.seconds)} rows/s), ${whatImportWrote(again)} (idempotent when all but the first are 0)`,
    );
    // The MERGE of every row: the same files seen from another folder name change every
    // row's importFile (and so its hash), as a new export of the same programme data would.
    const renamed = path.join(path.dirname(dataset), `${path.basename(dataset)}-renamed`);
    rmSync(renamed, { force: true });
    symlinkSync(dataset, renamed);
    const changed = await importDataset(graph, renamed).finally(() => rmSync(renamed, { force: true }));
    out(
      `re-import with every row changed (its importFile): ${changed.seconds.toFixed(1)} s (${Math.round(changed.rows / changed.seconds)} rows/s), ${whatImportWrote(changed)}`,
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
      reimportUnchanged: again.unchanged,
      changedSeconds: changed.seconds,
      changedRowsPerSecond: changed.rows / changed.seconds,
      changedPropertiesSet: changed.propertiesSet,
      peakRssMiB: mb(peakRss),
    };
  } finally {
    clearInterval(sample);
  }
}
