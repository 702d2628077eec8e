// Traversals against the real Neo4j: exact answers on a small fixture, and on the seed graph and
// a generated graph agreement with a breadth-first search written here over the dataset files
// (rows read straight from the CSV/JSONL, adjacency built in memory). Also every argument
// check, unknown and wrong-kind ids, and paging a neighbourhood to its end.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { generate } from '../../src/generate/generate.js';
import type { Graph } from '../../src/graph/graph.js';
import { resetDatabase } from '../../src/graph/setup.js';
import { importDataset } from '../../src/import/import-dataset.js';
import { relationshipKinds } from '../../src/model/records.js';
import { loadSeed } from '../../src/seed/load-seed.js';
import { type App, fails, gql, ok, testApp } from '../helpers/gql.js';
import { freshGraph } from '../helpers/graph.js';

let graph: Graph;
let app: App;
const tempDirs: string[] = [];
beforeAll(async () => {
  graph = await freshGraph();
  app = testApp(graph);
});
afterAll(async () => {
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
  await graph.close();
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-traversals-'));
  tempDirs.push(dir);
  return dir;
}

// ---------------------------------------------------------------------------------------------
// GraphQL operations

const CHAIN = `query($from: ID!, $to: ID!, $maxHops: Int, $k: Int, $via: [CollaborationVia!]) {
  collaborationChain(from: $from, to: $to, maxHops: $maxHops, k: $k, via: $via) {
    length
    organizations { id }
    hops {
      from { id } to { id } via
      connector { __typename ... on Platform { id } ... on Project { id } ... on SupplyLink { product since supplier { id } customer { id } } }
      fromEnd { organization { id } relationship role chainPosition since year provenance { evidence source { id } } }
      toEnd { organization { id } relationship role chainPosition since year provenance { evidence source { id } } }
    }
  }
}`;

const NEIGHBORHOOD = `query($id: ID!, $depth: Int, $kinds: [EntityKind!], $types: [NeighborhoodRel!], $perKind: Int, $first: Int, $after: String) {
  neighborhood(id: $id, depth: $depth, kinds: $kinds, relationshipTypes: $types, limitPerKind: $perKind, first: $first, after: $after) {
    totalNodes truncated
    pageInfo { hasNextPage endCursor }
    nodes { id kind label depth properties }
    edges { id type source target properties }
  }
}`;

const LINK_FIELDS = 'from { id } to { id } depth product since provenance { evidence source { id } }';
const UPSTREAM = `query($id: ID!, $depth: Int, $industry: ID, $first: Int) { upstream(id: $id, depth: $depth, industry: $industry, first: $first) { nodes { ${LINK_FIELDS} } } }`;
const DOWNSTREAM = `query($id: ID!, $depth: Int, $industry: ID, $first: Int) { downstream(id: $id, depth: $depth, industry: $industry, first: $first) { nodes { ${LINK_FIELDS} } } }`;
const MISSING = `query($region: ID, $industry: ID!, $depth: Int) {
  missingLinks(region: $region, industry: $industry, depth: $depth) { industry { id } position distance enterpriseCount missing }
}`;

interface ChainOut {
  length: number;
  organizations: { id: string }[];
  hops: {
    from: { id: string };
    to: { id: string };
    via: string;
    connector: { __typename: string; id?: string; product?: string; supplier?: { id: string }; customer?: { id: string } };
    fromEnd: Record<string, any>;
    toEnd: Record<string, any>;
  }[];
}
interface NodeOut {
  id: string;
  kind: string;
  label: string;
  depth: number;
  properties: Record<string, unknown>;
}
interface EdgeOut {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}
interface NeighborhoodOut {
  totalNodes: number;
  truncated: boolean;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: NodeOut[];
  edges: EdgeOut[];
}

async function chains(vars: Record<string, unknown>): Promise<ChainOut[]> {
  return (await ok<{ collaborationChain: ChainOut[] }>(app, CHAIN, vars)).collaborationChain;
}
const orgIds = (c: ChainOut) => c.organizations.map((o) => o.id);

async function neighborhood(vars: Record<string, unknown>): Promise<NeighborhoodOut> {
  return (await ok<{ neighborhood: NeighborhoodOut }>(app, NEIGHBORHOOD, vars)).neighborhood;
}

/** Every page of a neighbourhood, checking the paging contract on the way. */
async function allPages(vars: Record<string, unknown>) {
  const nodes: NodeOut[] = [];
  const edges: EdgeOut[] = [];
  const seen = new Set<string>();
  let after: string | null = null;
  let pages = 0;
  let truncated = false;
  let total = -1;
  for (;;) {
    const page: NeighborhoodOut = await neighborhood({ ...vars, after });
    pages += 1;
    truncated ||= page.truncated;
    total = page.totalNodes;
    for (const n of page.nodes) {
      expect(seen.has(n.id), `node ${n.id} on two pages`).toBe(false);
      seen.add(n.id);
      nodes.push(n);
    }
    for (const e of page.edges) {
      // Both ends are on this page or an earlier one.
      expect(seen.has(e.source) && seen.has(e.target), `edge ${e.id} ahead of its nodes`).toBe(true);
      edges.push(e);
    }
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
    expect(pages).toBeLessThan(200);
  }
  expect(nodes.length).toBe(total);
  expect(new Set(edges.map((e) => e.id)).size).toBe(edges.length);
  // Breadth-first: depths never decrease along the order.
  for (let i = 1; i < nodes.length; i++) expect(nodes[i]!.depth).toBeGreaterThanOrEqual(nodes[i - 1]!.depth);
  return { nodes, edges, truncated, pages };
}

async function userError(query: string, vars: Record<string, unknown>, argument: RegExp) {
  const err = await fails(app, query, vars);
  expect(err.extensions?.code, err.message).toBe('BAD_USER_INPUT');
  expect(err.message).toMatch(argument);
  return err;
}

// ---------------------------------------------------------------------------------------------
// The independent model: a dataset directory read row by row, and breadth-first searches on it

const KIND_BY_FILE: Record<string, string> = {
  organizations: 'ORGANIZATION',
  platforms: 'PLATFORM',
  projects: 'PROJECT',
  programmes: 'PROGRAMME',
  regions: 'REGION',
  industries: 'INDUSTRY',
  people: 'PERSON',
  events: 'EVENT',
  indicators: 'INDICATOR',
  sources: 'SOURCE',
};

interface Rel {
  from: string;
  to: string;
  type: string;
}
interface Dataset {
  kind: Map<string, string>;
  rels: Rel[];
}

function readDataset(...dirs: string[]): Dataset {
  const kind = new Map<string, string>();
  const rels: Rel[] = [];
  for (const dir of dirs) {
    for (const file of readdirSync(dir)) {
      const [name, ext] = file.split('.') as [string, string];
      if (ext !== 'csv' && ext !== 'jsonl') continue; // README.md, seeds/sources/
      const text = readFileSync(path.join(dir, file), 'utf8');
      let rows: Record<string, string>[];
      if (ext === 'csv') rows = parseCsv(text, { columns: true, bom: true, skip_empty_lines: true });
      else if (ext === 'jsonl')
        rows = text
          .split('\n')
          .filter((l) => l.trim())
          .map((l) => JSON.parse(l));
      else continue;
      if (KIND_BY_FILE[name]) {
        for (const r of rows) {
          kind.set(r.id!, KIND_BY_FILE[name]!);
          if (name === 'indicators') rels.push({ from: r.id!, to: r.about!, type: 'ABOUT' });
        }
      } else {
        const type = relationshipKinds[name as keyof typeof relationshipKinds].type;
        for (const r of rows) rels.push({ from: r.from!, to: r.to!, type });
      }
    }
  }
  return { kind, rels };
}

type Adjacency = Map<string, Set<string>>;
function link(adj: Adjacency, a: string, b: string) {
  if (a === b) return;
  if (!adj.has(a)) adj.set(a, new Set());
  if (!adj.has(b)) adj.set(b, new Set());
  adj.get(a)!.add(b);
  adj.get(b)!.add(a);
}

/** Organization-to-organization adjacency for the given CollaborationVia values. */
function orgAdjacency(ds: Dataset, via: string[]): Adjacency {
  const members = new Map<string, Set<string>>();
  const join = (connector: string, org: string) => {
    if (!members.has(connector)) members.set(connector, new Set());
    members.get(connector)!.add(org);
  };
  const adj: Adjacency = new Map();
  for (const r of ds.rels) {
    if (r.type === 'SUPPLIES' && via.includes('SUPPLY')) link(adj, r.from, r.to);
    if (r.type === 'MEMBER_OF' && via.includes('PLATFORM')) join(r.to, r.from);
    if (r.type === 'HOSTED_BY' && via.includes('PLATFORM')) join(r.from, r.to);
    if (r.type === 'UNDERTAKES' && via.includes('PROJECT')) join(r.to, r.from);
    if (r.type === 'FUNDS' && via.includes('FUNDING')) join(r.to, r.from);
  }
  for (const ms of members.values()) for (const a of ms) for (const b of ms) link(adj, a, b);
  return adj;
}

/** Distances from start (only nodes `include` accepts are entered; start always is). */
function bfs(adj: Adjacency, start: string, maxDepth: number, include: (id: string) => boolean = () => true): Map<string, number> {
  const dist = new Map([[start, 0]]);
  let frontier = [start];
  for (let d = 1; d <= maxDepth && frontier.length; d++) {
    const next: string[] = [];
    for (const u of frontier)
      for (const v of adj.get(u) ?? [])
        if (!dist.has(v) && include(v)) {
          dist.set(v, d);
          next.push(v);
        }
    frontier = next;
  }
  return dist;
}

/** Lengths of the k shortest simple paths from -> to of at most maxHops (by counting, shortest first). */
function kShortestLengths(adj: Adjacency, from: string, to: string, maxHops: number, k: number): number[] {
  const toTarget = bfs(adj, to, maxHops);
  const lengths: number[] = [];
  const onPath = new Set([from]);
  const count = (u: string, left: number, wanted: number): number => {
    let found = 0;
    for (const v of adj.get(u) ?? []) {
      if (found >= wanted) break;
      if (onPath.has(v) || (toTarget.get(v) ?? Number.POSITIVE_INFINITY) > left - 1) continue;
      if (v === to) {
        if (left === 1) found += 1;
        continue;
      }
      onPath.add(v);
      found += count(v, left - 1, wanted - found);
      onPath.delete(v);
    }
    return found;
  };
  const d = toTarget.get(from);
  if (d === undefined) return [];
  for (let length = d; length <= maxHops && lengths.length < k; length++) {
    const n = count(from, length, k - lengths.length);
    for (let i = 0; i < n; i++) lengths.push(length);
  }
  return lengths;
}

/** Undirected adjacency over every relationship of the given types. */
function fullAdjacency(ds: Dataset, types?: string[]): Adjacency {
  const adj: Adjacency = new Map();
  for (const r of ds.rels) if (!types || types.includes(r.type)) link(adj, r.from, r.to);
  return adj;
}

/** A deterministic pseudo-random sequence for picking samples. */
function sampler(seed: number) {
  let s = seed;
  return <T>(list: T[]): T => {
    s = (s * 48271) % 2147483647;
    return list[s % list.length] as T;
  };
}

/** Checks a returned chain against the dataset: hops are real, organizations distinct, length right. */
function checkChain(c: ChainOut, adj: Adjacency, from: string, to: string, maxHops: number) {
  const ids = orgIds(c);
  expect(ids[0]).toBe(from);
  expect(ids.at(-1)).toBe(to);
  expect(c.length).toBe(c.hops.length);
  expect(c.length).toBeLessThanOrEqual(maxHops);
  expect(new Set(ids).size).toBe(ids.length);
  c.hops.forEach((h, i) => {
    expect(h.from.id).toBe(ids[i]);
    expect(h.to.id).toBe(ids[i + 1]);
    expect(adj.get(h.from.id)?.has(h.to.id), `${h.from.id} - ${h.to.id}`).toBe(true);
    expect(h.fromEnd.organization.id).toBe(h.from.id);
    expect(h.toEnd.organization.id).toBe(h.to.id);
  });
}

// ---------------------------------------------------------------------------------------------
// A small fixture with exact answers

const FIXTURE: Record<string, string> = {
  'sources.csv': 'id,title\nsrc:t,Traversal fixture\n',
  'regions.csv': 'id,name,level\nregion:c,Country,COUNTRY\nregion:p,Province P,PROVINCE\nregion:x,City X,CITY\nregion:q,Province Q,PROVINCE\n',
  'part_of.csv': 'from,to\nregion:p,region:c\nregion:x,region:p\nregion:q,region:c\n',
  'industries.csv': 'id,name\nind:a,Materials\nind:b,Components\nind:b1,Chips\nind:c,Assembly\nind:d,Services\nind:z,Unrelated\n',
  'subindustry_of.csv': 'from,to\nind:b1,ind:b\n',
  'upstream_of.csv':
    'from,to,product,source,evidence\nind:a,ind:b,wafers,src:t,materials feed components\nind:b,ind:c,chips,src:t,\nind:c,ind:d,devices,src:t,\n',
  'organizations.csv':
    'id,kind,name\norg:s1,ENTERPRISE,S1\norg:s2,ENTERPRISE,S2\norg:s3,ENTERPRISE,S3\norg:s4,ENTERPRISE,S4\norg:x1,ENTERPRISE,X1\n' +
    'org:a1,ENTERPRISE,A1\norg:a2,ENTERPRISE,A2\norg:h,INSTITUTE,H\norg:g,GOVERNMENT,G\norg:d1,UNIVERSITY,D1\norg:lonely,ENTERPRISE,Lonely\n',
  'platforms.csv': 'id,kind,name\nplat:p,KEY_LABORATORY,P\nplat:q,RD_CENTER,Q\n',
  'projects.csv': 'id,name\nproj:j,J\nproj:k,K\n',
  // s1 and h share two platforms (p: s1 member, h host; q: both members): one hop, not two chains.
  'member_of.csv':
    'from,to,role,chainPosition,since,source,evidence\norg:s1,plat:p,LEAD,UPSTREAM,2020,src:t,s1 leads p\norg:s1,plat:q,MEMBER,,,src:t,\norg:h,plat:q,MEMBER,,,src:t,\n',
  'hosted_by.csv': 'from,to,source,evidence\nplat:p,org:h,src:t,p relies on h\n',
  'undertakes.csv':
    'from,to,role,year,source,evidence\norg:h,proj:j,LEAD,2021,src:t,h leads j\norg:s4,proj:j,PARTICIPANT,2021,src:t,s4 joins j\norg:s1,proj:k,LEAD,2022,src:t,\n',
  'funds.csv': 'from,to,amount,currency,year,source\norg:g,proj:j,1000000,CNY,2021,src:t\norg:g,proj:k,500000,CNY,2022,src:t\n',
  // s1 -> s2 -> s3 -> s4 is 3 supply hops (3 relationships); s1 -plat:p- h -proj:j- s4 is 2 hops (4 relationships).
  'supplies.csv':
    'from,to,product,since,source,evidence\norg:s1,org:s2,silicon,2019,src:t,s1 supplies s2\norg:s2,org:s3,dies,2020,src:t,\norg:s3,org:s4,modules,2021,src:t,\norg:x1,org:s3,gas,2018,src:t,\n',
  'in_industry.csv': 'from,to\norg:a1,ind:a\norg:a2,ind:a\norg:s1,ind:a\norg:x1,ind:a\norg:s2,ind:b1\norg:s3,ind:c\norg:s4,ind:d\norg:d1,ind:d\n',
  'located_in.csv':
    'from,to\norg:a1,region:x\norg:a2,region:q\norg:s1,region:x\norg:s2,region:x\norg:s3,region:q\norg:s4,region:x\norg:x1,region:p\norg:d1,region:x\n',
};

describe('on a small fixture', () => {
  beforeAll(async () => {
    await resetDatabase(graph);
    const dir = tempDir();
    for (const [name, text] of Object.entries(FIXTURE)) writeFileSync(path.join(dir, name), text);
    await importDataset(graph, dir);
  });

  describe('collaborationChain', () => {
    it('counts organization hops, not relationships: 2 hops through a platform and a project beat 3 supply links', async () => {
      const [best, ...rest] = await chains({ from: 'org:s1', to: 'org:s4' });
      expect(rest).toEqual([]);
      expect(orgIds(best!)).toEqual(['org:s1', 'org:h', 'org:s4']);
      expect(best!.length).toBe(2);
      const [h1, h2] = best!.hops;
      expect(h1).toEqual({
        from: { id: 'org:s1' },
        to: { id: 'org:h' },
        via: 'PLATFORM',
        connector: { __typename: 'Platform', id: 'plat:p' },
        fromEnd: {
          organization: { id: 'org:s1' },
          relationship: 'MEMBER_OF',
          role: 'LEAD',
          chainPosition: 'UPSTREAM',
          since: 2020,
          year: null,
          provenance: { evidence: 's1 leads p', source: { id: 'src:t' } },
        },
        toEnd: {
          organization: { id: 'org:h' },
          relationship: 'HOSTED_BY',
          role: 'HOST',
          chainPosition: null,
          since: null,
          year: null,
          provenance: { evidence: 'p relies on h', source: { id: 'src:t' } },
        },
      });
      expect(h2).toMatchObject({
        via: 'PROJECT',
        connector: { __typename: 'Project', id: 'proj:j' },
        fromEnd: { relationship: 'UNDERTAKES', role: 'LEAD', year: 2021, provenance: { evidence: 'h leads j' } },
        toEnd: { relationship: 'UNDERTAKES', role: 'PARTICIPANT', year: 2021, provenance: { evidence: 's4 joins j' } },
      });
    });

    it('returns the k shortest distinct chains; parallel connectors do not make extra chains', async () => {
      const found = await chains({ from: 'org:s1', to: 'org:s4', k: 5 });
      expect(found.map(orgIds)).toEqual([
        ['org:s1', 'org:h', 'org:s4'],
        ['org:s1', 'org:s2', 'org:s3', 'org:s4'],
      ]);
      const supply = found[1]!.hops[0]!;
      expect(supply).toMatchObject({
        via: 'SUPPLY',
        connector: { __typename: 'SupplyLink', product: 'silicon', since: 2019, supplier: { id: 'org:s1' }, customer: { id: 'org:s2' } },
        fromEnd: { relationship: 'SUPPLIES', role: 'SUPPLIER', since: 2019, provenance: { evidence: 's1 supplies s2' } },
        toEnd: { relationship: 'SUPPLIES', role: 'CUSTOMER', since: 2019 },
      });
    });

    it('follows FUNDING only when asked, and lists equal lengths by organization ids', async () => {
      const found = await chains({ from: 'org:s1', to: 'org:s4', k: 10, via: ['PLATFORM', 'PROJECT', 'FUNDING', 'SUPPLY'] });
      expect(found.map(orgIds)).toEqual([
        ['org:s1', 'org:g', 'org:s4'],
        ['org:s1', 'org:h', 'org:s4'],
        ['org:s1', 'org:g', 'org:h', 'org:s4'],
        ['org:s1', 'org:h', 'org:g', 'org:s4'],
        ['org:s1', 'org:s2', 'org:s3', 'org:s4'],
      ]);
      expect(found[0]!.hops.map((h) => [h.via, h.connector.id, h.fromEnd.role, h.toEnd.role])).toEqual([
        ['FUNDING', 'proj:k', 'LEAD', 'FUNDER'],
        ['FUNDING', 'proj:j', 'FUNDER', 'PARTICIPANT'],
      ]);
    });

    it('reads supply links against their direction, and honours via and maxHops', async () => {
      const [back] = await chains({ from: 'org:s4', to: 'org:s1', via: ['SUPPLY'] });
      expect(orgIds(back!)).toEqual(['org:s4', 'org:s3', 'org:s2', 'org:s1']);
      expect(back!.hops[0]).toMatchObject({ fromEnd: { role: 'CUSTOMER' }, toEnd: { role: 'SUPPLIER' }, connector: { supplier: { id: 'org:s3' } } });
      expect(await chains({ from: 'org:s1', to: 'org:s4', via: ['SUPPLY'], maxHops: 2 })).toEqual([]);
      expect(await chains({ from: 'org:s1', to: 'org:s4', maxHops: 1 })).toEqual([]);
      expect((await chains({ from: 'org:s1', to: 'org:h', via: ['PLATFORM'] })).map(orgIds)).toEqual([['org:s1', 'org:h']]);
      expect(await chains({ from: 'org:s1', to: 'org:s4', via: ['PLATFORM'] })).toEqual([]);
    });

    it('costs one round trip to check the ends, one per search level, one for the hops (and one for their sources)', async () => {
      const res = await gql(app, CHAIN, { from: 'org:s1', to: 'org:s4', k: 5, maxHops: 6 });
      expect(res.errors).toBeUndefined();
      expect(res.extensions?.roundTrips).toBeLessThanOrEqual(1 + 6 + 1 + 1); // + the provenance sources, batched
      const direct = await gql(app, CHAIN, { from: 'org:s1', to: 'org:h' });
      expect(direct.extensions?.roundTrips).toBe(4); // ends, one level from s1, the hop's details, its sources
    });

    it('answers an empty list when no chain exists', async () => {
      expect(await chains({ from: 'org:s1', to: 'org:lonely', maxHops: 6 })).toEqual([]);
      expect(await chains({ from: 'org:lonely', to: 'org:a2', maxHops: 6, k: 10 })).toEqual([]);
    });

    it('rejects unknown ids, non-organizations and a chain from an organization to itself', async () => {
      await userError(CHAIN, { from: 'org:nope', to: 'org:s1' }, /from: no node with id "org:nope"/);
      await userError(CHAIN, { from: 'org:s1', to: 'org:nope' }, /to: no node with id "org:nope"/);
      await userError(CHAIN, { from: 'plat:p', to: 'org:s1' }, /from: "plat:p" is a Platform, not an Organization/);
      await userError(CHAIN, { from: 'org:s1', to: 'region:x' }, /to: "region:x" is a Region, not an Organization/);
      await userError(CHAIN, { from: 'org:s1', to: 'org:s1' }, /from and to are both "org:s1"/);
      await userError(CHAIN, { from: 'org:s1', to: 'org:s4', via: [] }, /via must name at least one/);
    });

    it('rejects arguments outside their range, naming the argument', async () => {
      await userError(CHAIN, { from: 'org:s1', to: 'org:s4', maxHops: 7 }, /maxHops must be between 1 and 6, got 7/);
      await userError(CHAIN, { from: 'org:s1', to: 'org:s4', maxHops: 0 }, /maxHops must be between 1 and 6/);
      await userError(CHAIN, { from: 'org:s1', to: 'org:s4', maxHops: -1 }, /maxHops must be between 1 and 6, got -1/);
      await userError(CHAIN, { from: 'org:s1', to: 'org:s4', k: 11 }, /k must be between 1 and 10, got 11/);
      await userError(CHAIN, { from: 'org:s1', to: 'org:s4', k: -3 }, /k must be between 1 and 10, got -3/);
    });
  });

  describe('upstream and downstream', () => {
    const links = async (query: string, vars: Record<string, unknown>) => {
      const data = await ok<Record<string, { nodes: { from: { id: string }; to: { id: string }; depth: number; product: string }[] }>>(app, query, vars);
      return Object.values(data)[0]!.nodes.map((l) => [l.from.id, l.to.id, l.depth, l.product]);
    };

    it('walks supply links of an organization, nearest first, with product and provenance', async () => {
      expect(await links(UPSTREAM, { id: 'org:s4' })).toEqual([
        ['org:s3', 'org:s4', 1, 'modules'],
        ['org:s2', 'org:s3', 2, 'dies'],
        ['org:x1', 'org:s3', 2, 'gas'],
      ]);
      expect(await links(UPSTREAM, { id: 'org:s4', depth: 3 })).toEqual([
        ['org:s3', 'org:s4', 1, 'modules'],
        ['org:s2', 'org:s3', 2, 'dies'],
        ['org:x1', 'org:s3', 2, 'gas'],
        ['org:s1', 'org:s2', 3, 'silicon'],
      ]);
      expect(await links(UPSTREAM, { id: 'org:s4', depth: 3, first: 1 })).toEqual([['org:s3', 'org:s4', 1, 'modules']]);
      expect(await links(DOWNSTREAM, { id: 'org:s1', depth: 5 })).toEqual([
        ['org:s1', 'org:s2', 1, 'silicon'],
        ['org:s2', 'org:s3', 2, 'dies'],
        ['org:s3', 'org:s4', 3, 'modules'],
      ]);
      expect(await links(DOWNSTREAM, { id: 'org:s4' })).toEqual([]);
      const [first] = (await ok(app, UPSTREAM, { id: 'org:s2', depth: 1 })).upstream.nodes;
      expect(first).toEqual({
        from: { id: 'org:s1' },
        to: { id: 'org:s2' },
        depth: 1,
        product: 'silicon',
        since: 2019,
        provenance: { evidence: 's1 supplies s2', source: { id: 'src:t' } },
      });
    });

    it('keeps only links whose far end is in the industry or a sub-industry, still walking through the others', async () => {
      expect(await links(UPSTREAM, { id: 'org:s4', depth: 3, industry: 'ind:b' })).toEqual([['org:s2', 'org:s3', 2, 'dies']]);
      expect(await links(UPSTREAM, { id: 'org:s4', depth: 3, industry: 'ind:a' })).toEqual([
        ['org:x1', 'org:s3', 2, 'gas'],
        ['org:s1', 'org:s2', 3, 'silicon'],
      ]);
      expect(await links(UPSTREAM, { id: 'org:s4', depth: 3, industry: 'ind:z' })).toEqual([]);
    });

    it('follows UPSTREAM_OF from an industry', async () => {
      expect(await links(UPSTREAM, { id: 'ind:c' })).toEqual([
        ['ind:b', 'ind:c', 1, 'chips'],
        ['ind:a', 'ind:b', 2, 'wafers'],
      ]);
      expect(await links(DOWNSTREAM, { id: 'ind:a', depth: 5 })).toEqual([
        ['ind:a', 'ind:b', 1, 'wafers'],
        ['ind:b', 'ind:c', 2, 'chips'],
        ['ind:c', 'ind:d', 3, 'devices'],
      ]);
      expect(await links(UPSTREAM, { id: 'ind:d', depth: 3, industry: 'ind:b' })).toEqual([['ind:b', 'ind:c', 2, 'chips']]);
      const [wafers] = (await ok(app, DOWNSTREAM, { id: 'ind:a', depth: 1 })).downstream.nodes;
      expect(wafers.provenance).toEqual({ evidence: 'materials feed components', source: { id: 'src:t' } });
    });

    it('rejects bad ids and arguments', async () => {
      await userError(UPSTREAM, { id: 'org:nope' }, /id: no node with id "org:nope"/);
      await userError(DOWNSTREAM, { id: 'plat:p' }, /id: "plat:p" is a Platform, not an Organization or an Industry/);
      await userError(UPSTREAM, { id: 'org:s4', industry: 'ind:nope' }, /industry: no node with id "ind:nope"/);
      await userError(UPSTREAM, { id: 'org:s4', industry: 'org:s1' }, /industry: "org:s1" is an Organization, not an Industry/);
      await userError(UPSTREAM, { id: 'org:s4', depth: 6 }, /depth must be between 1 and 5, got 6/);
      await userError(DOWNSTREAM, { id: 'org:s4', depth: -1 }, /depth must be between 1 and 5, got -1/);
      await userError(UPSTREAM, { id: 'org:s4', first: 1001 }, /first must be between 1 and 1000, got 1001/);
      await userError(DOWNSTREAM, { id: 'org:s4', first: -5 }, /first must be between 1 and 1000, got -5/);
    });
  });

  describe('missingLinks', () => {
    const segments = async (vars: Record<string, unknown>) =>
      (await ok(app, MISSING, vars)).missingLinks.map((m: any) => [m.industry.id, m.position, m.distance, m.enterpriseCount, m.missing]);

    it('counts enterprises of the region and its sub-regions along the chain, in industries and sub-industries', async () => {
      expect(await segments({ region: 'region:p', industry: 'ind:b', depth: 1 })).toEqual([
        ['ind:a', 'UPSTREAM', -1, 3, false],
        ['ind:b', 'MIDSTREAM', 0, 1, false],
        ['ind:c', 'DOWNSTREAM', 1, 0, true],
      ]);
      // d1 is a university in ind:d: not counted.
      expect(await segments({ region: 'region:p', industry: 'ind:b' })).toEqual([
        ['ind:a', 'UPSTREAM', -1, 3, false],
        ['ind:b', 'MIDSTREAM', 0, 1, false],
        ['ind:c', 'DOWNSTREAM', 1, 0, true],
        ['ind:d', 'DOWNSTREAM', 2, 1, false],
      ]);
      expect(await segments({ region: 'region:q', industry: 'ind:b', depth: 2 })).toEqual([
        ['ind:a', 'UPSTREAM', -1, 1, false],
        ['ind:b', 'MIDSTREAM', 0, 0, true],
        ['ind:c', 'DOWNSTREAM', 1, 1, false],
        ['ind:d', 'DOWNSTREAM', 2, 0, true],
      ]);
      expect(await segments({ region: 'region:c', industry: 'ind:d', depth: 5 })).toEqual([
        ['ind:a', 'UPSTREAM', -3, 4, false],
        ['ind:b', 'UPSTREAM', -2, 1, false],
        ['ind:c', 'UPSTREAM', -1, 1, false],
        ['ind:d', 'MIDSTREAM', 0, 1, false],
      ]);
      expect(await segments({ region: 'region:c', industry: 'ind:z' })).toEqual([['ind:z', 'MIDSTREAM', 0, 0, true]]);
    });

    it('rejects unknown and wrong-kind ids and a depth out of range', async () => {
      await userError(MISSING, { region: 'region:nope', industry: 'ind:b' }, /region: no node with id "region:nope"/);
      await userError(MISSING, { region: 'region:p', industry: 'ind:nope' }, /industry: no node with id "ind:nope"/);
      await userError(MISSING, { region: 'ind:a', industry: 'ind:b' }, /region: "ind:a" is an Industry, not a Region/);
      await userError(MISSING, { region: 'region:p', industry: 'region:q' }, /industry: "region:q" is a Region, not an Industry/);
      await userError(MISSING, { region: 'region:p', industry: 'ind:b', depth: 6 }, /depth must be between 1 and 5, got 6/);
      await userError(MISSING, { region: 'region:p', industry: 'ind:b', depth: 0 }, /depth must be between 1 and 5, got 0/);
    });
  });

  describe('neighborhood', () => {
    it('returns nodes and edges ready to draw, neighbours by id', async () => {
      const n = await neighborhood({ id: 'org:s1' });
      expect(n.truncated).toBe(false);
      expect(n.totalNodes).toBe(7);
      expect(n.nodes.map((x) => [x.id, x.kind, x.label, x.depth])).toEqual([
        ['org:s1', 'ORGANIZATION', 'S1', 0],
        ['ind:a', 'INDUSTRY', 'Materials', 1],
        ['org:s2', 'ORGANIZATION', 'S2', 1],
        ['plat:p', 'PLATFORM', 'P', 1],
        ['plat:q', 'PLATFORM', 'Q', 1],
        ['proj:k', 'PROJECT', 'K', 1],
        ['region:x', 'REGION', 'City X', 1],
      ]);
      expect(n.nodes[0]!.properties).toMatchObject({ id: 'org:s1', kind: 'ENTERPRISE', name: 'S1' });
      expect(n.edges.map((e) => e.id)).toEqual([
        'org:s1-IN_INDUSTRY->ind:a',
        'org:s1-LOCATED_IN->region:x',
        'org:s1-MEMBER_OF->plat:p',
        'org:s1-MEMBER_OF->plat:q',
        'org:s1-SUPPLIES->org:s2',
        'org:s1-UNDERTAKES->proj:k',
        'org:s2-LOCATED_IN->region:x', // between two neighbours: drawn too
      ]);
      expect(n.edges[2]).toMatchObject({ type: 'MEMBER_OF', source: 'org:s1', target: 'plat:p', properties: { role: 'LEAD', evidence: 's1 leads p' } });
      expect(n.pageInfo.hasNextPage).toBe(false);
    });

    it('filters kinds and relationship types, and reports a per-kind cap as truncated', async () => {
      const platforms = await neighborhood({ id: 'org:s1', kinds: ['PLATFORM'] });
      expect(platforms.nodes.map((x) => x.id)).toEqual(['org:s1', 'plat:p', 'plat:q']);
      expect(platforms.edges.map((e) => e.type)).toEqual(['MEMBER_OF', 'MEMBER_OF']);
      const supplies = await neighborhood({ id: 'org:s1', depth: 3, types: ['SUPPLIES'] });
      expect(supplies.nodes.map((x) => [x.id, x.depth])).toEqual([
        ['org:s1', 0],
        ['org:s2', 1],
        ['org:s3', 2],
        ['org:s4', 3],
        ['org:x1', 3],
      ]);
      expect(supplies.edges).toHaveLength(4);
      const capped = await neighborhood({ id: 'org:s1', perKind: 1 });
      expect(capped.truncated).toBe(true);
      expect(capped.nodes.map((x) => x.id)).toEqual(['org:s1', 'ind:a', 'org:s2', 'plat:p', 'proj:k', 'region:x']);
    });

    it('includes every relationship among the nodes, also between nodes the search did not expand', async () => {
      // s1 and s2 are both one step from region:x; the supply link between them is drawn too.
      const n = await neighborhood({ id: 'region:x' });
      expect(n.nodes.map((x) => x.id)).toEqual(['region:x', 'org:a1', 'org:d1', 'org:s1', 'org:s2', 'org:s4', 'region:p']);
      expect(n.edges.map((e) => e.id)).toEqual([
        'org:a1-LOCATED_IN->region:x',
        'org:d1-LOCATED_IN->region:x',
        'org:s1-LOCATED_IN->region:x',
        'org:s1-SUPPLIES->org:s2',
        'org:s2-LOCATED_IN->region:x',
        'org:s4-LOCATED_IN->region:x',
        'region:x-PART_OF->region:p',
      ]);
      const platforms = await neighborhood({ id: 'org:s1', depth: 2, types: ['MEMBER_OF', 'HOSTED_BY'] });
      expect(platforms.nodes.map((x) => x.id)).toEqual(['org:s1', 'plat:p', 'plat:q', 'org:h']);
      expect(platforms.edges.map((e) => e.id)).toEqual([
        'org:h-MEMBER_OF->plat:q',
        'org:s1-MEMBER_OF->plat:p',
        'org:s1-MEMBER_OF->plat:q',
        'plat:p-HOSTED_BY->org:h',
      ]);
    });

    it('pages in breadth-first order; each node and edge comes once, after its ends', async () => {
      const whole = await neighborhood({ id: 'org:s1', depth: 3, first: 1000 });
      const paged = await allPages({ id: 'org:s1', depth: 3, first: 2 });
      expect(paged.nodes.map((x) => x.id)).toEqual(whole.nodes.map((x) => x.id));
      expect(paged.edges.map((e) => e.id).sort()).toEqual(whole.edges.map((e) => e.id).sort());
      expect(paged.pages).toBe(Math.ceil(whole.totalNodes / 2));
      const first = await neighborhood({ id: 'org:s1', first: 2 });
      expect(first.nodes.map((x) => x.id)).toEqual(['org:s1', 'ind:a']);
      expect(first.edges.map((e) => e.id)).toEqual(['org:s1-IN_INDUSTRY->ind:a']);
      const second = await neighborhood({ id: 'org:s1', first: 2, after: first.pageInfo.endCursor });
      expect(second.nodes.map((x) => x.id)).toEqual(['org:s2', 'plat:p']);
      expect(second.edges.map((e) => e.id)).toEqual(['org:s1-MEMBER_OF->plat:p', 'org:s1-SUPPLIES->org:s2']);
    });

    it('costs one round trip whatever the depth (start node, levels and page in one statement)', async () => {
      for (const depth of [1, 3]) {
        const res = await gql(app, NEIGHBORHOOD, { id: 'org:s1', depth });
        expect(res.errors).toBeUndefined();
        expect(res.extensions?.roundTrips).toBe(1);
      }
    });

    it('rejects a cursor of another query, a forged cursor, unknown ids and out-of-range arguments', async () => {
      const first = await neighborhood({ id: 'org:s1', first: 2 });
      await userError(NEIGHBORHOOD, { id: 'org:s1', depth: 2, first: 2, after: first.pageInfo.endCursor }, /after belongs to another neighborhood query/);
      await userError(NEIGHBORHOOD, { id: 'org:s2', first: 2, after: first.pageInfo.endCursor }, /after belongs to another neighborhood query/);
      await userError(NEIGHBORHOOD, { id: 'org:s1', after: 'not-a-cursor' }, /after is not a cursor this server issued/);
      await userError(NEIGHBORHOOD, { id: 'org:nope' }, /id: no node with id "org:nope"/);
      await userError(NEIGHBORHOOD, { id: 'org:s1', depth: 4 }, /depth must be between 1 and 3, got 4/);
      await userError(NEIGHBORHOOD, { id: 'org:s1', depth: -1 }, /depth must be between 1 and 3, got -1/);
      await userError(NEIGHBORHOOD, { id: 'org:s1', first: 1001 }, /first must be between 1 and 1000, got 1001/);
      await userError(NEIGHBORHOOD, { id: 'org:s1', first: 0 }, /first must be between 1 and 1000, got 0/);
      await userError(NEIGHBORHOOD, { id: 'org:s1', perKind: 501 }, /limitPerKind must be between 1 and 500, got 501/);
      await userError(NEIGHBORHOOD, { id: 'org:s1', perKind: -2 }, /limitPerKind must be between 1 and 500, got -2/);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// The seed graph: the five articles

describe('on the seed graph', () => {
  let ds: Dataset;
  beforeAll(async () => {
    await resetDatabase(graph);
    await loadSeed(graph, PROJECT_ROOT);
    ds = readDataset(path.join(PROJECT_ROOT, 'seeds'));
  });

  it('finds the chain between the Jinzhou enterprises through their technical center, with the article as provenance', async () => {
    const [chain] = await chains({ from: 'org:shengong-semiconductor', to: 'org:rhei-power' });
    expect(chain!.length).toBe(1);
    expect(chain!.hops[0]).toMatchObject({
      via: 'PLATFORM',
      connector: { __typename: 'Platform', id: 'plat:jinzhou-provincial-industrial-technical-center' },
      fromEnd: { relationship: 'MEMBER_OF', role: 'MEMBER', provenance: { source: { id: 'src:a000' }, evidence: expect.stringContaining('RheI Power') } },
    });
  });

  it('gives every pair of organizations a chain exactly as long as the breadth-first distance', async () => {
    const adj = orgAdjacency(ds, ['PLATFORM', 'PROJECT', 'SUPPLY']);
    const orgs = [...ds.kind].filter(([, k]) => k === 'ORGANIZATION').map(([id]) => id);
    let connected = 0;
    for (const from of orgs) {
      const dist = bfs(adj, from, 6);
      for (const to of orgs) {
        if (from === to) continue;
        const found = await chains({ from, to, maxHops: 6, k: 3 });
        expect(found.map((c) => c.length)).toEqual(kShortestLengths(adj, from, to, 6, 3));
        expect(found[0]?.length).toBe(dist.get(to));
        for (const c of found) checkChain(c, adj, from, to, 6);
        if (found.length) connected += 1;
      }
    }
    expect(connected).toBeGreaterThanOrEqual(6); // the three Jinzhou enterprises, both ways
  });

  it('gives neighbourhoods whose node sets are the breadth-first sets at depth 1 and 2', async () => {
    const adj = fullAdjacency(ds);
    const ids = [...ds.kind.keys()].sort();
    const pick = sampler(11);
    const starts = new Set(['org:shengong-semiconductor', 'region:cn-zhejiang', 'ind:new-materials', 'plat:jinzhou-provincial-industrial-technical-center']);
    while (starts.size < 30) starts.add(pick(ids));
    for (const id of starts) {
      for (const depth of [1, 2]) {
        const n = await neighborhood({ id, depth, first: 1000, perKind: 500 });
        expect(n.truncated).toBe(false);
        const expected = bfs(adj, id, depth);
        expect(n.nodes.map((x) => x.id).sort(), `${id} depth ${depth}`).toEqual([...expected.keys()].sort());
        for (const x of n.nodes) {
          expect(x.depth).toBe(expected.get(x.id));
          expect(x.kind).toBe(ds.kind.get(x.id));
        }
      }
    }
  });

  it('keeps to the kinds asked for, as a breadth-first search restricted to them does', async () => {
    const adj = fullAdjacency(ds);
    const kinds = ['ORGANIZATION', 'PLATFORM', 'REGION'];
    const n = await neighborhood({ id: 'region:cn-zhejiang', depth: 3, kinds, first: 1000 });
    const expected = bfs(adj, 'region:cn-zhejiang', 3, (id) => kinds.includes(ds.kind.get(id)!));
    expect(n.nodes.map((x) => x.id).sort()).toEqual([...expected.keys()].sort());
  });
});

// ---------------------------------------------------------------------------------------------
// A generated graph: 2000 organizations

describe('on a generated graph', () => {
  let ds: Dataset;
  let orgs: string[];
  beforeAll(async () => {
    await resetDatabase(graph);
    const dir = tempDir();
    await generate({ orgs: 2000, seed: 7, outDir: dir });
    await importDataset(graph, dir);
    ds = readDataset(dir);
    orgs = [...ds.kind].filter(([, k]) => k === 'ORGANIZATION').map(([id]) => id);
  });

  it('gives chains as long as the breadth-first distance for many random pairs, at every distance', { timeout: 300_000 }, async () => {
    const adj = orgAdjacency(ds, ['PLATFORM', 'PROJECT', 'SUPPLY']);
    const pick = sampler(7);
    const byDistance = new Map<number | undefined, number>();
    for (let i = 0; i < 40; i++) {
      const from = pick(orgs);
      const dist = bfs(adj, from, 6);
      // Half the targets at random, half chosen to spread over the distances 1..6.
      const want = (Math.floor(i / 2) % 6) + 1;
      const atWant = [...dist].filter(([, d]) => d === want).map(([id]) => id);
      const to = i % 2 === 0 || atWant.length === 0 ? pick(orgs) : pick(atWant);
      if (to === from) continue;
      const found = await chains({ from, to, maxHops: 6 });
      expect(found[0]?.length, `${from} -> ${to}`).toBe(dist.get(to));
      for (const c of found) checkChain(c, adj, from, to, 6);
      byDistance.set(dist.get(to), (byDistance.get(dist.get(to)) ?? 0) + 1);
    }
    for (const d of [1, 2, 3]) expect(byDistance.get(d) ?? 0, `pairs at distance ${d}`).toBeGreaterThan(0);
  });

  it('gives the k shortest chains: their lengths are those of the k shortest paths, distinct and real', { timeout: 300_000 }, async () => {
    const adj = orgAdjacency(ds, ['PLATFORM', 'PROJECT', 'SUPPLY']);
    const pick = sampler(21);
    for (let i = 0; i < 12; i++) {
      const from = pick(orgs);
      const reach = [...bfs(adj, from, 3)].filter(([, d]) => d >= 2).map(([id]) => id);
      const to = reach.length ? pick(reach) : pick(orgs);
      if (to === from) continue;
      const maxHops = 4;
      const found = await chains({ from, to, maxHops, k: 5 });
      expect(
        found.map((c) => c.length),
        `${from} -> ${to}`,
      ).toEqual(kShortestLengths(adj, from, to, maxHops, 5));
      expect(new Set(found.map((c) => orgIds(c).join(' '))).size).toBe(found.length);
      for (const c of found) checkChain(c, adj, from, to, maxHops);
    }
  });

  it('honours via: chains over supply links alone match a search over supply links alone', { timeout: 120_000 }, async () => {
    const adj = orgAdjacency(ds, ['SUPPLY']);
    const pick = sampler(5);
    for (let i = 0; i < 10; i++) {
      const from = pick(orgs);
      const to = pick(orgs);
      if (to === from) continue;
      const found = await chains({ from, to, maxHops: 6, via: ['SUPPLY'] });
      expect(found[0]?.length, `${from} -> ${to}`).toBe(bfs(adj, from, 6).get(to));
      for (const c of found) for (const h of c.hops) expect(h.via).toBe('SUPPLY');
    }
  });

  it('gives neighbourhoods whose node sets are the breadth-first sets at depth 1 and 2 when not truncated', { timeout: 300_000 }, async () => {
    const pick = sampler(3);
    const ids = [...ds.kind.keys()].sort();
    const cases: { types?: string[]; kinds?: string[] }[] = [{}, { types: ['MEMBER_OF', 'HOSTED_BY', 'UNDERTAKES', 'SUPPLIES', 'SUPPORTS'] }];
    let compared = 0;
    for (const c of cases) {
      const adj = fullAdjacency(ds, c.types);
      for (let i = 0; i < 12; i++) {
        const id = i < 6 ? pick(orgs) : pick(ids);
        for (const depth of [1, 2]) {
          const pages = await allPages({ id, depth, types: c.types, perKind: 500, first: 1000 });
          if (pages.truncated) continue;
          const expected = bfs(adj, id, depth);
          expect(pages.nodes.map((x) => x.id).sort(), `${id} depth ${depth} ${c.types ?? 'all'}`).toEqual([...expected.keys()].sort());
          for (const x of pages.nodes) expect(x.depth).toBe(expected.get(x.id));
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThanOrEqual(24);
  });

  it('pages a large neighbourhood to its end: every node exactly once, every edge once after its ends', { timeout: 120_000 }, async () => {
    const hub = 'org:g000000';
    const whole = await allPages({ id: hub, depth: 2, first: 1000 });
    const small = await allPages({ id: hub, depth: 2, first: 97 });
    expect(whole.nodes.length).toBeGreaterThan(300);
    expect(small.pages).toBe(Math.ceil(whole.nodes.length / 97));
    expect(small.nodes.map((x) => x.id)).toEqual(whole.nodes.map((x) => x.id));
    expect(small.edges.map((e) => e.id).sort()).toEqual(whole.edges.map((e) => e.id).sort());
    const nodeIds = new Set(whole.nodes.map((x) => x.id));
    const types = new Set<string>(Object.values(relationshipKinds).map((k) => k.type));
    for (const e of whole.edges) {
      expect(nodeIds.has(e.source) && nodeIds.has(e.target)).toBe(true);
      expect(types.has(e.type) || e.type === 'ABOUT').toBe(true);
    }
  });

  it('walks supply chains like a breadth-first search over supplies.csv', async () => {
    const suppliers = new Map<string, string[]>();
    for (const r of ds.rels) if (r.type === 'SUPPLIES') suppliers.set(r.to, [...(suppliers.get(r.to) ?? []), r.from]);
    const pick = sampler(9);
    const customers = [...suppliers.keys()].sort();
    let compared = 0;
    for (let i = 0; i < 12; i++) {
      const id = pick(customers);
      const up = (await ok(app, UPSTREAM, { id, depth: 2, first: 1000 })).upstream.nodes as { from: { id: string }; to: { id: string }; depth: number }[];
      // Expected: every SUPPLIES link into a node within 1 link of `id`, at 1 + that node's distance.
      const dist = new Map([[id, 0]]);
      for (const s of suppliers.get(id) ?? []) if (!dist.has(s)) dist.set(s, 1);
      const expected = new Map<string, number>();
      for (const [node, d] of dist)
        for (const s of suppliers.get(node) ?? []) if (d + 1 <= 2 && !expected.has(`${s}|${node}`)) expected.set(`${s}|${node}`, d + 1);
      for (let j = 1; j < up.length; j++) expect(up[j]!.depth).toBeGreaterThanOrEqual(up[j - 1]!.depth);
      if (expected.size > 1000) continue; // cut by first: compared only when all fit
      expect(new Map(up.map((l) => [`${l.from.id}|${l.to.id}`, l.depth]))).toEqual(expected);
      compared += 1;
    }
    expect(compared).toBeGreaterThanOrEqual(6);
  });
});
