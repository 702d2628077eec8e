// `kg import <dir>`: validate a dataset directory, then write it (see docs/import-format.md).
import type { Config } from '../config.js';
import { formatIssue } from '../import/dataset.js';
import { type ImportSummary, importDataset } from '../import/import-dataset.js';
import { log } from './log.js';
import { progressBar } from './progress.js';
import { withGraph } from './with-graph.js';

export function printSummary(s: ImportSummary): void {
  for (const w of s.warnings) log(`warning: ${formatIssue(w)}`);
  if (s.duplicatesMerged > s.warnings.length) log(`warning: ... and ${s.duplicatesMerged - s.warnings.length} more repeated rows merged`);
  if (s.duplicatesMerged > 0)
    log(
      `merged ${s.duplicatesMerged} repeated row${s.duplicatesMerged === 1 ? '' : 's'} (${Object.entries(s.duplicatesByFile)
        .map(([f, n]) => `${f}: ${n}`)
        .join(', ')})`,
    );
  log(
    `imported ${s.rows} rows from ${Object.keys(s.files).length} files in ${s.seconds.toFixed(1)} s ` +
      `(${Math.round(s.rows / Math.max(s.seconds, 0.001))} rows/s): ${s.nodesCreated} nodes and ${s.relationshipsCreated} relationships created, ${s.propertiesSet} properties set`,
  );
}

export async function runImport(config: Config, args: string[]): Promise<void> {
  const [dir, ...rest] = args;
  if (!dir || rest.length) throw Object.assign(new Error('usage: kg import <dir>'), { userFacing: true });
  const summary = await withGraph(config, async (graph) => {
    const bar = progressBar('importing');
    log(`validating ${dir} ...`);
    try {
      // The same file caps as an API import (KG_IMPORT_MAX_*); no confinement or deadline: the
      // operator running the command chose the directory and can stop it with Ctrl-C.
      const limits = {
        maxFileBytes: config.KG_IMPORT_MAX_FILE_BYTES,
        maxLineBytes: config.KG_IMPORT_MAX_LINE_BYTES,
        maxCellChars: config.KG_IMPORT_MAX_CELL_CHARS,
      };
      return await importDataset(graph, dir, {
        read: { confined: false, limits },
        onValidated: (total) => bar.start(total),
        onProgress: (done) => bar.update(done),
      });
    } finally {
      bar.stop();
    }
  });
  printSummary(summary);
}
