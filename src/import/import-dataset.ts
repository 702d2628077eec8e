// `kg import <dir>`, `kg seed` and start-up seeding all come here: validate every row of every
// file (nothing is written if any row is bad), then write in batched, idempotent transactions.
import path from 'node:path';
import type { Graph } from '../graph/graph.js';
import { dropSecondaryIndexes, isEmpty } from '../graph/setup.js';
import { formatIssue, type ImportIssue, listDataset, type ReadOptions, setReadOptions } from './dataset.js';
import { validateDataset } from './validate.js';
import { writeFile } from './write.js';

/**
 * Rows per write transaction. Each transaction costs a commit (and a full-text index flush) on
 * top of its rows, so bigger is faster, up to what the Neo4j heap holds comfortably.
 */
export const BATCH_SIZE = 10_000;

export class ImportRejected extends Error {
  readonly userFacing = true;
  constructor(
    readonly issues: ImportIssue[],
    readonly issueCount: number,
  ) {
    const shown = issues.map((i) => `  ${formatIssue(i)}`).join('\n');
    const more = issueCount > issues.length ? `\n  ... and ${issueCount - issues.length} more` : '';
    super(`import rejected, nothing was written: ${issueCount} problem${issueCount === 1 ? '' : 's'}\n${shown}${more}`);
  }
}

export interface ImportSummary {
  files: Record<string, number>;
  rows: number;
  /** Rows repeating an earlier row of their file verbatim, merged into it (not written twice). */
  duplicatesMerged: number;
  duplicatesByFile: Record<string, number>;
  /** One per merged row, the first 200: "file:line: ... repeats line N exactly; merged into it". */
  warnings: ImportIssue[];
  /** Rows the graph already held as they are (their importHash): not written again. */
  unchanged: number;
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  seconds: number;
}

export interface ImportOptions {
  batchSize?: number;
  /** Called with (rowsWritten, totalRows) as batches commit. */
  onProgress?: (done: number, total: number) => void;
  /** Called once validation passed, with the total number of rows about to be written. */
  onValidated?: (totalRows: number, seconds: number) => void;
  /** Called once the indexes a bulk import left out are built and online (benchmarks). */
  onIndexesBuilt?: (seconds: number) => void;
  /** Called as each file has been written (benchmarks report per-file rates). */
  onFileWritten?: (file: string, rows: number, seconds: number) => void;
  /**
   * How files are read: caps, confinement (API imports) and a signal that stops the import
   * (reading and further transactions) when the client goes away or the deadline passes.
   */
  read?: ReadOptions;
}

export async function importDataset(graph: Graph, dir: string, opts: ImportOptions = {}): Promise<ImportSummary> {
  const started = performance.now();
  const { files, issues } = listDataset(dir);
  if (issues.length) throw new ImportRejected(issues, issues.length);
  if (opts.read) setReadOptions(files, opts.read);

  const db = graph.session(opts.read?.signal);
  // Into an empty database every node and link is new: CREATE skips MERGE's lookups and locks.
  // Safe on re-run: a run that failed part-way left nodes, so the next run finds the database
  // non-empty and MERGEs (completing the import without duplicates); and a concurrent import
  // cannot slip a duplicate in, since a node CREATE of an existing id fails the entity_id
  // uniqueness constraint, and links only join nodes this run created itself.
  const bulk = await isEmpty(graph);
  const validation = await validateDataset(files, db, { emptyDatabase: bulk });
  if (validation.issueCount > 0) throw new ImportRejected(validation.issues, validation.issueCount);
  const toWrite = validation.totalRows - validation.duplicateCount;
  opts.onValidated?.(toWrite, (performance.now() - started) / 1000);

  // Into an empty database the range and full-text indexes are built once at the end, also
  // when a write fails (and at every start-up by applySchema, should this process die first).
  // Meanwhile a search on this database fails or finds nothing, as in an empty one.
  const restoreIndexes = bulk ? await dropSecondaryIndexes(graph) : undefined;
  let unchanged = 0;
  try {
    await writeFiles();
  } catch (e) {
    // The write's error is the one to report; a failed rebuild is applySchema's at next start.
    await restoreIndexes?.().catch(() => {});
    throw e;
  }
  if (restoreIndexes) {
    const indexing = performance.now();
    await restoreIndexes();
    opts.onIndexesBuilt?.((performance.now() - indexing) / 1000);
  }
  return {
    files: Object.fromEntries(validation.rows),
    rows: validation.totalRows,
    duplicatesMerged: validation.duplicateCount,
    duplicatesByFile: Object.fromEntries([...validation.duplicateLines].map(([f, lines]) => [f, lines.size])),
    warnings: validation.warnings,
    unchanged,
    nodesCreated: db.updates.nodesCreated,
    relationshipsCreated: db.updates.relationshipsCreated,
    propertiesSet: db.updates.propertiesSet,
    seconds: (performance.now() - started) / 1000,
  };

  async function writeFiles() {
    let done = 0;
    const filePrefix = `${path.basename(path.resolve(dir))}/`;
    for (const file of files) {
      const fileStarted = performance.now();
      await writeFile(file, db, {
        batchSize: opts.batchSize ?? BATCH_SIZE,
        filePrefix,
        skipLines: validation.duplicateLines.get(file.name),
        bulk,
        onUnchanged: (n) => {
          unchanged += n;
        },
        onRows: (n) => {
          done += n;
          opts.onProgress?.(done, toWrite);
        },
      });
      opts.onFileWritten?.(file.name, validation.rows.get(file.name) ?? 0, (performance.now() - fileStarted) / 1000);
    }
  }
}
