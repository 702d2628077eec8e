// Browsing the graph: lookups, search, filtered and paged lists, relationship fields, and the
// promise that a nested query costs one database round trip per nesting level.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import type { Graph } from '../../src/graph/graph.js';
import { importDataset } from '../../src/import/import-dataset.js';
import { loadSeed } from '../../src/seed/load-seed.js';
import { type App, fails, gql, ok, testApp } from '../helpers/gql.js';
import { freshGraph } from '../helpers/graph.js';

// A fixture whose answers the test can compute itself: 100 organizations in 4 cities of 2
// provinces, 20 platforms, each organization a member of two platforms.
const ORGS = 100;
const PLATFORMS = 20;
const cities = ['region:p1-c1', 'region:p1-c2', 'region:p2-c1', 'region:p2-c2'];
const cityOf = (i: number) => cities[i % 4]!;
const kindOf = (i: number) => (i % 10 === 0 ? 'UNIVERSITY' : 'ENTERPRISE');
const foundedOf = (i: number) => 1990 + (i % 30);
const platformsOf = (i: number) => [i % PLATFORMS, (i * 7 + 3) % PLATFORMS].filter((p, k, a) => a.indexOf(p) === k);
const pad = (i: number) => String(i).padStart(3, '0');

function writeFixture(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-browse-'));
  const w = (name: string, lines: string[]) => writeFileSync(path.join(dir, name), `${lines.join('\n')}\n`);
  w('sources.csv', ['id,title', 'src:fixture,Browse fixture']);
  w('regions.csv', [
    'id,name,level',
    'region:cn,China,COUNTRY',
    'region:p1,Province One,PROVINCE',
    'region:p2,Province Two,PROVINCE',
    ...cities.map((c) => `${c},City ${c.slice(-5)},CITY`),
  ]);
  w('part_of.csv', ['from,to', 'region:p1,region:cn', 'region:p2,region:cn', ...cities.map((c) => `${c},${c.slice(0, 9)}`)]);
  w('industries.csv', ['id,name', 'ind:materials,Materials', 'ind:silicon,Silicon wafers', 'ind:software,Software']);
  w('subindustry_of.csv', ['from,to', 'ind:silicon,ind:materials']);
  w('organizations.csv', [
    'id,kind,name,aliases,highTech,founded,source',
    ...Array.from({ length: ORGS }, (_, i) => `org:o${pad(i)},${kindOf(i)},Org ${pad(i)},Alias${pad(i)},${i % 3 === 0},${foundedOf(i)},src:fixture`),
  ]);
  w('located_in.csv', ['from,to', ...Array.from({ length: ORGS }, (_, i) => `org:o${pad(i)},${cityOf(i)}`)]);
  w('in_industry.csv', ['from,to', ...Array.from({ length: ORGS }, (_, i) => `org:o${pad(i)},${i % 2 === 0 ? 'ind:silicon' : 'ind:software'}`)]);
  w('platforms.csv', [
    'id,kind,name,level',
    ...Array.from({ length: PLATFORMS }, (_, p) => `plat:p${pad(p)},KEY_LABORATORY,Platform ${pad(p)},${p % 2 ? 'PROVINCIAL' : 'MUNICIPAL'}`),
  ]);
  w('member_of.csv', [
    'from,to,role,source,evidence',
    ...Array.from({ length: ORGS }, (_, i) =>
      platformsOf(i).map((p, k) => `org:o${pad(i)},plat:p${pad(p)},${k === 0 ? 'LEAD' : 'MEMBER'},src:fixture,row ${i}`),
    ).flat(),
  ]);
  return dir;
}

let graph: Graph;
let app: App;
let fixtureDir: string;
beforeAll(async () => {
  graph = await freshGraph();
  fixtureDir = writeFixture();
  await importDataset(graph, fixtureDir);
  await loadSeed(graph, PROJECT_ROOT);
  app = testApp(graph);
});
afterAll(async () => {
  rmSync(fixtureDir, { recursive: true, force: true });
  await graph.close();
});

