// Industrial-chain traversals against the real Neo4j: chainPartners, industryChain/missingLinks,
// Industry.organizations/upstream/downstream and the paging of upstream/downstream. Exact answers
// on a small fixture; on the fixture, the seed graph and a generated graph (whose generator
// writes enterprises with an industry and no supply link) agreement with a breadth-first search
// written here over the dataset files. Every capped answer is checked to be flagged and pageable
// to its end.
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
import { loadSeed } from '../../src/seed/load-seed.js';
import { type App, fails, ok, testApp } from '../helpers/gql.js';
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

// ---------------------------------------------------------------------------------------------
// Operations

const MEMBERSHIP = 'organization { id } tagged { id } industry { id } provenance { evidence source { id } }';
const PARTNERS = `query($id: ID!, $direction: ChainDirection, $depth: Int, $via: [ChainVia!], $region: ID, $industry: ID, $sub: Boolean, $kinds: [OrgKind!], $first: Int, $after: String) {
  chainPartners(id: $id, direction: $direction, depth: $depth, via: $via, region: $region, industry: $industry, includeSubIndustries: $sub, kinds: $kinds, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      organization { id }
      distance direction
      paths {
        via direction distance
        supplies { supplier { id } customer { id } product since provenance { evidence source { id } } }
        industryLinks { upstream { id } downstream { id } product provenance { evidence source { id } } }
        fromIndustry { ${MEMBERSHIP} }
        toIndustry { ${MEMBERSHIP} }
      }
    }
  }
}`;
const LINKS = (field: string) => `query($id: ID!, $depth: Int, $industry: ID, $sub: Boolean, $first: Int, $after: String) {
  ${field}(id: $id, depth: $depth, industry: $industry, includeSubIndustries: $sub, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { from { id } to { id } depth product }
  }
}`;
const SEGMENT = `industry { id } position distance enterpriseCount graphEnterpriseCount missing present
  regionHasUpstream regionHasDownstream coverage coverageNote`;
const CHAIN = `query($industry: ID!, $region: ID, $depth: Int, $sub: Boolean, $first: Int, $after: String) {
  industryChain(industry: $industry, region: $region, depth: $depth, includeSubIndustries: $sub) {
    industry { id } region { id } depth includeSubIndustries
    segments { ${SEGMENT}
      organizations(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } edges { cursor node { id } } }
      candidates(first: $first) { totalCount pageInfo { hasNextPage endCursor } nodes { id } }
    }
    missing { industry { id } }
  }
}`;
const MISSING = `query($industry: ID!, $region: ID, $depth: Int, $sub: Boolean) {
  missingLinks(industry: $industry, region: $region, depth: $depth, includeSubIndustries: $sub) {
    ${SEGMENT} candidates(first: 50) { totalCount nodes { id } }
  }
}`;
const INDUSTRY = `query($id: ID!, $region: ID, $sub: Boolean, $kinds: [OrgKind!], $first: Int, $after: String) {
  industry(id: $id) {
    organizations(region: $region, includeSubIndustries: $sub, kinds: $kinds, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id name }
    }
  }
}`;
const INDUSTRY_LINKS = `query($id: ID!, $first: Int, $after: String) {
  industry(id: $id) {
    upstream(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { upstream { id } downstream { id } product provenance { evidence } } }
    downstream(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { upstream { id } downstream { id } product } }
  }
}`;

interface PathOut {
  via: string;
  direction: string;
  distance: number;
  supplies: { supplier: { id: string }; customer: { id: string }; product: string | null; provenance: { evidence: string | null } }[];
  industryLinks: { upstream: { id: string }; downstream: { id: string }; product: string | null }[];
  fromIndustry: { organization: { id: string }; tagged: { id: string }; industry: { id: string } } | null;
  toIndustry: { organization: { id: string }; tagged: { id: string }; industry: { id: string } } | null;
}
interface PartnerOut {
  organization: { id: string };
  distance: number;
  direction: string;
  paths: PathOut[];
}
interface Conn<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: T[];
}

/** Every page of a connection-returning query field, and the number of pages. */
async function allPages<T>(
  query: string,
  field: string,
  vars: Record<string, unknown>,
  pick = (d: any) => d[field],
): Promise<{ nodes: T[]; pages: number; totalCount: number }> {
  const nodes: T[] = [];
  let after: string | null = null;
  let pages = 0;
  let totalCount = -1;
  for (;;) {
    const c = pick(await ok(app, query, { ...vars, after })) as Conn<T>;
    pages += 1;
    if (totalCount < 0) totalCount = c.totalCount;
    expect(c.totalCount).toBe(totalCount);
    nodes.push(...c.nodes);
    if (!c.pageInfo.hasNextPage) break;
    expect(c.nodes.length).toBeGreaterThan(0);
    after = c.pageInfo.endCursor;
    if (pages > 10_000) throw new Error('paging does not end');
  }
  expect(nodes.length).toBe(totalCount);
  return { nodes, pages, totalCount };
}

// ---------------------------------------------------------------------------------------------
// The independent computation: rows straight from the files, breadth-first search in memory.

interface Files {
  kind: Map<string, string>;
  orgKind: Map<string, string>;
  rows: Record<string, Record<string, string>[]>;
}

function readFiles(dir: string): Files {
  const rows: Record<string, Record<string, string>[]> = {};
  for (const file of readdirSync(dir)) {
    const [name, ext] = file.split('.') as [string, string];
    const text = readFileSync(path.join(dir, file), 'utf8');
    if (ext === 'csv') rows[name] = parseCsv(text, { columns: true, bom: true, skip_empty_lines: true });
    else if (ext === 'jsonl')
      rows[name] = text
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l));
  }
  const kind = new Map<string, string>();
  const orgKind = new Map<string, string>();
  for (const [file, k] of [
    ['organizations', 'Organization'],
    ['industries', 'Industry'],
    ['regions', 'Region'],
  ])
    for (const r of rows[file!] ?? []) kind.set(r.id!, k!);
  for (const r of rows.organizations ?? []) orgKind.set(r.id!, r.kind!);
  return { kind, orgKind, rows };
}

