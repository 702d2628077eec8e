// The response cache for anonymous reads: a repeated anonymous query is answered from it until
// the graph changes (a mutation here, or a write by another process), never for a principal,
// never an answer with errors.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/graph.js';
import { resetDatabase } from '../../src/graph/setup.js';
import { type App, gql, testApp } from '../helpers/gql.js';
import { freshGraph, importFiles } from '../helpers/graph.js';

let graph: Graph;
let other: Graph;
let app: App;
const Q = '{ organizations(first: 5) { totalCount nodes { id name } } }';
const hit = (r: any) => r.extensions?.responseCache?.hit === true;
const editor = { authorization: 'Bearer kg_eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee' };

/** Imports one CSV of organizations (and the source they cite) through `g`'s own connection. */
function importOrgs(g: Graph, rows: string[]) {
  return importFiles(g, {
    'sources.csv': 'id,title\nsrc:cache,Cache test\n',
    'organizations.csv': `id,kind,name,source\n${rows.map((r) => `${r},ENTERPRISE,${r},src:cache`).join('\n')}\n`,
  });
}

beforeAll(async () => {
  graph = await freshGraph();
  other = await freshGraph();
  await resetDatabase(graph);
  await importOrgs(graph, ['org:cache-a', 'org:cache-b']);
  const sha = createHash('sha256').update(editor.authorization.slice('Bearer '.length)).digest('hex');
  app = testApp(graph, { KG_ANONYMOUS_ROLE: 'reader', KG_API_KEYS: `dash-editor:editor:${sha}` });
});
afterAll(async () => {
  await graph?.close();
  await other?.close();
});

it('answers a repeated anonymous read from the cache, and the same read afresh after a mutation', async () => {
  const first = await gql(app, Q);
  expect(first.errors).toBeUndefined();
  expect(hit(first)).toBe(false);
  const second = await gql(app, Q);
  expect(hit(second)).toBe(true);
  expect(second.data).toEqual(first.data);
  const created = await gql(
    app,
    'mutation { createOrganization(input: {id: "org:cache-new", name: "Cache new", kind: ENTERPRISE}, provenance: {source: "src:cache"}) { id } }',
    undefined,
    editor,
  );
  expect(created.errors).toBeUndefined();
  const after = await gql(app, Q);
  expect(hit(after)).toBe(false);
  expect(after.data!.organizations.totalCount).toBe(first.data!.organizations.totalCount + 1);
});

it('notices a write by another process (another connection to the same database) within a second', async () => {
  const before = await gql(app, Q);
  expect(hit(await gql(app, Q))).toBe(true);
  await importOrgs(other, ['org:cache-other']);
  // The database's counts in the key are at most a second old.
  await new Promise((r) => setTimeout(r, 1100));
  const after = await gql(app, Q);
  expect(hit(after)).toBe(false);
  expect(after.data!.organizations.totalCount).toBe(before.data!.organizations.totalCount + 1);
});

it('never caches an answer that holds health (it reports the database now)', async () => {
  const q = '{ health { status } organizations(first: 1) { nodes { id } } }';
  expect((await gql(app, q)).errors).toBeUndefined();
  expect(hit(await gql(app, q))).toBe(false);
  expect(hit(await gql(app, '{ health { status } }'))).toBe(false);
});

it('never caches for a principal', async () => {
  await gql(app, Q, undefined, editor);
  expect(hit(await gql(app, Q, undefined, editor))).toBe(false);
});

it('never caches an answer with errors', async () => {
  const bad = '{ organizations(first: 100000) { totalCount } }';
  const a = await gql(app, bad);
  expect(a.errors?.length).toBeGreaterThan(0);
  expect(hit(await gql(app, bad))).toBe(false);
});
