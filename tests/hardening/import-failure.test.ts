// An import that fails half-way: every batch is one transaction, so the database is left exactly
// as it was after the last batch that committed (not one row of the failed batch is written),
// and once the obstacle is gone, running the same import again completes it, ending with exactly
// the graph a clean import gives. The failure is made real with a uniqueness constraint, created
// for the test only, that a later row violates: once in a node file, once in a relationship file.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Neo4jError } from 'neo4j-driver';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/graph.js';
import { resetDatabase, secondaryIndexFiles } from '../../src/graph/setup.js';
import { listDataset } from '../../src/import/dataset.js';
import { importDataset } from '../../src/import/import-dataset.js';
import { counts, freshGraph } from '../helpers/graph.js';

const BATCH = 10;
const ORGS = 45;

let graph: Graph;
const dirs: string[] = [];
beforeAll(async () => {
  graph = await freshGraph();
});
afterEach(async () => {
  const db = graph.session();
  await db.write('admin/test/drop-import-obstacle-node');
  await db.write('admin/test/drop-import-obstacle-relationship');
});
afterAll(async () => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  await graph?.close();
});

type Files = Record<string, string[]>; // file name -> lines, header first

const pad = (i: number) => String(i).padStart(3, '0');

/**
 * A small ecosystem: 45 organizations in 5 batches of 10, their regions and memberships of three
 * platforms. `dupNameZh` gives organization row j the Chinese name of row i; `dupEvidence` gives
 * membership row j the evidence of row i (both 0-based data rows).
 */
function ecosystem(opts: { dupNameZh?: [number, number]; dupEvidence?: [number, number] } = {}): Files {
  const nameZh = (i: number) => `测试企业${pad(opts.dupNameZh?.[1] === i ? opts.dupNameZh[0] : i)}`;
  const evidence = (i: number) => `membership ${pad(opts.dupEvidence?.[1] === i ? opts.dupEvidence[0] : i)}`;
  const orgs = Array.from({ length: ORGS }, (_, i) => i);
  return {
    'sources.csv': ['id,title', 'src:import-failure,Import failure test'],
    'regions.csv': ['id,name,level,source', 'region:if-cn,Country,COUNTRY,src:import-failure', 'region:if-p,Province,PROVINCE,src:import-failure'],
    'organizations.csv': [
      'id,kind,name,nameZh,founded,source',
      ...orgs.map((i) => `org:if-${pad(i)},ENTERPRISE,Enterprise ${pad(i)},${nameZh(i)},2010,src:import-failure`),
    ],
    'platforms.csv': ['id,kind,name,level,source', ...[0, 1, 2].map((p) => `plat:if-${p},KEY_LABORATORY,Laboratory ${p},PROVINCIAL,src:import-failure`)],
    'part_of.csv': ['from,to,source', 'region:if-p,region:if-cn,src:import-failure'],
    'located_in.csv': ['from,to,source', ...orgs.map((i) => `org:if-${pad(i)},region:if-p,src:import-failure`)],
    'member_of.csv': [
      'from,to,role,since,source,evidence',
      ...orgs.map((i) => `org:if-${pad(i)},plat:if-${i % 3},MEMBER,2020,src:import-failure,${evidence(i)}`),
    ],
  };
}

/** Writes a dataset into a fresh directory named `dataset` (so importFile provenance matches between runs). */
function write(files: Files): string {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'kg-import-failure-'));
  dirs.push(parent);
  const dir = path.join(parent, 'dataset');
  mkdirSync(dir);
  for (const [name, lines] of Object.entries(files)) writeFileSync(path.join(dir, name), `${lines.join('\n')}\n`);
  return dir;
}

/** The first `rows` data rows of the dataset in the order the importer writes files. */
function prefix(files: Files, rows: number): Files {
  const order = listDataset(write(files)).files.map((f) => f.name);
  const out: Files = {};
  let left = rows;
  for (const name of order) {
    if (left <= 0) break;
    const [header, ...data] = files[name]!;
    out[name] = [header!, ...data.slice(0, left)];
    left -= Math.min(left, data.length);
  }
  return out;
}