describe('lookups', () => {
  it('finds any node by id with its type and provenance', async () => {
    const data = await ok(
      app,
      `{ entity(id: "org:shengong-semiconductor") { __typename id name ... on Organization { kind region { id } } provenance { evidence source { id title } } } }`,
    );
    expect(data.entity).toMatchObject({
      __typename: 'Organization',
      kind: 'ENTERPRISE',
      region: { id: 'region:cn-liaoning-jinzhou' },
      provenance: { source: { id: 'src:a000' } },
    });
    expect(data.entity.provenance.evidence).toMatch(/shengong Semiconductor/);
  });

  it('answers null for an unknown id and an error for an id of another kind', async () => {
    expect((await ok(app, '{ entity(id: "org:nobody") { id } organization(id: "org:nobody") { id } }')).entity).toBeNull();
    const err = await fails(app, '{ organization(id: "region:cn") { id } }');
    expect(err.message).toBe('"region:cn" is a Region, not a Organization; query it with region(id:) or entity(id:)');
    expect(err.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('search', () => {
  it('ranks Chinese and English names and aliases', async () => {
    const zh = await ok(app, '{ search(text: "锦州") { score entity { id } } }');
    expect(zh.search[0].entity.id).toBe('region:cn-liaoning-jinzhou');
    const en = await ok(app, '{ search(text: "semicond", kinds: [ORGANIZATION]) { entity { __typename id } } }');
    const ids = en.search.map((h: any) => h.entity.id);
    expect(ids).toEqual(expect.arrayContaining(['org:shengong-semiconductor', 'org:huajin-semiconductor']));
    expect(en.search.every((h: any) => h.entity.__typename === 'Organization')).toBe(true);
    const alias = await ok(app, '{ search(text: "Alias007") { entity { id } } }');
    expect(alias.search[0].entity.id).toBe('org:o007');
  });

  it('treats query syntax as plain words and rejects empty or oversized text', async () => {
    for (const text of ['(foo AND bar', 'name:"x" OR *', 'x\\', 'a~ b^2 [c TO d]']) {
      const r = await gql(app, 'query($t: String!) { search(text: $t) { score } }', { t: text });
      expect(r.errors, text).toBeUndefined();
    }
    // Punctuation alone (a backslash, an operator) holds no word to search for.
    for (const text of ['   ', '\\', '* ~ ('])
      expect((await fails(app, 'query($t: String!) { search(text: $t) { score } }', { t: text })).message).toMatch(
        /^text must contain a letter or a digit: give a name or a word of one/,
      );
    expect((await fails(app, 'query($t: String!) { search(text: $t) { score } }', { t: 'x'.repeat(201) })).message).toBe(
      'text is 201 characters; search for at most 200 (a name or a few words of one)',
    );
    expect((await fails(app, '{ search(text: "x", first: 101) { score } }')).message).toBe('first must be between 0 and 100, got 101');
  });
});

describe('lists', () => {
  const ORG_PAGE = `query($filter: OrganizationFilter, $orderBy: OrganizationOrder, $first: Int, $after: String) {
    organizations(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id founded } } }`;

  async function walk(filter: Record<string, unknown>, orderBy?: Record<string, unknown>, first = 7) {
    const ids: string[] = [];
    const founded: number[] = [];
    let after: string | null = null;
    let total = -1;
    for (let page = 0; page < 100; page++) {
      const { organizations: o }: any = await ok(app, ORG_PAGE, { filter, orderBy, first, after });
      total = o.totalCount;
      ids.push(...o.nodes.map((n: any) => n.id));
      founded.push(...o.nodes.map((n: any) => n.founded));
      if (!o.pageInfo.hasNextPage) break;
      after = o.pageInfo.endCursor;
    }
    return { ids, founded, total };
  }

  const expected = (pred: (i: number) => boolean) =>
    Array.from({ length: ORGS }, (_, i) => i)
      .filter(pred)
      .map((i) => `org:o${pad(i)}`);

  it('filters by region including sub-regions, and pages through every match exactly once', async () => {
    const { ids, total } = await walk({ region: 'region:p1' });
    const want = expected((i) => cityOf(i).startsWith('region:p1'));
    expect(total).toBe(want.length);
    expect(ids).toEqual(want); // name order = id order in the fixture, each exactly once
  });

  it('combines kind, industry (with sub-industries), flag and year filters', async () => {
    const { ids, total } = await walk({ kinds: ['ENTERPRISE'], industry: 'ind:materials', highTech: true, foundedFrom: 2000, foundedTo: 2010 });
    const want = expected((i) => kindOf(i) === 'ENTERPRISE' && i % 2 === 0 && i % 3 === 0 && foundedOf(i) >= 2000 && foundedOf(i) <= 2010);
    expect(want.length).toBeGreaterThan(0);
    expect(ids).toEqual(want);
    expect(total).toBe(want.length);
  });

  it('sorts by a whitelisted key in either direction, stable across pages', async () => {
    const desc = await walk({ nameContains: 'org ' }, { key: 'FOUNDED', direction: 'DESC' }, 9);
    expect(desc.ids).toHaveLength(ORGS);
    expect(new Set(desc.ids).size).toBe(ORGS);
    expect(desc.founded).toEqual([...desc.founded].sort((a, b) => b - a));
  });

  it('returns an empty page for filters nothing matches, and an error for a region no node has', async () => {
    const { organizations } = await ok(app, ORG_PAGE, { filter: { nameContains: 'no organization is called this' } });
    expect(organizations).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] });
    const e = await fails(app, ORG_PAGE, { filter: { region: 'region:nowhere' } });
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e.message).toMatch(/^filter\.region: no node with id "region:nowhere"; regions\(level:, parent:\)/);
  });

  it('rejects page sizes out of range and cursors it did not issue', async () => {
    expect((await fails(app, ORG_PAGE, { first: 201 })).message).toBe('first must be between 0 and 200, got 201');
    expect((await fails(app, ORG_PAGE, { first: -1 })).message).toBe('first must be between 0 and 200, got -1');
    expect((await fails(app, ORG_PAGE, { after: 'not-a-cursor' })).message).toMatch(/^after is not a cursor this server issued/);
    expect((await fails(app, '{ organizations(orderBy: {key: SIZE}) { totalCount } }')).message).toMatch(/SIZE/);
  });

  it('lists platforms by level and region, and regions by parent', async () => {
    const data = await ok(
      app,
      '{ platforms(filter: {levels: [PROVINCIAL], nameContains: "platform"}, first: 50) { totalCount } regions(parent: "region:p1") { id } }',
    );
    expect(data.platforms.totalCount).toBe(PLATFORMS / 2);
    expect(data.regions.map((r: any) => r.id)).toEqual(['region:p1-c1', 'region:p1-c2']);
  });
});

describe('relationship fields', () => {
  it('carry roles and provenance, in both directions', async () => {
    const data = await ok(
      app,
      `{ organization(id: "org:o005") { platforms { role platform { id } provenance { evidence source { id } } } }
         platform(id: "plat:p005") { members(role: LEAD) { organization { id } role } } }`,
    );
    expect(data.organization.platforms).toEqual(
      platformsOf(5)
        .map((p, k) => ({
          role: k === 0 ? 'LEAD' : 'MEMBER',
          platform: { id: `plat:p${pad(p)}` },
          provenance: { evidence: 'row 5', source: { id: 'src:fixture' } },
        }))
        .sort((a, b) => a.platform.id.localeCompare(b.platform.id)),
    );
    const leads = expected((i) => platformsOf(i)[0] === 5);
    expect(data.platform.members.map((m: any) => m.organization.id).sort()).toEqual(leads);
    expect(data.platform.members.every((m: any) => m.role === 'LEAD')).toBe(true);
  });

  it('caps list fields by first', async () => {
    const data = await ok(app, '{ platform(id: "plat:p001") { members(first: 2) { role } } }');
    expect(data.platform.members).toHaveLength(2);
    expect((await fails(app, '{ platform(id: "plat:p001") { members(first: 501) { role } } }')).message).toBe('first must be between 0 and 500, got 501');
  });

  function expected(pred: (i: number) => boolean) {
    return Array.from({ length: ORGS }, (_, i) => i)
      .filter(pred)
      .map((i) => `org:o${pad(i)}`);
  }
});

describe('round trips', () => {
  it('a 3-level nested query over 100 parents costs at most one round trip per level', async () => {
    const r = await gql(
      app,
      `{ organizations(filter: {nameContains: "org "}, first: 100) {
           nodes { id region { id } platforms { platform { id members(first: 20) { organization { id } } } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const nodes = (r.data as any).organizations.nodes;
    expect(nodes).toHaveLength(ORGS);
    // At most one per level (list, region+platforms, members); the lookahead compiler reads
    // the page and every level below it in one statement (compiled/page), so: one.
    expect(r.extensions?.roundTrips).toBe(1);
    // And the answers are right, not just cheap: every member list holds exactly the fixture's members.
    for (const n of nodes) {
      const i = Number(n.id.slice(5));
      expect(n.region.id).toBe(cityOf(i));
      for (const { platform } of n.platforms) {
        const p = Number(platform.id.slice(6));
        const members = Array.from({ length: ORGS }, (_, j) => j).filter((j) => platformsOf(j).includes(p));
        expect(platform.members.map((m: any) => m.organization.id).sort()).toEqual(members.map((j) => `org:o${pad(j)}`));
      }
    }
  });

  // A lookup with a relationship field is one statement (src/graph/compiled.ts) that reads only
  // the properties the request selects. Its answer must be the DataLoader path's (entity(id:)
  // resolves the same fields through the loaders) and a direct Cypher read's.
  describe('a lookup with its relationship fields, compiled', () => {
    const fields = 'id name kind founded highTech platforms(first: 500) { role platform { id name level } }';
    const cypherRead = async (id: string) => {
      const r = await graph.driver.executeQuery(
        `MATCH (o:Organization {id: $id}) RETURN o {.id, .name, .kind, .founded, .highTech} AS o,
           [(o)-[m:MEMBER_OF]->(p:Platform) | {role: m.role, platform: p {.id, .name, .level}}] AS platforms`,
        { id },
        { database: graph.database },
      );
      const row = r.records[0]!;
      return { ...row.get('o'), platforms: row.get('platforms') };
    };
    const sorted = (o: any) => ({ ...o, platforms: [...o.platforms].sort((a: any, b: any) => (a.platform.id < b.platform.id ? -1 : 1)) });

    it('costs one round trip and answers as the DataLoader path and Cypher do', async () => {
      for (const i of [0, 5, 42]) {
        const id = `org:o${pad(i)}`;
        const compiled = await gql(app, `query($id: ID!) { organization(id: $id) { ${fields} } }`, { id });
        const loaders = await gql(app, `query($id: ID!) { entity(id: $id) { ... on Organization { ${fields} } } }`, { id });
        expect(compiled.errors).toBeUndefined();
        expect(compiled.extensions?.roundTrips).toBe(1);
        expect(loaders.extensions?.roundTrips).toBe(2);
        const answer = (compiled.data as any).organization;
        expect(answer).toEqual((loaders.data as any).entity);
        expect(sorted(answer)).toEqual(sorted(await cypherRead(id)));
        expect(answer.platforms).toHaveLength(platformsOf(i).length);
      }
    });

    it('leaves no partial node behind for other fields of the same request', async () => {
      // plat:p005 is read with its id only under a; b and c must still see all of it.
      const data = await ok(
        app,
        `{ a: organization(id: "org:o005") { platforms { platform { id } } }
           b: platform(id: "plat:p005") { id name level }
           c: entity(id: "plat:p005") { id name ... on Platform { level } } }`,
      );
      expect((data.a as any).platforms.map((m: any) => m.platform.id)).toContain('plat:p005');
      expect(data.b).toEqual({ id: 'plat:p005', name: 'Platform 005', level: 'PROVINCIAL' });
      expect(data.c).toEqual({ id: 'plat:p005', name: 'Platform 005', level: 'PROVINCIAL' });
    });

    it('reads whole nodes where the selection needs them (resolvers of their own, interface fragments, the edge back to the node)', async () => {
      const data = await ok(
        app,
        `{ organization(id: "org:o005") { displayName aliases ... on Entity { name }
             platforms { provenance { evidence } organization { id name founded } platform { ... on Entity { name displayName } } } } }`,
      );
      const o = data.organization as any;
      expect(o).toMatchObject({ displayName: 'Org 005', aliases: ['Alias005'], name: 'Org 005' });
      for (const m of o.platforms) {
        expect(m.provenance.evidence).toBe('row 5');
        expect(m.organization).toEqual({ id: 'org:o005', name: 'Org 005', founded: foundedOf(5) });
        expect(m.platform.name).toMatch(/^Platform \d{3}$/);
        expect(m.platform.displayName).toBe(m.platform.name);
      }
    });
  });

  it('totalCount costs one more round trip only when it is asked for', async () => {
    const without = await gql(app, '{ organizations(first: 5) { nodes { id } } }');
    const withCount = await gql(app, '{ organizations(first: 5) { totalCount nodes { id } } }');
    expect(without.extensions?.roundTrips).toBe(1);
    expect(withCount.extensions?.roundTrips).toBe(2);
  });
});
