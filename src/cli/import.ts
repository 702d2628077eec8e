// `kg import <dir>`: validate a dataset directory, then write it (see docs/import-format.md).

import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import { applySchema, isEmpty } from '../graph/setup.js';
import { formatIssue } from '../import/dataset.js';
import { type ImportSummary, importDataset } from '../import/import-dataset.js';
import { importDatasetOffline, type OfflinePhases } from '../import/offline-import.js';
import { openRuntime } from '../runtime.js';
import { log } from './log.js';
import { progressBar } from './progress.js';

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
      `(${Math.round(s.rows / Math.max(s.seconds, 0.001))} rows/s): ${s.nodesCreated} nodes and ${s.relationshipsCreated} relationships created, ${s.propertiesSet} properties set` +
      (s.unchanged > 0 ? `; ${s.unchanged} rows already in the graph as they are, skipped` : ''),
  );
}

/**
 * Datasets from this size on go through Neo4j's offline importer when the local store is empty.
 * Its fixed cost (stopping Neo4j, the importer's JVM and set-up, a restart, the index build) was
 * about 33 s on a quiet 2-core host, against some 20k rows/s after that; the Cypher path writes
 * 6-7k rows/s. They break even near 280k rows, about 20 MB of generated CSV (10^5
 * organizations, 55 MB: offline 77 s, Cypher 134 s; 10^4, 5.4 MB: offline 36 s, Cypher ~15 s).
 */
export const OFFLINE_MIN_BYTES = 20 * 1024 ** 2;

const USAGE = 'usage: kg import [--offline | --online] <dir>';

export async function runImport(config: Config, args: string[]): Promise<void> {
  const flags = args.filter((a) => a.startsWith('--'));
  const [dir, ...rest] = args.filter((a) => !a.startsWith('--'));
  const unknown = flags.filter((f) => f !== '--offline' && f !== '--online');
  if (!dir || rest.length || unknown.length || flags.length > 1)
    throw Object.assign(new Error(unknown.length ? `unknown option ${unknown[0]}; ${USAGE}` : USAGE), { userFacing: true });
  const mode = flags[0] === '--offline' ? 'offline' : flags[0] === '--online' ? 'online' : 'auto';
  if (mode === 'offline' && config.NEO4J_URI)
    throw Object.assign(
      new Error(
        'kg import --offline builds the store of the local Neo4j this project starts itself, and NEO4J_URI names another server; unset NEO4J_URI, or import without --offline',
      ),
      { userFacing: true },
    );
  // The same file caps as an API import (KG_IMPORT_MAX_*); no confinement or deadline: the
  // operator running the command chose the directory and can stop it with Ctrl-C.
  const read = {
    confined: false,
    limits: { maxFileBytes: config.KG_IMPORT_MAX_FILE_BYTES, maxLineBytes: config.KG_IMPORT_MAX_LINE_BYTES, maxCellChars: config.KG_IMPORT_MAX_CELL_CHARS },
  };
  let runtime = await openRuntime(config, log);
  try {
    await applySchema(runtime.graph);
    const offline =
      mode === 'offline' || (mode === 'auto' && runtime.local !== undefined && datasetBytes(dir) >= OFFLINE_MIN_BYTES && (await isEmpty(runtime.graph)));
    const bar = progressBar('importing');
    log(offline ? `validating ${dir} and writing it for Neo4j's offline importer ...` : `validating ${dir} ...`);
    let summary: ImportSummary;
    try {
      summary = offline
        ? await importDatasetOffline(
            {
              graph: runtime.graph,
              tool: { projectRoot: config.projectRoot, dataDir: config.NEO4J_DATA_DIR, heap: config.NEO4J_HEAP, offHeap: config.NEO4J_PAGECACHE, log },
              stop: () => runtime.close(),
              start: async () => {
                runtime = await openRuntime(config, log);
                return runtime.graph;
              },
            },
            dir,
            { read, onValidated: (total, s) => log(`${total} rows valid (${s.toFixed(1)} s); stopping Neo4j for the offline importer`) },
          )
        : await importDataset(runtime.graph, dir, { read, onValidated: (total) => bar.start(total), onProgress: (done) => bar.update(done) });
    } finally {
      bar.stop();
    }
    printSummary(summary);
    if ('phases' in summary) {
      const p = summary.phases as OfflinePhases;
      log(
        `offline import: validation and CSV ${p.validation.toFixed(1)} s, stopping Neo4j ${p.stop.toFixed(1)} s, Neo4j's importer ${p.tool.toFixed(1)} s (${p.toolNodes} nodes, ${p.toolRelationships} relationships with the supply-hop mirrors), start ${p.start.toFixed(1)} s, indexes ${p.indexes.toFixed(1)} s`,
      );
    }
  } finally {
    await runtime.close();
  }
}

/** The dataset files' total size (unreadable entries count 0: listDataset reports them). */
function datasetBytes(dir: string): number {
  let total = 0;
  try {
    for (const f of readdirSync(dir)) if (/\.(csv|jsonl)$/.test(f)) total += statSync(path.join(dir, f)).size;
  } catch {
    // listDataset says what is wrong with the directory
  }
  return total;
}