/** Every node and relationship with labels or type and properties, sorted: equal means the same graph. */
async function fingerprint(): Promise<string[]> {
  const rows = await graph.session().read('admin/test/checksum');
  const canon = (v: unknown): unknown =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, x]) => [k, canon(x)]),
        )
      : v;
  return rows.map((r) => JSON.stringify(canon({ element: r.element, labels: [...(r.labels as string[])].sort(), id: r.id, props: r.props }))).sort();
}

/** The graph a clean import of `files` gives, on an empty database. */
async function cleanImport(files: Files) {
  await resetDatabase(graph);
  await importDataset(graph, write(files), { batchSize: BATCH });
  return { counts: await counts(graph), fingerprint: await fingerprint() };
}

/** Runs an import that must fail; returns the rows the importer reported committed and the error. */
async function failingImport(dir: string): Promise<{ committed: number; error: unknown }> {
  let committed = 0;
  const onProgress = (done: number) => {
    committed = done;
  };
  const error = await importDataset(graph, dir, { batchSize: BATCH, onProgress }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Neo4jError);
  expect((error as Neo4jError).code).toBe('Neo.ClientError.Schema.ConstraintValidationFailed');
  // A bulk import leaves the range and full-text indexes out while it writes: a failed one still puts them back.
  const [present] = await graph.session().read('admin/schema-names');
  for (const { index } of secondaryIndexFiles(graph)) expect(present!.names).toContain(index);
  return { committed, error };
}

describe('an import that fails in the middle', () => {
  it.each([
    {
      where: 'a node file (organizations.csv, its third batch)',
      files: ecosystem({ dupNameZh: [3, 26] }),
      obstacle: 'node',
      // sources 1 + regions 2 + organizations in two batches of 10
      committedRows: 1 + 2 + 2 * BATCH,
      present: ['org:if-019'],
      absent: ['org:if-020', 'org:if-026', 'plat:if-0'],
    },
    {
      where: 'a relationship file (member_of.csv, its fourth batch)',
      files: ecosystem({ dupEvidence: [5, 33] }),
      obstacle: 'relationship',
      // every node file (1 + 2 + 45 + 3), part_of 1, located_in 45, member_of in three batches of 10
      committedRows: 1 + 2 + ORGS + 3 + 1 + ORGS + 3 * BATCH,
      present: ['org:if-044', 'plat:if-2'],
      absent: [],
    },
  ] as const)('in $where leaves the last committed batch, and re-running completes it', async ({ files, obstacle, committedRows, present, absent }) => {
    // What a clean import of the same files gives (no obstacle), and the state after the last
    // batch that will commit, made by a clean import of exactly those rows.
    const clean = await cleanImport(files);
    const expected = await cleanImport(prefix(files, committedRows));
    expect(expected.fingerprint.length).toBe(expected.counts.nodeCount + expected.counts.relationshipCount);

    await resetDatabase(graph);
    await graph.session().write(`admin/test/add-import-obstacle-${obstacle}`);
    const dir = write(files);
    const first = await failingImport(dir);
    expect(first.committed).toBe(committedRows);
    expect(await counts(graph)).toEqual(expected.counts);
    expect(await fingerprint()).toEqual(expected.fingerprint);
    const stored = await graph.session().read('admin/test/entities-by-ids', { ids: [...present, ...absent] });
    expect(Object.fromEntries(stored.map((r) => [r.id, r.present]))).toEqual(
      Object.fromEntries([...present.map((id) => [id, true]), ...absent.map((id) => [id, false])]),
    );

    // Running it again with the obstacle still there fails at the same batch and changes nothing.
    const again = await failingImport(dir);
    expect(again.committed).toBe(committedRows);
    expect(await fingerprint()).toEqual(expected.fingerprint);

    // Obstacle removed: the same import completes, creating only what was missing, and the
    // result is exactly the clean import's, value for value.
    await graph.session().write(`admin/test/drop-import-obstacle-${obstacle}`);
    const done = await importDataset(graph, dir, { batchSize: BATCH });
    expect(done.nodesCreated).toBe(clean.counts.nodeCount - expected.counts.nodeCount);
    expect(done.relationshipsCreated).toBe(clean.counts.relationshipCount - expected.counts.relationshipCount);
    expect(await counts(graph)).toEqual(clean.counts);
    expect(await fingerprint()).toEqual(clean.fingerprint);
  });
});
