// Relationship fields as paged connections (issue 10 item 3): a hub's relationship lists read
// page by page to their end, with totalCount, the field's filters (role) and no repeats.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/graph.js';
import { importDataset } from '../../src/import/import-dataset.js';
import { type App, fails, ok, testApp } from '../helpers/gql.js';
import { freshGraph } from '../helpers/graph.js';

// One hub organization undertaking 1,372 projects (every 7th as LEAD), more than one page of
// the plain list field can hold (500), and a platform with 30 members.
const PROJECTS = 1372;
const MEMBERS = 30;
const pad = (i: number) => String(i).padStart(4, '0');
const roleOf = (i: number) => (i % 7 === 0 ? 'LEAD' : 'PARTICIPANT');

function writeFixture(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-conn-'));
  const w = (name: string, lines: string[]) => writeFileSync(path.join(dir, name), `${lines.join('\n')}\n`);
  w('sources.csv', ['id,title', 'src:conn,Connection fixture']);
  w('organizations.csv', [
    'id,kind,name,source',
    'org:hub,ENTERPRISE,Hub Co,src:conn',
    ...Array.from({ length: MEMBERS }, (_, i) => `org:m${pad(i)},ENTERPRISE,Member ${pad(i)},src:conn`),
  ]);
  // Names out of id order, some equal, so the keyset order (name, id) is really exercised.
  w('projects.csv', ['id,name,source', ...Array.from({ length: PROJECTS }, (_, i) => `proj:p${pad(i)},Project ${pad((i * 37) % 500)},src:conn`)]);
  w('undertakes.csv', ['from,to,role,source', ...Array.from({ length: PROJECTS }, (_, i) => `org:hub,proj:p${pad(i)},${roleOf(i)},src:conn`)]);
  w('platforms.csv', ['id,kind,name,source', 'plat:hub,KEY_LABORATORY,Hub Lab,src:conn']);
  w('member_of.csv', ['from,to,role,source', ...Array.from({ length: MEMBERS }, (_, i) => `org:m${pad(i)},plat:hub,${i < 3 ? 'LEAD' : 'MEMBER'},src:conn`)]);
  return dir;
}

let graph: Graph;
let app: App;
let dir: string;
beforeAll(async () => {
  graph = await freshGraph();
  dir = writeFixture();
  await importDataset(graph, dir);
  app = testApp(graph);
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await graph.close();
});

/** Every page of organization(id: "org:hub").projectsConnection, following endCursor. */
async function walk(first: number) {
  const seen: { id: string; name: string; role: string }[] = [];
  let after: string | null = null;
  let totals = new Set<number>();
  for (let pages = 0; pages < 100; pages++) {
    const data: Record<string, any> = await ok(
      app,
      `query($after: String, $first: Int) { organization(id: "org:hub") {
         projectsConnection(first: $first, after: $after) {
           totalCount pageInfo { hasNextPage endCursor } edges { cursor node { role project { id name } } } } } }`,
      { after, first },
    );
    const c: Record<string, any> = data.organization.projectsConnection;
    totals = new Set([...totals, c.totalCount]);
    for (const e of c.edges) seen.push({ id: e.node.project.id, name: e.node.project.name, role: e.node.role });
    if (!c.pageInfo.hasNextPage) return { seen, totals, pages: pages + 1 };
    after = c.pageInfo.endCursor;
  }
  throw new Error('more than 100 pages');
}

const expectedOrder = (ids: number[]) =>
  ids
    .map((i) => ({ id: `proj:p${pad(i)}`, name: `Project ${pad((i * 37) % 500)}`, role: roleOf(i) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

describe('relationship connections', () => {
  it('a hub with 1,372 projects pages to its end in (name, id) order, each project once', async () => {
    const { seen, totals, pages } = await walk(500);
    expect(pages).toBe(3);
    expect([...totals]).toEqual([PROJECTS]);
    expect(seen).toEqual(expectedOrder(Array.from({ length: PROJECTS }, (_, i) => i)));
  });

  it('small pages give the same sequence', async () => {
    const { seen } = await walk(97);
    expect(seen).toEqual(expectedOrder(Array.from({ length: PROJECTS }, (_, i) => i)));
  });

  it('keeps the role filter, in the pages and in totalCount', async () => {
    const members = await ok(
      app,
      `{ platform(id: "plat:hub") { membersConnection(first: 2, role: LEAD) { totalCount pageInfo { hasNextPage } nodes { role organization { id } } } } }`,
    );
    const c = members.platform.membersConnection;
    expect(c.totalCount).toBe(3);
    expect(c.pageInfo.hasNextPage).toBe(true);
    expect(c.nodes).toEqual([
      { role: 'LEAD', organization: { id: 'org:m0000' } },
      { role: 'LEAD', organization: { id: 'org:m0001' } },
    ]);
  });

  it('the plain list field still answers its first page', async () => {
    const data = await ok(app, '{ organization(id: "org:hub") { projects(first: 500) { project { id } } } }');
    expect(data.organization.projects).toHaveLength(500);
  });

  it('refuses a cursor it did not issue', async () => {
    const e = await fails(app, '{ organization(id: "org:hub") { projectsConnection(after: "bm9wZQ") { totalCount } } }');
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e.message).toMatch(/after is not a cursor/);
  });
});