const multimap = (pairs: [string, string][]) => {
  const m = new Map<string, string[]>();
  for (const [a, b] of pairs) m.set(a, [...(m.get(a) ?? []), b]);
  return m;
};

/** The model of the chain, built from the files. */
class Model {
  readonly tags: Map<string, string[]>;
  readonly parents: Map<string, string[]>;
  readonly regionParent: Map<string, string[]>;
  readonly located: Map<string, string[]>;
  readonly down: Map<string, string[]>;
  readonly up: Map<string, string[]>;
  readonly customers: Map<string, string[]>;
  readonly suppliers: Map<string, string[]>;
  readonly upstreamOf: Set<string>;
  readonly supplies: Set<string>;
  readonly tagSet: Set<string>;

  constructor(readonly f: Files) {
    const rel = (name: string) => (f.rows[name] ?? []).map((r) => [r.from!, r.to!] as [string, string]);
    const inIndustry = rel('in_industry').filter(([o]) => f.kind.get(o) === 'Organization');
    this.tags = multimap(inIndustry);
    this.tagSet = new Set(inIndustry.map(([o, i]) => `${o}|${i}`));
    this.parents = multimap(rel('subindustry_of'));
    this.regionParent = multimap(rel('part_of'));
    this.located = multimap(rel('located_in'));
    this.down = multimap(rel('upstream_of'));
    this.up = multimap(rel('upstream_of').map(([a, b]) => [b, a]));
    this.customers = multimap(rel('supplies'));
    this.suppliers = multimap(rel('supplies').map(([a, b]) => [b, a]));
    this.upstreamOf = new Set(rel('upstream_of').map(([a, b]) => `${a}|${b}`));
    this.supplies = new Set(rel('supplies').map(([a, b]) => `${a}|${b}`));
  }

  /** The industry and its ancestors (SUBINDUSTRY_OF), or the industry alone. */
  ancestors(industry: string, sub: boolean): Set<string> {
    const out = new Set([industry]);
    if (!sub) return out;
    const todo = [industry];
    while (todo.length)
      for (const p of this.parents.get(todo.pop()!) ?? [])
        if (!out.has(p)) {
          out.add(p);
          todo.push(p);
        }
    return out;
  }

  /** The industries an organization is in. */
  industriesOf(org: string, sub: boolean): Set<string> {
    const out = new Set<string>();
    for (const t of this.tags.get(org) ?? []) for (const a of this.ancestors(t, sub)) out.add(a);
    return out;
  }

  inRegion(org: string, region: string): boolean {
    const todo = [...(this.located.get(org) ?? [])];
    const seen = new Set<string>();
    while (todo.length) {
      const r = todo.pop()!;
      if (r === region) return true;
      if (seen.has(r)) continue;
      seen.add(r);
      todo.push(...(this.regionParent.get(r) ?? []));
    }
    return false;
  }

  /** Levels >= 1 of a breadth-first search from `starts` over `adj`; `visited` is never entered. */
  static bfs(adj: Map<string, string[]>, starts: Iterable<string>, depth: number, visited = new Set<string>()): Map<string, number> {
    const dist = new Map<string, number>();
    let frontier = [...new Set(starts)];
    for (let d = 1; d <= depth && frontier.length; d++) {
      const next: string[] = [];
      for (const u of frontier)
        for (const v of adj.get(u) ?? [])
          if (!dist.has(v) && !visited.has(v)) {
            dist.set(v, d);
            next.push(v);
          }
      frontier = next;
    }
    return dist;
  }

  /** Partner -> (path kind "VIA DIRECTION" -> shortest distance), as the API defines it. */
  partners(org: string, o: { directions: string[]; depth: number; via: string[]; sub: boolean; region?: string; industry?: string; kinds?: string[] }) {
    const out = new Map<string, Map<string, number>>();
    const keep = (p: string) =>
      p !== org &&
      this.f.kind.get(p) === 'Organization' &&
      (!o.region || this.inRegion(p, o.region)) &&
      (!o.industry || this.industriesOf(p, o.sub).has(o.industry)) &&
      (!o.kinds || o.kinds.includes(this.f.orgKind.get(p)!));
    const put = (p: string, key: string, d: number) => {
      if (!keep(p)) return;
      const m = out.get(p) ?? new Map<string, number>();
      m.set(key, Math.min(m.get(key) ?? Number.POSITIVE_INFINITY, d));
      out.set(p, m);
    };
    const orgs = [...this.f.kind].filter(([, k]) => k === 'Organization').map(([id]) => id);
    for (const dir of o.directions) {
      if (o.via.includes('SUPPLY'))
        for (const [p, d] of Model.bfs(dir === 'UPSTREAM' ? this.suppliers : this.customers, [org], o.depth, new Set([org]))) put(p, `SUPPLY ${dir}`, d);
      if (o.via.includes('INDUSTRY_CHAIN')) {
        const reached = Model.bfs(dir === 'UPSTREAM' ? this.up : this.down, this.industriesOf(org, o.sub), o.depth);
        for (const p of orgs) {
          let best = Number.POSITIVE_INFINITY;
          for (const i of this.industriesOf(p, o.sub)) best = Math.min(best, reached.get(i) ?? Number.POSITIVE_INFINITY);
          if (best < Number.POSITIVE_INFINITY) put(p, `INDUSTRY_CHAIN ${dir}`, best);
        }
      }
    }
    return out;
  }

