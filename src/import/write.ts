// Pass 2 of an import: rows already validated are written in batches, one transaction per
// batch, with MERGE on ids (nodes) and on (from, type, to) (relationships), so re-running an
// import changes nothing and a failed run can simply be run again.
import neo4j from 'neo4j-driver';
import type { GraphSession } from '../graph/graph.js';
import { labelsFor } from '../model/labels.js';
import { type RelFile, relationshipKinds } from '../model/records.js';
import { props } from '../model/stored-props.js';
import { type DatasetFile, readBatches } from './dataset.js';
import { schemaFor } from './validate.js';

export interface WriteOptions {
  batchSize: number;
  /** Recorded on every node and relationship as importFile, e.g. "seeds/platforms.jsonl". */
  filePrefix: string;
  onRows?: (n: number) => void;
  /** Lines validation merged into an earlier identical row: not written again. */
  skipLines?: Set<number>;
  /**
   * CREATE instead of MERGE (cypher/import/create-*): only for an import that found the
   * database empty, so every id and link it writes is its own (see importDataset).
   */
  bulk?: boolean;
}

/** Columns that are a row's identity or links, not stored properties (also src/import/import-csv.ts). */
export const NODE_ONLY = new Set(['id', 'about']);
export const REL_ONLY = new Set(['from', 'to']);

export async function writeFile(file: DatasetFile, db: GraphSession, opts: WriteOptions): Promise<void> {
  const schema = schemaFor(file);
  const importFile = `${opts.filePrefix}${file.name}`;
  let batch: Record<string, unknown>[] = [];
  const about: Record<string, unknown>[] = [];
  // One batch is written while the next is parsed (Node and Neo4j each keep a core busy);
  // batches still commit one after another, in file order.
  let inFlight: Promise<void> = Promise.resolve();

  const flush = async () => {
    if (batch.length === 0) return;
    const rows = batch;
    batch = [];
    await inFlight;
    const type = file.isNode ? null : relationshipKinds[file.kind as RelFile].type;
    const bulk = opts.bulk === true;
    const write =
      type !== null ? writeRelationships(db, type, rows, bulk) : bulk ? db.writeAll(createNodeSteps(rows)) : db.write('import/merge-nodes', { rows });
    // The only nodes a SUPPLIES batch creates are the links' :SupplyHop mirrors (one node and
    // two relationships each, cypher/import/merge-supplies): derived, so not counted as imported.
    const hopsBefore = db.updates.nodesCreated;
    inFlight = write.then(() => {
      if (type === 'SUPPLIES') {
        const hops = db.updates.nodesCreated - hopsBefore;
        db.updates.nodesCreated -= hops;
        db.updates.relationshipsCreated -= 2 * hops;
      }
      opts.onRows?.(rows.length);
    });
    // Observed when awaited below; this only keeps a failure from counting as unhandled meanwhile.
    inFlight.catch(() => {});
  };

  for await (const raws of readBatches(file)) {
    for (const raw of raws) {
      if ('error' in raw) throw new Error(`${file.name}:${raw.line} changed since validation: ${raw.error}`);
      if (opts.skipLines?.has(raw.line)) continue;
      const row = schema.parse(raw.values) as Record<string, unknown>;
      if (file.isNode) {
        batch.push({ id: row.id, labels: labelsFor(file.kind as never, row), props: props(row, NODE_ONLY, importFile, raw.line) });
        if (file.kind === 'indicators') about.push({ from: row.id, to: row.about, props: { importFile, importLine: neo4j.int(raw.line), source: row.source } });
      } else {
        batch.push({ from: row.from, to: row.to, props: props(row, REL_ONLY, importFile, raw.line) });
      }
      if (batch.length >= opts.batchSize) await flush();
    }
  }
  await flush();
  await inFlight;
  // An indicator's subject may be another row of the same file, so its ABOUT links are
  // written once all of the file's nodes exist.
  for (let i = 0; i < about.length; i += opts.batchSize) {
    await writeRelationships(db, 'ABOUT', about.slice(i, i + opts.batchSize), opts.bulk === true);
  }
}

/**
 * One batch of links, the type a literal in the statement: CREATE into an empty database, else
 * MERGE. SUPPLIES links also keep their :SupplyHop mirrors (cypher/import/*-supplies).
 */
function writeRelationships(db: GraphSession, type: string, rows: Record<string, unknown>[], bulk: boolean): Promise<unknown> {
  if (type === 'SUPPLIES') return db.write(`import/${bulk ? 'create' : 'merge'}-supplies`, { rows });
  return db.write(`import/${bulk ? 'create' : 'merge'}-relationships`, { rows }, { type });
}

/**
 * One CREATE per label combination in the batch (one transaction for all of them), each with
 * its labels as literals: `SET n:$(row.labels)` made Neo4j resolve and add labels row by row.
 */
function createNodeSteps(rows: Record<string, unknown>[]) {
  const groups = new Map<string, { labels: string[]; rows: Record<string, unknown>[] }>();
  for (const { labels, ...row } of rows as { labels: string[] }[]) {
    if (labels.length > 2) throw new Error(`no bulk statement for ${labels.length} labels (${labels.join(':')})`);
    const key = labels.join(':');
    let g = groups.get(key);
    if (!g) {
      g = { labels, rows: [] };
      groups.set(key, g);
    }
    g.rows.push(row);
  }
  return [...groups.values()].map(({ labels: [label, kind], rows }): { name: string; params: { rows: unknown[] }; vars: Record<string, string> } =>
    kind === undefined
      ? { name: 'import/create-nodes', params: { rows }, vars: { label: label! } }
      : { name: 'import/create-nodes-kind', params: { rows }, vars: { label: label!, kind } },
  );
}
