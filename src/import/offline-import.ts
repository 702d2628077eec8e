// `kg import --offline` (and the default for a large dataset into an empty local store): the
// rows are validated and written as CSV in one pass, the local Neo4j is stopped, Neo4j's batch
// importer builds a new store from the CSV, the store is swapped in and Neo4j started again,
// then the schema (id constraint, indexes) is built on it. Only for the project's own local
// Neo4j (no NEO4J_URI) and an empty database: the importer makes a store, it cannot add to one.
import path from 'node:path';
import type { Graph } from '../graph/graph.js';
import { applySchema, isEmpty } from '../graph/setup.js';
import { type ImportToolOptions, removeStaging, runImportTool, swapInStore } from '../neo4j/bulk-import.js';
import { listDataset, setReadOptions } from './dataset.js';
import { type Fixups, ImportCsv } from './import-csv.js';
import { BATCH_SIZE, type ImportOptions, ImportRejected, type ImportSummary } from './import-dataset.js';
import { validateDataset } from './validate.js';

export interface OfflineStore {
  /** The running local Neo4j: validation and the emptiness check read it. */
  graph: Graph;
  /** Where its store is and what the import tool may use. */
  tool: ImportToolOptions;
  /** Stops it (the importer needs the store closed). */
  stop(): Promise<void>;
  /** Starts it again (on whichever store is in place) and returns its graph. */
  start(): Promise<Graph>;
}

export interface OfflinePhases {
  /** Reading, validating and writing the CSV, one pass. */
  validation: number;
  stop: number;
  /** Neo4j's importer, JVM start included. */
  tool: number;
  toolNodes: number;
  toolRelationships: number;
  /** The tool's own stage times: "Node import", "Relationship import", "Relationship linking", ... */
  toolStages: Record<string, number>;
  start: number;
  /** The id constraint and the indexes, built on the new store. */
  indexes: number;
  fixups: number;
}

export class OfflineImportRefused extends Error {
  readonly userFacing = true;
}

export interface OfflineSummary extends ImportSummary {
  phases: OfflinePhases;
  /** The graph on the restarted Neo4j (the one passed in is closed). */
  graph: Graph;
}

export async function importDatasetOffline(store: OfflineStore, dir: string, opts: ImportOptions = {}): Promise<OfflineSummary> {
  const started = performance.now();
  const lap = (() => {
    let at = started;
    return () => {
      const now = performance.now();
      const s = (now - at) / 1000;
      at = now;
      return s;
    };
  })();
  const { files, issues } = listDataset(dir);
  if (issues.length) throw new ImportRejected(issues, issues.length);
  if (opts.read) setReadOptions(files, opts.read);
  if (!(await isEmpty(store.graph))) {
    throw new OfflineImportRefused(
      'an offline import builds a new store, so it needs an empty database, and this one holds data; run `kg import` without --offline to merge into it, or `kg reset` first',
    );
  }

  const csv = new ImportCsv(path.join(path.resolve(store.tool.dataDir), 'import-csv'), `${path.basename(path.resolve(dir))}/`);
  let written: ReturnType<ImportCsv['finish']>;
  let summary: Omit<ImportSummary, 'nodesCreated' | 'relationshipsCreated' | 'propertiesSet' | 'seconds'>;
  try {
    const validation = await validateDataset(files, store.graph.session(opts.read?.signal), {
      onRow: (file, line, row) => csv.add(file, line, row),
      emptyDatabase: true,
    });
    if (validation.issueCount > 0) throw new ImportRejected(validation.issues, validation.issueCount);
    written = csv.finish();
    opts.onValidated?.(validation.totalRows - validation.duplicateCount, (performance.now() - started) / 1000);
    summary = {
      files: Object.fromEntries(validation.rows),
      rows: validation.totalRows,
      duplicatesMerged: validation.duplicateCount,
      duplicatesByFile: Object.fromEntries([...validation.duplicateLines].map(([f, lines]) => [f, lines.size])),
      warnings: validation.warnings,
      unchanged: 0, // into an empty store
    };
  } catch (e) {
    csv.discard();
    throw e;
  }
  const phases: Partial<OfflinePhases> = { validation: lap() };

  await store.stop();
  phases.stop = lap();
  let graph: Graph;
  try {
    const tool = await runImportTool(store.tool, written.input);
    phases.toolNodes = tool.nodes;
    phases.toolRelationships = tool.relationships;
    phases.toolStages = tool.stages;
  } catch (e) {
    // The current store was not touched: start Neo4j on it again and report the tool's error.
    await store.start().catch(() => {});
    throw e;
  } finally {
    csv.discard();
    phases.tool = lap();
  }
  const swap = swapInStore(store.tool.dataDir);
  try {
    graph = await store.start();
  } catch (e) {
    swap.rollback();
    await store.start().catch(() => {});
    throw e;
  }
  swap.commit();
  removeStaging(store.tool.dataDir);
  phases.start = lap();
  await applySchema(graph);
  phases.indexes = lap();
  opts.onIndexesBuilt?.(phases.indexes);
  await writeFixups(graph, written.fixups, opts.batchSize ?? BATCH_SIZE);
  phases.fixups = lap();
  opts.onProgress?.(summary.rows - summary.duplicatesMerged, summary.rows - summary.duplicatesMerged);
  return {
    ...summary,
    nodesCreated: written.nodesCreated,
    relationshipsCreated: written.relationshipsCreated,
    propertiesSet: written.propertiesSet,
    seconds: (performance.now() - started) / 1000,
    phases: phases as OfflinePhases,
    graph,
  };
}

/** The few values the CSV could not carry, set by Cypher on the nodes and links they belong to. */
async function writeFixups(graph: Graph, fixups: Fixups, batchSize: number): Promise<void> {
  const db = graph.session();
  for (let i = 0; i < fixups.nodes.length; i += batchSize) await db.write('import/set-node-props', { rows: fixups.nodes.slice(i, i + batchSize) });
  for (const [type, rows] of fixups.relationships) {
    for (let i = 0; i < rows.length; i += batchSize) await db.write('import/set-relationship-props', { rows: rows.slice(i, i + batchSize) }, { type });
  }
}