  /** Checks that a returned path is made of real links, joined end to end, as long as it says. */
  checkPath(org: string, partner: string, p: PathOut, sub: boolean) {
    const up = p.direction === 'UPSTREAM';
    if (p.via === 'SUPPLY') {
      expect(p.industryLinks).toEqual([]);
      expect(p.supplies.length).toBe(p.distance);
      let at = org;
      for (const s of p.supplies) {
        expect(this.supplies.has(`${s.supplier.id}|${s.customer.id}`), `${s.supplier.id} supplies ${s.customer.id}`).toBe(true);
        expect(up ? s.customer.id : s.supplier.id).toBe(at);
        at = up ? s.supplier.id : s.customer.id;
      }
      expect(at).toBe(partner);
    } else {
      expect(p.supplies).toEqual([]);
      expect(p.industryLinks.length).toBe(p.distance);
      const from = p.fromIndustry!;
      const to = p.toIndustry!;
      expect(from.organization.id).toBe(org);
      expect(to.organization.id).toBe(partner);
      for (const m of [from, to]) {
        expect(this.tagSet.has(`${m.organization.id}|${m.tagged.id}`)).toBe(true);
        expect(this.ancestors(m.tagged.id, sub).has(m.industry.id)).toBe(true);
      }
      let at = from.industry.id;
      for (const l of p.industryLinks) {
        expect(this.upstreamOf.has(`${l.upstream.id}|${l.downstream.id}`), `${l.upstream.id} upstream of ${l.downstream.id}`).toBe(true);
        expect(up ? l.downstream.id : l.upstream.id).toBe(at);
        at = up ? l.upstream.id : l.downstream.id;
      }
      expect(at).toBe(to.industry.id);
    }
  }
}

const DIRS: Record<string, string[]> = { UPSTREAM: ['UPSTREAM'], DOWNSTREAM: ['DOWNSTREAM'], BOTH: ['UPSTREAM', 'DOWNSTREAM'] };

/** chainPartners of `org` (all pages) equals the model's computation, with every path checked. */
async function comparePartners(
  model: Model,
  org: string,
  vars: { direction: string; depth: number; via?: string[]; sub?: boolean; region?: string; industry?: string; kinds?: string[]; first?: number },
) {
  const sub = vars.sub ?? true;
  const via = vars.via ?? ['SUPPLY', 'INDUSTRY_CHAIN'];
  const expected = model.partners(org, {
    directions: DIRS[vars.direction]!,
    depth: vars.depth,
    via,
    sub,
    region: vars.region,
    industry: vars.industry,
    kinds: vars.kinds,
  });
  const { nodes } = await allPages<PartnerOut>(PARTNERS, 'chainPartners', { id: org, ...vars, first: vars.first ?? 500 });
  const label = `${org} ${JSON.stringify(vars)}`;
  expect(new Set(nodes.map((n) => n.organization.id)), label).toEqual(new Set(expected.keys()));
  expect(nodes.length, label).toBe(expected.size);
  for (let i = 1; i < nodes.length; i++) {
    const [a, b] = [nodes[i - 1]!, nodes[i]!];
    expect(a.distance < b.distance || (a.distance === b.distance && a.organization.id < b.organization.id), label).toBe(true);
  }
  for (const n of nodes) {
    const want = expected.get(n.organization.id)!;
    expect(new Map(n.paths.map((p) => [`${p.via} ${p.direction}`, p.distance])), `${label} ${n.organization.id}`).toEqual(want);
    expect(n.distance).toBe(Math.min(...want.values()));
    const dirs = new Set(n.paths.map((p) => p.direction));
    expect(n.direction).toBe(dirs.size > 1 ? 'BOTH' : [...dirs][0]);
    for (const p of n.paths) model.checkPath(org, n.organization.id, p, sub);
  }
  return nodes.length;
}

/** The chain map as the model computes it: distance and the counts per segment. */
function modelChain(model: Model, industry: string, depth: number, sub: boolean, region?: string) {
  const ups = Model.bfs(model.up, [industry], depth, new Set([industry]));
  const downs = Model.bfs(model.down, [industry], depth, new Set([industry]));
  const seg = new Map<string, number>([[industry, 0]]);
  for (const [i, d] of downs) seg.set(i, d);
  for (const [i, d] of ups) if (!seg.has(i) || d <= (seg.get(i) as number)) seg.set(i, -d); // upstream on a tie
  const enterprises = [...model.f.orgKind].filter(([, k]) => k === 'ENTERPRISE').map(([id]) => id);
  return [...seg].map(([i, distance]) => {
    const all = enterprises.filter((e) => model.industriesOf(e, sub).has(i));
    const here = region ? all.filter((e) => model.inRegion(e, region)) : all;
    return { industry: i, distance, here: here.sort(), outside: region ? all.filter((e) => !model.inRegion(e, region)).sort() : [] };
  });
}

