// Pass 2 of an import: rows already validated are written in batches, one transaction per
// batch, with MERGE on ids (nodes) and on (from, type, to) (relationships), so re-running an
// import changes nothing and a failed run can simply be run again.
import neo4j from 'neo4j-driver';
import type { GraphSession } from '../graph/graph.js';
import { labelsFor } from '../model/labels.js';
import { type RelFile, relationshipKinds } from '../model/records.js';
import { importKey, props, withImportHash } from '../model/stored-props.js';
import { type DatasetFile, readBatches } from './dataset.js';
import { schemaFor } from './validate.js';

export interface WriteOptions {
  batchSize: number;
  /** Recorded on every node and relationship as importFile, e.g. "seeds/platforms.jsonl". */
  filePrefix: string;
  onRows?: (n: number) => void;
  /** Lines validation merged into an earlier identical row: not written again. */
  skipLines?: Set<number>;
  /** Rows skipped as the graph already holds them as they are (their importHash). */
  onUnchanged?: (n: number) => void;
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
  let batch: Batch = [];
  const about: Batch = [];
  const type = file.isNode ? null : relationshipKinds[file.kind as RelFile].type;
  // Node parses the next batches while one is written and the following ones' unchanged
  // checks run (reads, so on Neo4j's other core): a re-import of unchanged data is mostly
  // those checks. Writes still commit one after another, in file order.
  let written: Promise<void> = Promise.resolve();
  const ahead: Promise<void>[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const rows = batch;
    batch = [];
    if (ahead.length >= BATCHES_AHEAD) await ahead.shift();
    const changed = changedRows(db, type, rows, opts);
    changed.catch(() => {}); // observed below, once the earlier writes are done
    const before = written;
    written = before.then(async () => {
      await writeRows(db, type, await changed, opts.bulk === true);
      opts.onRows?.(rows.length);
    });
    // Observed when awaited; this only keeps a failure from counting as unhandled meanwhile.
    written.catch(() => {});
    ahead.push(written);
  };

  for await (const raws of readBatches(file)) {
    for (const raw of raws) {
      if ('error' in raw) throw new Error(`${file.name}:${raw.line} changed since validation: ${raw.error}`);
      if (opts.skipLines?.has(raw.line)) continue;
      const row = schema.parse(raw.values) as Record<string, unknown>;
      if (file.isNode) {
        const labels = labelsFor(file.kind as never, row);
        batch.push({ id: row.id, labels, props: props(row, NODE_ONLY, importFile, raw.line, importKey(row.id as string, labels)) });
        if (file.kind === 'indicators') about.push({ from: row.id, to: row.about, props: aboutProps(row, importFile, raw.line) });
      } else {
        batch.push({ from: row.from, to: row.to, props: props(row, REL_ONLY, importFile, raw.line, importKey(row.from as string, type!, row.to as string)) });
      }
      if (batch.length >= opts.batchSize) await flush();
    }
  }
  await flush();
  await written;
  // An indicator's subject may be another row of the same file, so its ABOUT links are
  // written once all of the file's nodes exist.
  for (let i = 0; i < about.length; i += opts.batchSize) {
    const rows = about.slice(i, i + opts.batchSize);
    await writeRows(db, 'ABOUT', await changedRows(db, 'ABOUT', rows, { ...opts, onUnchanged: undefined }), opts.bulk === true); // not rows of their own
  }
}

/** An indicator's ABOUT link carries the indicator row's provenance (as mutations/set-about). */
export function aboutProps(row: Record<string, unknown>, importFile: string, line: number) {
  return withImportHash(importKey(row.id as string, 'ABOUT', row.about as string), { importFile, importLine: neo4j.int(line), source: row.source });
}

/** Rows as written: a node's id and labels, or a link's ends, and the stored properties. */
type Batch = { id?: unknown; from?: unknown; to?: unknown; labels?: string[]; props: { importHash: string } & Record<string, unknown> }[];

/** Batches parsed ahead of the one being written (each up to batchSize rows in memory). */
const BATCHES_AHEAD = 2;

/**
 * The rows of a batch whose node or relationship does not hold the row's importHash: new rows,
 * changed ones and those edited since (edits remove the hash); all of them into an empty
 * database. Asking first costs an index lookup a row; sending every row to MERGE cost Neo4j
 * unpacking and comparing each property and Node packing them: a re-import of 10^5
 * organizations ran at 9.4k rows/s that way.
 */
async function changedRows(db: GraphSession, type: string | null, rows: Batch, opts: WriteOptions): Promise<Batch> {
  if (opts.bulk === true) return rows;
  const [r] =
    type === null
      ? await db.read('import/unchanged-nodes', { rows: rows.map((x, i) => ({ i, id: x.id, h: x.props.importHash })) })
      : await db.read('import/unchanged-relationships', { rows: rows.map((x, i) => ({ i, from: x.from, to: x.to, h: x.props.importHash })) }, { type });
  const same = new Set((r?.unchanged as unknown[]).map(Number));
  opts.onUnchanged?.(same.size);
  return same.size === 0 ? rows : rows.filter((_, i) => !same.has(i));
}

/** One batch of nodes (`type` null) or links of one type: CREATE into an empty database, else MERGE. */
async function writeRows(db: GraphSession, type: string | null, rows: Record<string, unknown>[], bulk: boolean): Promise<void> {
  if (rows.length === 0) return;
  if (type === null) {
    await (bulk ? db.writeAll(createNodeSteps(rows)) : db.write('import/merge-nodes', { rows }));
    return;
  }
  // The only nodes a SUPPLIES batch creates are the links' :SupplyHop mirrors (one node and
  // two relationships each, cypher/import/*-supplies): derived, so not counted as imported.
  const hopsBefore = db.updates.nodesCreated;
  await writeRelationships(db, type, rows, bulk);
  if (type === 'SUPPLIES') {
    const hops = db.updates.nodesCreated - hopsBefore;
    db.updates.nodesCreated -= hops;
    db.updates.relationshipsCreated -= 2 * hops;
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