async function compareChain(model: Model, industry: string, depth: number, sub: boolean, region?: string) {
  const expected = modelChain(model, industry, depth, sub, region);
  const segs = (await ok(app, MISSING, { industry, region, depth, sub })).missingLinks as any[];
  expect(new Map(segs.map((s) => [s.industry.id, s.distance]))).toEqual(new Map(expected.map((e) => [e.industry, e.distance])));
  for (let i = 1; i < segs.length; i++) expect(segs[i].distance).toBeGreaterThanOrEqual(segs[i - 1].distance);
  const held = expected.filter((e) => e.here.length > 0).map((e) => e.distance);
  for (const s of segs) {
    const e = expected.find((x) => x.industry === s.industry.id)!;
    expect(s.enterpriseCount, s.industry.id).toBe(e.here.length);
    expect(s.graphEnterpriseCount).toBe(e.here.length + e.outside.length);
    expect(s.missing).toBe(e.here.length === 0);
    expect(s.regionHasUpstream).toBe(held.some((d) => d < e.distance));
    expect(s.regionHasDownstream).toBe(held.some((d) => d > e.distance));
    const coverage = e.here.length > 0 ? 'PRESENT' : e.here.length + e.outside.length === 0 ? 'NOT_IN_GRAPH' : held.length ? 'GAP' : 'REGION_NOT_ON_CHAIN';
    expect(s.coverage).toBe(coverage);
    expect(s.candidates.totalCount).toBe(e.outside.length);
    expect(s.candidates.nodes.map((n: any) => n.id).sort()).toEqual(
      e.outside.slice(0, 50).length === e.outside.length ? e.outside : s.candidates.nodes.map((n: any) => n.id).sort(),
    );
  }
  return segs.length;
}

// ---------------------------------------------------------------------------------------------
// A small fixture with exact answers

const FIXTURE: Record<string, string> = {
  'sources.csv': 'id,title\nsrc:t,Chain fixture\n',
  'regions.csv': 'id,name,level\nregion:c,Country,COUNTRY\nregion:p,Province P,PROVINCE\nregion:x,City X,CITY\nregion:q,Province Q,PROVINCE\n',
  'part_of.csv': 'from,to\nregion:p,region:c\nregion:x,region:p\nregion:q,region:c\n',
  'industries.csv': 'id,name\nind:a,Materials\nind:b,Components\nind:b1,Chips\nind:c,Assembly\nind:d,Services\nind:z,Unrelated\nind:e,Empty\n',
  'subindustry_of.csv': 'from,to\nind:b1,ind:b\n',
  // a -> b -> c -> d, and d -> e (nothing is tagged with e)
  'upstream_of.csv':
    'from,to,product,source,evidence\nind:a,ind:b,wafers,src:t,materials feed components\nind:b,ind:c,chips,src:t,\nind:c,ind:d,devices,src:t,\nind:d,ind:e,service,src:t,\n',
  'organizations.csv':
    'id,kind,name\norg:s1,ENTERPRISE,S1\norg:s2,ENTERPRISE,S2\norg:s3,ENTERPRISE,S3\norg:s4,ENTERPRISE,S4\norg:x1,ENTERPRISE,X1\n' +
    'org:a1,ENTERPRISE,A1\norg:a2,ENTERPRISE,A2\norg:c1,ENTERPRISE,C1\norg:d1,UNIVERSITY,D1\norg:lonely,ENTERPRISE,Lonely\n',
  'supplies.csv':
    'from,to,product,since,source,evidence\norg:s1,org:s2,silicon,2019,src:t,s1 supplies s2\norg:s2,org:s3,dies,2020,src:t,\norg:s3,org:s4,modules,2021,src:t,\norg:x1,org:s3,gas,2018,src:t,\n',
  // c1 is on the chain by its industry only (no supply link).
  'in_industry.csv':
    'from,to,source,evidence\norg:a1,ind:a,src:t,\norg:a2,ind:a,src:t,\norg:s1,ind:a,src:t,\norg:x1,ind:a,src:t,\norg:s2,ind:b1,src:t,s2 makes chips\norg:s3,ind:c,src:t,s3 assembles\norg:c1,ind:c,src:t,\norg:s4,ind:d,src:t,\norg:d1,ind:d,src:t,\n',
  'located_in.csv':
    'from,to\norg:a1,region:x\norg:a2,region:q\norg:s1,region:x\norg:s2,region:x\norg:s3,region:q\norg:c1,region:q\norg:s4,region:x\norg:x1,region:p\norg:d1,region:x\n',
};

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-chain-'));
  tempDirs.push(dir);
  return dir;
}

describe('on a small fixture', () => {
  let model: Model;
  beforeAll(async () => {
    await resetDatabase(graph);
    const dir = tempDir();
    for (const [name, text] of Object.entries(FIXTURE)) writeFileSync(path.join(dir, name), text);
    await importDataset(graph, dir);
    model = new Model(readFiles(dir));
  });

  const partners = async (vars: Record<string, unknown>) =>
    ((await ok(app, PARTNERS, { first: 500, ...vars })).chainPartners.nodes as PartnerOut[]).map((n) => [
      n.organization.id,
      n.distance,
      n.direction,
      n.paths.map((p) => `${p.via} ${p.direction} ${p.distance}`).join(', '),
    ]);

  it('finds organizations downstream through supply links and through the industry chain, with the path for each', async () => {
    expect(await partners({ id: 'org:s2', direction: 'DOWNSTREAM' })).toEqual([
      ['org:c1', 1, 'DOWNSTREAM', 'INDUSTRY_CHAIN DOWNSTREAM 1'],
      ['org:s3', 1, 'DOWNSTREAM', 'SUPPLY DOWNSTREAM 1, INDUSTRY_CHAIN DOWNSTREAM 1'],
      ['org:d1', 2, 'DOWNSTREAM', 'INDUSTRY_CHAIN DOWNSTREAM 2'],
      ['org:s4', 2, 'DOWNSTREAM', 'SUPPLY DOWNSTREAM 2, INDUSTRY_CHAIN DOWNSTREAM 2'],
    ]);
    const d1 = (await ok(app, PARTNERS, { id: 'org:s2', direction: 'DOWNSTREAM', via: ['INDUSTRY_CHAIN'] })).chainPartners.nodes[0] as PartnerOut;
    expect(d1.organization.id).toBe('org:c1');
    expect(d1.paths).toEqual([
      {
        via: 'INDUSTRY_CHAIN',
        direction: 'DOWNSTREAM',
        distance: 1,
        supplies: [],
        // s2 is tagged with chips (b1), a sub-industry of components (b), which supplies assembly (c)
        industryLinks: [{ upstream: { id: 'ind:b' }, downstream: { id: 'ind:c' }, product: 'chips', provenance: { evidence: null, source: { id: 'src:t' } } }],
        fromIndustry: {
          organization: { id: 'org:s2' },
          tagged: { id: 'ind:b1' },
          industry: { id: 'ind:b' },
          provenance: { evidence: 's2 makes chips', source: { id: 'src:t' } },
        },
        toIndustry: {
          organization: { id: 'org:c1' },
          tagged: { id: 'ind:c' },
          industry: { id: 'ind:c' },
          provenance: { evidence: null, source: { id: 'src:t' } },
        },
      },
    ]);
    const s4 = (await ok(app, PARTNERS, { id: 'org:s2', direction: 'DOWNSTREAM', via: ['SUPPLY'] })).chainPartners.nodes[1] as PartnerOut;
    expect(s4.paths[0]!.supplies.map((s) => [s.supplier.id, s.customer.id, s.product, s.provenance.evidence])).toEqual([
      ['org:s2', 'org:s3', 'dies', null],
      ['org:s3', 'org:s4', 'modules', null],
    ]);
  });

  it('finds upstream partners, both ways at once, and honours includeSubIndustries at both ends', async () => {
    expect(await partners({ id: 'org:s2', direction: 'UPSTREAM', depth: 1 })).toEqual([
      ['org:a1', 1, 'UPSTREAM', 'INDUSTRY_CHAIN UPSTREAM 1'],
      ['org:a2', 1, 'UPSTREAM', 'INDUSTRY_CHAIN UPSTREAM 1'],
      ['org:s1', 1, 'UPSTREAM', 'SUPPLY UPSTREAM 1, INDUSTRY_CHAIN UPSTREAM 1'],
      ['org:x1', 1, 'UPSTREAM', 'INDUSTRY_CHAIN UPSTREAM 1'],
    ]);
    // Exactly its own tag (chips): nothing is linked to chips by UPSTREAM_OF, so supply links alone remain.
    expect(await partners({ id: 'org:s2', direction: 'BOTH', sub: false })).toEqual([
      ['org:s1', 1, 'UPSTREAM', 'SUPPLY UPSTREAM 1'],
      ['org:s3', 1, 'DOWNSTREAM', 'SUPPLY DOWNSTREAM 1'],
      ['org:s4', 2, 'DOWNSTREAM', 'SUPPLY DOWNSTREAM 2'],
    ]);
    // Upstream of assembly (c) at depth 1 is components (b): s2 counts only through its sub-industry.
    expect((await partners({ id: 'org:c1', direction: 'UPSTREAM', depth: 1 })).map((p) => p[0])).toEqual(['org:s2']);
    expect(await partners({ id: 'org:c1', direction: 'UPSTREAM', depth: 1, sub: false })).toEqual([]);
  });

  it('filters partners by region, industry and kind', async () => {
    expect((await partners({ id: 'org:s2', direction: 'DOWNSTREAM', region: 'region:q' })).map((p) => p[0])).toEqual(['org:c1', 'org:s3']);
    expect((await partners({ id: 'org:s2', direction: 'DOWNSTREAM', industry: 'ind:d' })).map((p) => p[0])).toEqual(['org:d1', 'org:s4']);
    expect((await partners({ id: 'org:s2', direction: 'DOWNSTREAM', kinds: ['UNIVERSITY'] })).map((p) => p[0])).toEqual(['org:d1']);
    expect(await partners({ id: 'org:lonely' })).toEqual([]);
  });

  it('equals the breadth-first computation for every organization, direction, depth and option', async () => {
    let compared = 0;
    for (const org of [...model.f.orgKind.keys()])
      for (const direction of ['UPSTREAM', 'DOWNSTREAM', 'BOTH'])
        for (const depth of [1, 2, 4])
          for (const sub of [true, false]) {
            await comparePartners(model, org, { direction, depth, sub });
            compared += 1;
          }
    await comparePartners(model, 'org:s1', { direction: 'DOWNSTREAM', depth: 3, via: ['SUPPLY'], region: 'region:c' });
    await comparePartners(model, 'org:s1', { direction: 'BOTH', depth: 3, via: ['INDUSTRY_CHAIN'], industry: 'ind:b' });
    expect(compared).toBe(10 * 3 * 3 * 2);
  });

  it('pages partners with a cursor to the end; totalCount counts them all', async () => {
    const all = (await ok(app, PARTNERS, { id: 'org:s1', direction: 'DOWNSTREAM', depth: 4 })).chainPartners as Conn<PartnerOut>;
    expect(all.totalCount).toBe(5); // s2, c1, s3, d1, s4: a1, a2 and x1 share its industry (peers)
    expect(all.pageInfo.hasNextPage).toBe(false);
    const capped = (await ok(app, PARTNERS, { id: 'org:s1', direction: 'DOWNSTREAM', depth: 4, first: 2 })).chainPartners as Conn<PartnerOut>;
    expect(capped.nodes.length).toBe(2);
    expect(capped.totalCount).toBe(5);
    expect(capped.pageInfo.hasNextPage).toBe(true);
    const paged = await allPages<PartnerOut>(PARTNERS, 'chainPartners', { id: 'org:s1', direction: 'DOWNSTREAM', depth: 4, first: 2 });
    expect(paged.pages).toBe(3);
    expect(paged.nodes.map((n) => n.organization.id)).toEqual(all.nodes.map((n) => n.organization.id));
  });

  it('rejects bad arguments with errors naming them', async () => {
    const bad = async (vars: Record<string, unknown>, message: RegExp) => {
      const e = await fails(app, PARTNERS, vars);
      expect(e.message).toMatch(message);
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    };
    await bad({ id: 'org:nope' }, /id: no node with id "org:nope"/);
    await bad({ id: 'ind:a' }, /id: "ind:a" is an Industry, not an Organization/);
    await bad({ id: 'org:s1', region: 'ind:a' }, /region: "ind:a" is an Industry, not a Region/);
    await bad({ id: 'org:s1', industry: 'ind:nope' }, /industry: no node with id "ind:nope"/);
    await bad({ id: 'org:s1', depth: 6 }, /depth must be between 1 and 5, got 6/);
    await bad({ id: 'org:s1', first: 501 }, /first must be between 1 and 500, got 501/);
    await bad({ id: 'org:s1', via: [] }, /via must name at least one of SUPPLY, INDUSTRY_CHAIN/);
    await bad({ id: 'org:s1', after: 'bm9wZQ' }, /after is not a cursor this server issued/);
  });

  describe('upstream and downstream are never cut silently', () => {
    it('say totalCount, flag a capped page and page to the end', async () => {
      for (const [field, id] of [
        ['upstream', 'org:s4'],
        ['downstream', 'ind:a'],
      ] as const) {
        const whole = (await ok(app, LINKS(field), { id, depth: 5 }))[field] as Conn<{ from: { id: string }; to: { id: string } }>;
        expect(whole.totalCount).toBeGreaterThanOrEqual(4);
        expect(whole.nodes.length).toBe(whole.totalCount);
        expect(whole.pageInfo.hasNextPage).toBe(false);
        const capped = (await ok(app, LINKS(field), { id, depth: 5, first: 1 }))[field] as Conn<unknown>;
        expect(capped.nodes.length).toBe(1);
        expect(capped.totalCount).toBe(whole.totalCount);
        expect(capped.pageInfo.hasNextPage).toBe(true);
        const paged = await allPages<{ from: { id: string }; to: { id: string } }>(LINKS(field), field, { id, depth: 5, first: 1 });
        expect(paged.pages).toBe(whole.totalCount);
        expect(paged.nodes).toEqual(whole.nodes);
      }
    });

    it('keeps exactly the industry, without its sub-industries, when includeSubIndustries is false', async () => {
      const ends = async (sub: boolean) =>
        ((await ok(app, LINKS('upstream'), { id: 'org:s4', depth: 3, industry: 'ind:b', sub })).upstream as Conn<{ from: { id: string } }>).nodes.map(
          (l) => l.from.id,
        );
      expect(await ends(true)).toEqual(['org:s2']);
      expect(await ends(false)).toEqual([]);
    });
  });

  describe('Industry fields', () => {
    it('organizations: with or without sub-industries, by region and kind, paged with totalCount', async () => {
      const ids = async (vars: Record<string, unknown>) =>
        ((await ok(app, INDUSTRY, vars)).industry.organizations as Conn<{ id: string }>).nodes.map((n) => n.id);
      expect(await ids({ id: 'ind:b' })).toEqual(['org:s2']);
      expect(await ids({ id: 'ind:b', sub: false })).toEqual([]);
      expect(await ids({ id: 'ind:a' })).toEqual(['org:a1', 'org:a2', 'org:s1', 'org:x1']);
      expect(await ids({ id: 'ind:a', region: 'region:p' })).toEqual(['org:a1', 'org:s1', 'org:x1']);
      expect(await ids({ id: 'ind:d', kinds: ['UNIVERSITY'] })).toEqual(['org:d1']);
      const capped = (await ok(app, INDUSTRY, { id: 'ind:a', first: 3 })).industry.organizations as Conn<{ id: string }>;
      expect([capped.totalCount, capped.nodes.length, capped.pageInfo.hasNextPage]).toEqual([4, 3, true]);
      const paged = await allPages<{ id: string }>(INDUSTRY, 'industry', { id: 'ind:a', first: 1 }, (d) => d.industry.organizations);
      expect(paged.nodes.map((n) => n.id)).toEqual(['org:a1', 'org:a2', 'org:s1', 'org:x1']);
      expect(paged.pages).toBe(4);
    });

    it('upstream and downstream: one step, paged with totalCount', async () => {
      const b = (await ok(app, INDUSTRY_LINKS, { id: 'ind:b' })).industry;
      expect(b.upstream.nodes).toEqual([
        { upstream: { id: 'ind:a' }, downstream: { id: 'ind:b' }, product: 'wafers', provenance: { evidence: 'materials feed components' } },
      ]);
      expect(b.downstream.nodes).toEqual([{ upstream: { id: 'ind:b' }, downstream: { id: 'ind:c' }, product: 'chips' }]);
      expect(b.upstream.totalCount).toBe(1);
      const none = (await ok(app, INDUSTRY_LINKS, { id: 'ind:b', first: 0 })).industry;
      expect([none.upstream.totalCount, none.upstream.nodes.length, none.upstream.pageInfo.hasNextPage]).toEqual([1, 0, true]);
    });
  });

  describe('industryChain and missingLinks', () => {
    it('maps the chain from farthest upstream to farthest downstream with the region’s enterprises in each', async () => {
      const chain = (await ok(app, CHAIN, { industry: 'ind:c', region: 'region:q', depth: 2 })).industryChain;
      expect(chain.industry.id).toBe('ind:c');
      expect(chain.region.id).toBe('region:q');
      expect(
        chain.segments.map((s: any) => [s.industry.id, s.position, s.distance, s.enterpriseCount, s.coverage, s.organizations.nodes.map((n: any) => n.id)]),
      ).toEqual([
        ['ind:a', 'UPSTREAM', -2, 1, 'PRESENT', ['org:a2']],
        ['ind:b', 'UPSTREAM', -1, 0, 'GAP', []],
        ['ind:c', 'MIDSTREAM', 0, 2, 'PRESENT', ['org:c1', 'org:s3']],
        ['ind:d', 'DOWNSTREAM', 1, 0, 'GAP', []],
        ['ind:e', 'DOWNSTREAM', 2, 0, 'NOT_IN_GRAPH', []],
      ]);
      expect(chain.missing.map((s: any) => s.industry.id)).toEqual(['ind:b', 'ind:d', 'ind:e']);
      const b = chain.segments[1];
      // Who could fill the gap: components enterprises elsewhere (s2, through its sub-industry chips).
      expect(b.candidates.nodes.map((n: any) => n.id)).toEqual(['org:s2']);
      expect([b.regionHasUpstream, b.regionHasDownstream]).toEqual([true, true]);
      expect(b.coverageNote).toMatch(/gap/i);
      expect(chain.segments[4].coverageNote).toMatch(/No enterprise anywhere in the graph is tagged with Empty/);
      // d1 is a university: not an enterprise candidate for services.
      expect(chain.segments[3].candidates.nodes.map((n: any) => n.id)).toEqual(['org:s4']);
    });

    it('tells a gap from thin data, without a region covers the whole graph, and matches the computation', async () => {
      const whole = (await ok(app, MISSING, { industry: 'ind:b', depth: 1 })).missingLinks as any[];
      expect(whole.map((s) => [s.industry.id, s.enterpriseCount, s.coverage, s.candidates.totalCount])).toEqual([
        ['ind:a', 4, 'PRESENT', 0],
        ['ind:b', 1, 'PRESENT', 0],
        ['ind:c', 2, 'PRESENT', 0],
      ]);
      const onlyOutside = (await ok(app, MISSING, { industry: 'ind:z', region: 'region:q' })).missingLinks as any[];
      expect(onlyOutside.map((s) => s.coverage)).toEqual(['NOT_IN_GRAPH']);
      // region:q has no enterprise in b (exactly), and no other segment at depth 1 downstream of a... compared below
      let compared = 0;
      for (const industry of ['ind:a', 'ind:b', 'ind:b1', 'ind:c', 'ind:d', 'ind:e', 'ind:z'])
        for (const region of [undefined, 'region:c', 'region:p', 'region:q', 'region:x'])
          for (const depth of [1, 2, 5])
            for (const sub of [true, false]) {
              await compareChain(model, industry, depth, sub, region);
              compared += 1;
            }
      expect(compared).toBe(7 * 5 * 3 * 2);
      const far = (await ok(app, MISSING, { industry: 'ind:e', region: 'region:q', depth: 1 })).missingLinks as any[];
      expect(far.map((s) => [s.industry.id, s.coverage])).toEqual([
        ['ind:d', 'REGION_NOT_ON_CHAIN'],
        ['ind:e', 'NOT_IN_GRAPH'],
      ]);
    });

    it('pages a segment’s organizations to the end', async () => {
      const seg = async (after: string | null) =>
        (await ok(app, CHAIN, { industry: 'ind:b', depth: 1, first: 1, after })).industryChain.segments[0].organizations;
      const ids: string[] = [];
      let page = await seg(null);
      expect([page.totalCount, page.pageInfo.hasNextPage]).toEqual([4, true]);
      for (;;) {
        ids.push(...page.nodes.map((n: any) => n.id));
        if (!page.pageInfo.hasNextPage) break;
        page = await seg(page.pageInfo.endCursor);
      }
      expect(ids).toEqual(['org:a1', 'org:a2', 'org:s1', 'org:x1']);
    });

    it('rejects unknown and wrong-kind ids and a depth out of range', async () => {
      expect((await fails(app, MISSING, { industry: 'ind:nope' })).message).toMatch(/industry: no node with id "ind:nope"/);
      expect((await fails(app, MISSING, { industry: 'ind:a', region: 'ind:b' })).message).toMatch(/region: "ind:b" is an Industry, not a Region/);
      expect((await fails(app, CHAIN, { industry: 'region:q' })).message).toMatch(/industry: "region:q" is a Region, not an Industry/);
      expect((await fails(app, CHAIN, { industry: 'ind:a', depth: 6 })).message).toMatch(/depth must be between 1 and 5, got 6/);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// The seed graph

describe('on the seed graph', () => {
  let model: Model;
  beforeAll(async () => {
    await resetDatabase(graph);
    await loadSeed(graph, PROJECT_ROOT);
    model = new Model(readFiles(path.join(PROJECT_ROOT, 'seeds')));
  });

  it('gives every organization the partners of the breadth-first computation (the articles state no supply or chain links)', async () => {
    let compared = 0;
    for (const org of [...model.f.orgKind.keys()].sort().slice(0, 40)) {
      await comparePartners(model, org, { direction: 'BOTH', depth: 3 });
      compared += 1;
    }
    expect(compared).toBeGreaterThan(10);
  });

  it('tells thin data from a gap: the Jiangsu integrated-circuit segment is untagged, not missing', async () => {
    const segs = (await ok(app, MISSING, { region: 'region:cn-jiangsu', industry: 'ind:integrated-circuits' })).missingLinks as any[];
    expect(segs.map((s) => [s.industry.id, s.enterpriseCount, s.coverage])).toEqual([['ind:integrated-circuits', 0, 'NOT_IN_GRAPH']]);
    const jiangsu = (await ok(app, MISSING, { region: 'region:cn-jiangsu', industry: 'ind:semiconductors' })).missingLinks as any[];
    expect(jiangsu.map((s) => [s.enterpriseCount, s.coverage])).toEqual([[1, 'PRESENT']]);
    const qinghai = (await ok(app, MISSING, { region: 'region:cn-qinghai', industry: 'ind:semiconductors' })).missingLinks as any[];
    expect(qinghai.map((s) => s.coverage)).toEqual(['REGION_NOT_ON_CHAIN']);
    expect(qinghai[0].candidates.nodes.map((n: any) => n.id)).toEqual(['org:huajin-semiconductor', 'org:shengong-semiconductor']);
    for (const industry of ['ind:semiconductors', 'ind:strategic-emerging-industries', 'ind:medicine'])
      for (const region of [undefined, 'region:cn-liaoning', 'region:cn-jiangsu', 'region:cn-qinghai']) await compareChain(model, industry, 2, true, region);
  });
});

// ---------------------------------------------------------------------------------------------
// A generated graph: 2000 organizations, a share of them enterprises with an industry and no supply link

describe('on a generated graph', () => {
  let model: Model;
  let enterprises: string[];
  beforeAll(async () => {
    await resetDatabase(graph);
    const dir = tempDir();
    await generate({ orgs: 2000, seed: 11, outDir: dir });
    await importDataset(graph, dir);
    model = new Model(readFiles(dir));
    enterprises = [...model.f.orgKind].filter(([, k]) => k === 'ENTERPRISE').map(([id]) => id);
  }, 300_000);

  it('writes enterprises that are on the chain by their industry only', () => {
    const onSupply = new Set([...model.customers.keys(), ...model.suppliers.keys()]);
    const chainOnly = enterprises.filter((e) => !onSupply.has(e) && model.tags.has(e));
    expect(chainOnly.length / enterprises.length).toBeGreaterThan(0.1);
  });

  it('gives chainPartners equal to the breadth-first computation, paths checked, for sampled enterprises', { timeout: 600_000 }, async () => {
    let s = 11;
    const pick = () => {
      s = (s * 48271) % 2147483647;
      return enterprises[s % enterprises.length]!;
    };
    const onSupply = new Set([...model.customers.keys(), ...model.suppliers.keys()]);
    const cases = [
      { direction: 'DOWNSTREAM', depth: 1 },
      { direction: 'UPSTREAM', depth: 2 },
      { direction: 'BOTH', depth: 2, via: ['SUPPLY'] },
      { direction: 'DOWNSTREAM', depth: 3, via: ['SUPPLY'] },
      { direction: 'DOWNSTREAM', depth: 2, sub: false },
      { direction: 'BOTH', depth: 1, region: 'region:cn-jiangsu' },
      { direction: 'UPSTREAM', depth: 3, via: ['INDUSTRY_CHAIN'], kinds: ['ENTERPRISE'] },
    ];
    let compared = 0;
    let partners = 0;
    let chainOnlyStarts = 0;
    for (let i = 0; i < 21; i++) {
      const org = pick();
      if (!onSupply.has(org)) chainOnlyStarts += 1;
      const c = cases[i % cases.length]!;
      partners += await comparePartners(model, org, { ...c, first: 500 });
      compared += 1;
    }
    expect(compared).toBe(21);
    expect(partners).toBeGreaterThan(200);
    expect(chainOnlyStarts).toBeGreaterThan(0);
  });

  it('pages a large partner set to its end: every partner once, in order', { timeout: 300_000 }, async () => {
    const org = enterprises.find((e) => (model.customers.get(e)?.length ?? 0) > 3) ?? enterprises[0]!;
    const vars = { id: org, direction: 'BOTH', depth: 2 };
    const whole = await allPages<PartnerOut>(PARTNERS, 'chainPartners', { ...vars, first: 500 });
    const small = await allPages<PartnerOut>(PARTNERS, 'chainPartners', { ...vars, first: 37 });
    expect(whole.totalCount).toBeGreaterThan(100);
    expect(small.pages).toBe(Math.ceil(whole.totalCount / 37));
    expect(small.nodes.map((n) => n.organization.id)).toEqual(whole.nodes.map((n) => n.organization.id));
  });

  it('maps chains as the computation does, with candidates outside the region', { timeout: 300_000 }, async () => {
    const industries = [...model.f.kind].filter(([, k]) => k === 'Industry').map(([id]) => id);
    let compared = 0;
    for (const industry of industries.filter((_, i) => i % 6 === 0))
      for (const [region, depth, sub] of [
        ['region:g-p10', 2, true],
        [undefined, 1, false],
      ] as const) {
        compared += (await compareChain(model, industry, depth, sub, region)) > 0 ? 1 : 0;
      }
    expect(compared).toBeGreaterThan(10);
  });

  it('says how many links upstream/downstream has and pages them to the end', { timeout: 300_000 }, async () => {
    const hub = [...model.customers].sort((a, b) => b[1].length - a[1].length)[0]![0];
    const whole = (await ok(app, LINKS('downstream'), { id: hub, depth: 2, first: 1000 })).downstream as Conn<{ from: { id: string }; to: { id: string } }>;
    const paged = await allPages<{ from: { id: string }; to: { id: string } }>(LINKS('downstream'), 'downstream', { id: hub, depth: 2, first: 50 });
    expect(paged.totalCount).toBe(whole.totalCount);
    expect(paged.totalCount).toBeGreaterThan(50);
    expect(paged.pages).toBe(Math.ceil(whole.totalCount / 50));
    // Every SUPPLIES link leaving a node within 1 link of the hub, once.
    const near = new Set([hub, ...(model.customers.get(hub) ?? [])]);
    const expected = new Set([...near].flatMap((n) => (model.customers.get(n) ?? []).map((c) => `${n}|${c}`)));
    expect(new Set(paged.nodes.map((l) => `${l.from.id}|${l.to.id}`))).toEqual(expected);
  });
});
