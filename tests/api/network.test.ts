// Network analytics on a generated framework-programme graph (5,000 organizations), each answer
// compared with an independent computation written here: plain counting and breadth-first search
// over the generated CSV files, never the engine under test.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ENGINE_OPTIONS, NetworkEngine } from '../../src/analytics/network/engine.js';
import { generateFrameworkProgramme } from '../../src/generate/framework-programme.js';
import type { Graph } from '../../src/graph/graph.js';
import { importDataset } from '../../src/import/import-dataset.js';
import { type App, fails, ok, testApp } from '../helpers/gql.js';
import { freshGraph } from '../helpers/graph.js';

const ORGS = 5000;
const SEED = 7;

/** The generated files, read back as plain records. */
interface Files {
  orgs: { id: string; kind: string }[];
  location: Map<string, string>;
  undertakes: { from: string; to: string; role: string }[];
  memberOf: { from: string; to: string; role: string }[];
  hostedBy: { from: string; to: string }[];
  supplies: { from: string; to: string }[];
  projects: Map<string, { funding: number; currency: string }>;
}

function readFiles(dir: string): Files {
  const csv = (name: string) => parse(readFileSync(path.join(dir, name), 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return {
    orgs: csv('organizations.csv').map((r) => ({ id: r.id!, kind: r.kind! })),
    location: new Map(
      csv('located_in.csv')
        .filter((r) => r.from!.startsWith('org:'))
        .map((r) => [r.from!, r.to!]),
    ),
    undertakes: csv('undertakes.csv').map((r) => ({ from: r.from!, to: r.to!, role: r.role! })),
    memberOf: csv('member_of.csv').map((r) => ({ from: r.from!, to: r.to!, role: r.role! })),
    hostedBy: csv('hosted_by.csv').map((r) => ({ from: r.from!, to: r.to! })),
    supplies: csv('supplies.csv').map((r) => ({ from: r.from!, to: r.to! })),
    projects: new Map(csv('projects.csv').map((r) => [r.id!, { funding: Number(r.funding), currency: r.currency! }])),
  };
}

/** The collaboration network among `orgs`, by the definition in schema/analytics.graphql. */
function network(f: Files, inScope: (id: string) => boolean) {
  const neighbours = new Map<string, Set<string>>(f.orgs.filter((o) => inScope(o.id)).map((o) => [o.id, new Set()]));
  const groups = new Map<string, string[]>();
  const group = (key: string, org: string) => {
    if (!neighbours.has(org)) return;
    const g = groups.get(key) ?? [];
    g.push(org);
    groups.set(key, g);
  };
  for (const u of f.undertakes) group(u.to, u.from);
  for (const m of f.memberOf) group(m.to, m.from);
  for (const h of f.hostedBy) group(h.from, h.to);
  const link = (a: string, b: string) => {
    if (a === b || !neighbours.has(a) || !neighbours.has(b)) return;
    neighbours.get(a)!.add(b);
    neighbours.get(b)!.add(a);
  };
  for (const members of groups.values()) for (const a of members) for (const b of members) link(a, b);
  for (const s of f.supplies) link(s.from, s.to);
  return neighbours;
}

function bfs(neighbours: Map<string, Set<string>>, source: string): Map<string, number> {
  const dist = new Map([[source, 0]]);
  let frontier = [source];
  while (frontier.length) {
    const next: string[] = [];
    for (const v of frontier)
      for (const w of neighbours.get(v)!)
        if (!dist.has(w)) {
          dist.set(w, dist.get(v)! + 1);
          next.push(w);
        }
    frontier = next;
  }
  return dist;
}

function componentSizes(neighbours: Map<string, Set<string>>) {
  const seen = new Set<string>();
  const sizes: number[] = [];
  const of = new Map<string, number>();
  for (const v of neighbours.keys()) {
    if (seen.has(v)) continue;
    const members = [...bfs(neighbours, v).keys()];
    for (const m of members) {
      seen.add(m);
      of.set(m, members.length);
    }
    sizes.push(members.length);
  }
  return { sizes: sizes.sort((a, b) => b - a), of };
}

/** Top k by value desc then id, with competition ranks. */
function top(values: Map<string, number>, k: number) {
  const sorted = [...values].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const out: { id: string; value: number; rank: number }[] = [];
  sorted.forEach(([id, value], i) => {
    if (i >= k) return;
    out.push({ id, value, rank: i > 0 && value === sorted[i - 1]![1] ? out[i - 1]!.rank : i + 1 });
  });
  return out;
}

/** Exact betweenness by Brandes' algorithm, normalized by (n-1)(n-2). */
function exactBetweenness(neighbours: Map<string, Set<string>>) {
  const ids = [...neighbours.keys()];
  const n = ids.length;
  const score = new Map(ids.map((id) => [id, 0]));
  for (const s of ids) {
    const stack: string[] = [];
    const preds = new Map<string, string[]>(ids.map((id) => [id, []]));
    const sigma = new Map(ids.map((id) => [id, 0]));
    const dist = new Map<string, number>([[s, 0]]);
    sigma.set(s, 1);
    const queue = [s];
    for (let h = 0; h < queue.length; h++) {
      const v = queue[h]!;
      stack.push(v);
      for (const w of neighbours.get(v)!) {
        if (!dist.has(w)) {
          dist.set(w, dist.get(v)! + 1);
          queue.push(w);
        }
        if (dist.get(w) === dist.get(v)! + 1) {
          sigma.set(w, sigma.get(w)! + sigma.get(v)!);
          preds.get(w)!.push(v);
        }
      }
    }
    const delta = new Map(ids.map((id) => [id, 0]));
    while (stack.length) {
      const w = stack.pop()!;
      for (const v of preds.get(w)!) delta.set(v, delta.get(v)! + (sigma.get(v)! / sigma.get(w)!) * (1 + delta.get(w)!));
      if (w !== s) score.set(w, score.get(w)! + delta.get(w)!);
    }
  }
  for (const id of ids) score.set(id, score.get(id)! / ((n - 1) * (n - 2)));
  return score;
}

let graph: Graph;
let app: App;
let dir: string;
let files: Files;
let whole: Map<string, Set<string>>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kg-network-'));
  await generateFrameworkProgramme({ orgs: ORGS, seed: SEED, outDir: dir });
  files = readFiles(dir);
  whole = network(files, () => true);
  graph = await freshGraph();
  await importDataset(graph, dir);
  app = testApp(graph);
}, 300_000);

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await graph?.close();
});

const STATS = `query($scope: NetworkScope) { networkStats(scope: $scope) {
  analysis { organizations edges cached }
  organizations connectedOrganizations collaborationEdges density method
  components { count largest singletons }
  degree { mean median max distribution { min max count } }
} }`;

const RANK = `query($by: OrganizationMeasure!, $first: Int, $after: String, $currency: String, $kinds: [OrgKind!]) {
  rankOrganizations(by: $by, first: $first, after: $after, currency: $currency, kinds: $kinds) {
    method sampleSize totalCount
    edges { cursor node { rank value collaborators projects organization { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('the framework-programme profile', () => {
  it('has the shape of the programme: heavy-tailed participation, isolated organizations, about 4 participants per project', () => {
    const perProject = new Map<string, number>();
    const perOrg = new Map<string, number>();
    for (const u of files.undertakes) {
      perProject.set(u.to, (perProject.get(u.to) ?? 0) + 1);
      perOrg.set(u.from, (perOrg.get(u.from) ?? 0) + 1);
    }
    const mean = files.undertakes.length / perProject.size;
    expect(mean).toBeGreaterThan(3.5);
    expect(mean).toBeLessThan(5.5);
    const topShare = Math.max(...perOrg.values()) / perProject.size;
    expect(topShare).toBeGreaterThan(0.025);
    expect(topShare).toBeLessThan(0.06);
    const isolated = [...whole.values()].filter((s) => s.size === 0).length / ORGS;
    expect(isolated).toBeGreaterThan(0.08);
    expect(isolated).toBeLessThan(0.16);
    expect(new Set([...files.projects.values()].map((p) => p.currency)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(files.location.values()).size).toBeGreaterThanOrEqual(10);
  });
});

describe('networkStats', () => {
  it('counts organizations, edges and components as a plain BFS over the files does', async () => {
    const { sizes } = componentSizes(whole);
    const edges = [...whole.values()].reduce((t, s) => t + s.size, 0) / 2;
    const { networkStats: s } = await ok(app, STATS);
    expect(s.organizations).toBe(ORGS);
    expect(s.collaborationEdges).toBe(edges);
    expect(s.connectedOrganizations).toBe([...whole.values()].filter((x) => x.size > 0).length);
    expect(s.components.count).toBe(sizes.length);
    expect(s.components.largest).toEqual(sizes.slice(0, 10));
    expect(s.components.singletons).toBe(sizes.filter((x) => x === 1).length);
    expect(s.degree.max).toBe(Math.max(...[...whole.values()].map((x) => x.size)));
    expect(s.degree.distribution.reduce((t: number, b: { count: number }) => t + b.count, 0)).toBe(ORGS);
    expect(s.method).toBe('exact');
  });

  it('answers from the cache until a mutation changes the graph', async () => {
    const again = await ok(app, STATS);
    expect(again.networkStats.analysis.cached).toBe(true);
    await ok(
      app,
      `mutation { createOrganization(input: {id: "org:network-test-new", name: "Network test", kind: ENTERPRISE}, provenance: {source: "src:synthetic-${SEED}"}) { id } }`,
    );
    const after = await ok(app, STATS);
    expect(after.networkStats.analysis.cached).toBe(false);
    expect(after.networkStats.organizations).toBe(ORGS + 1);
    await ok(app, 'mutation { deleteEntity(id: "org:network-test-new") { id } }');
    expect((await ok(app, STATS)).networkStats.organizations).toBe(ORGS);
  });

  it('a scope counts only its organizations (a country group with its countries)', async () => {
    const inGroup = new Set(['uk', 'ch', 'no', 'il', 'tr', 'cn'].map((c) => `region:fp-${c}`));
    const sub = network(files, (id) => inGroup.has(files.location.get(id)!));
    const { networkStats: s } = await ok(app, STATS, { scope: { region: 'region:fp-associated-countries' } });
    expect(s.organizations).toBe(sub.size);
    expect(s.collaborationEdges).toBe([...sub.values()].reduce((t, x) => t + x.size, 0) / 2);
    expect(s.components.largest).toEqual(componentSizes(sub).sizes.slice(0, 10));
  });
});

describe('topConnectors and partnerSuggestions on the engine', () => {
  it('topConnectors ranks the whole graph by counted degrees (no organization cap of its own)', async () => {
    const expected = top(new Map([...whole].map(([id, s]) => [id, s.size])), 10);
    const { topConnectors } = await ok(app, '{ topConnectors(first: 10) { rank collaborators organization { id } } }');
    expect(topConnectors.map((c: any) => ({ id: c.organization.id, value: c.collaborators, rank: c.rank }))).toEqual(expected);
  });

  it('partnerSuggestions of the biggest hub counts common partners exactly, and suggests the one with most', async () => {
    const hub = [...whole].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))[0]![0];
    const mine = whole.get(hub)!;
    const common = new Map<string, number>();
    for (const p of mine) for (const c of whole.get(p)!) if (c !== hub && !mine.has(c)) common.set(c, (common.get(c) ?? 0) + 1);
    expect(common.size).toBeGreaterThan(0);
    const { partnerSuggestions } = await ok(
      app,
      'query($id: ID!) { partnerSuggestions(id: $id, first: 50) { organization { id } reasons { kind count complete } } }',
      { id: hub },
    );
    expect(partnerSuggestions.length).toBeGreaterThan(0);
    for (const s of partnerSuggestions) {
      const reason = s.reasons.find((r: any) => r.kind === 'COMMON_PARTNERS');
      expect(reason?.count ?? 0, s.organization.id).toBe(common.get(s.organization.id) ?? 0);
      if (reason) expect(reason.complete).toBe(true);
      expect(mine.has(s.organization.id), `${s.organization.id} is already a partner`).toBe(false);
    }
    const most = Math.max(...common.values());
    expect(partnerSuggestions.some((s: any) => common.get(s.organization.id) === most)).toBe(true);
  });
});

describe('rankOrganizations', () => {
  it('top 10 by collaborators equals the counted degrees, ties sharing ranks', async () => {
    const expected = top(new Map([...whole].map(([id, s]) => [id, s.size])), 10);
    const { rankOrganizations: r } = await ok(app, RANK, { by: 'COLLABORATORS', first: 10 });
    expect(r.edges.map((e: any) => ({ id: e.node.organization.id, value: e.node.value, rank: e.node.rank }))).toEqual(expected);
    expect(r.method).toBe('exact');
    expect(r.totalCount).toBe(ORGS);
  });

  it('top 10 by projects equals the counted participations', async () => {
    const perOrg = new Map(files.orgs.map((o) => [o.id, 0]));
    for (const u of files.undertakes) perOrg.set(u.from, perOrg.get(u.from)! + 1);
    const { rankOrganizations: r } = await ok(app, RANK, { by: 'PROJECTS', first: 10 });
    expect(r.edges.map((e: any) => ({ id: e.node.organization.id, value: e.node.value, rank: e.node.rank }))).toEqual(top(perOrg, 10));
  });

  it('pages to the end: every organization once, in order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let last = Number.POSITIVE_INFINITY;
    for (let page = 0; page < 20; page++) {
      const { rankOrganizations: r }: any = await ok(app, RANK, { by: 'COLLABORATORS', first: 500, after });
      for (const e of r.edges) {
        expect(e.node.value).toBeLessThanOrEqual(last);
        last = e.node.value;
        seen.push(e.node.organization.id);
      }
      if (!r.pageInfo.hasNextPage) break;
      after = r.pageInfo.endCursor;
    }
    expect(seen.length).toBe(ORGS);
    expect(new Set(seen).size).toBe(ORGS);
  });

  it('FUNDING ranks one currency, summed over the projects undertaken, and names the currencies when none is given', async () => {
    const eur = new Map(files.orgs.map((o) => [o.id, 0]));
    for (const u of files.undertakes) {
      const p = files.projects.get(u.to)!;
      if (p.currency === 'EUR') eur.set(u.from, eur.get(u.from)! + p.funding);
    }
    const { rankOrganizations: r } = await ok(app, RANK, { by: 'FUNDING', currency: 'EUR', first: 5 });
    expect(r.edges.map((e: any) => ({ id: e.node.organization.id, value: e.node.value, rank: e.node.rank }))).toEqual(top(eur, 5));
    const error = await fails(app, RANK, { by: 'FUNDING' });
    expect(error.message).toMatch(/pass currency, one of: .*CNY.*EUR/);
  });

  it('kinds keeps only organizations of those kinds', async () => {
    const universities = files.orgs.filter((o) => o.kind === 'UNIVERSITY');
    const { rankOrganizations: r } = await ok(app, RANK, { by: 'COLLABORATORS', first: 3, kinds: ['UNIVERSITY'] });
    expect(r.totalCount).toBe(universities.length);
    expect(r.edges.map((e: any) => e.node.organization.id)).toEqual(top(new Map(universities.map((o) => [o.id, whole.get(o.id)!.size])), 3).map((x) => x.id));
  });
});

describe('reach and component', () => {
  it('reach histograms equal a plain BFS, for the top organization and an ordinary one', async () => {
    for (const id of ['org:g000000', 'org:g001234']) {
      const dist = bfs(whole, id);
      const expected = [0, 1, 2, 3, 4].map((hops) => ({ hops, count: [...dist.values()].filter((d) => d === hops).length }));
      const { reach } = await ok(app, 'query($id: ID!) { reach(id: $id, maxHops: 4) { histogram { hops count } reached } }', { id });
      expect(reach.histogram).toEqual(expected);
      expect(reach.reached).toBe(expected.slice(1).reduce((t, x) => t + x.count, 0));
    }
  });

  it('component size and isLargest agree with the BFS components, isolated organizations included', async () => {
    const { of, sizes } = componentSizes(whole);
    const isolated = [...whole].find(([, s]) => s.size === 0)![0];
    for (const id of ['org:g000000', isolated]) {
      const { component } = await ok(app, 'query($id: ID!) { component(id: $id) { size isLargest largestSize componentCount } }', { id });
      expect(component).toEqual({ size: of.get(id), isLargest: of.get(id) === sizes[0], largestSize: sizes[0], componentCount: sizes.length });
    }
  });

  it('an id that is not an organization is a clear error', async () => {
    const error = await fails(app, '{ reach(id: "region:fp-de") { reached } }');
    expect(error.message).toBe('id: "region:fp-de" is a Region, not an Organization');
  });
});

describe('relationshipCounts', () => {
  it('counts participations by role and the other links as the files do', async () => {
    const { relationshipCounts: r } = await ok(app, '{ relationshipCounts { participations byTypeAndRole { type role count } } }');
    const count = (type: string, role: string | null) => r.byTypeAndRole.find((x: any) => x.type === type && x.role === role)?.count ?? 0;
    expect(r.participations).toBe(files.undertakes.length);
    expect(count('UNDERTAKES', 'LEAD')).toBe(files.undertakes.filter((u) => u.role === 'LEAD').length);
    expect(count('UNDERTAKES', 'PARTICIPANT')).toBe(files.undertakes.filter((u) => u.role === 'PARTICIPANT').length);
    expect(count('MEMBER_OF', 'MEMBER')).toBe(files.memberOf.length);
    expect(count('HOSTED_BY', null)).toBe(files.hostedBy.length);
    expect(count('SUPPLIES', null)).toBe(files.supplies.length);
  });
});

describe('communities', () => {
  it('partitions the organizations, largest first, with members ordered by collaborators', async () => {
    const { communities: c } = await ok(
      app,
      '{ communities(first: 200, topMembers: 3) { count modularity method communities { size topMembers { collaborators organization { id } } regions { count region { id } } } } }',
    );
    expect(c.modularity).toBeGreaterThan(0);
    const sizes = c.communities.map((x: any) => x.size);
    expect([...sizes].sort((a: number, b: number) => b - a)).toEqual(sizes);
    for (const community of c.communities.slice(0, 5)) {
      const degrees = community.topMembers.map((m: any) => m.collaborators);
      expect(degrees).toEqual(degrees.map((_: number, i: number) => whole.get(community.topMembers[i].organization.id)!.size));
      expect(community.regions[0].count).toBeLessThanOrEqual(community.size);
    }
  });
});

describe('betweenness', () => {
  it('sampled betweenness finds at least 9 of the exact top 10 (on a scope small enough for exact)', async () => {
    const inGroup = new Set(['uk', 'ch', 'no', 'il', 'tr', 'cn'].map((c) => `region:fp-${c}`));
    const sub = network(files, (id) => inGroup.has(files.location.get(id)!));
    const exact = top(exactBetweenness(sub), 10).map((x) => x.id);
    // Pivots are drawn in id order with a fixed seed, so this is the same figure on every run. Here
    // ranks 9 to 12 lie within 0.0254-0.0231: n/5 and n/3 pivots found 8 of the 10, n/2 finds 9.
    const engine = new NetworkEngine(graph, {
      ...DEFAULT_ENGINE_OPTIONS,
      limits: { ...DEFAULT_ENGINE_OPTIONS.limits, exactBetweennessWork: 0, pivots: Math.ceil(sub.size / 2) },
    });
    try {
      const { value } = await engine.query<{ rows: { id: string }[]; method: string; sampleSize: number }>(
        graph.session(),
        { region: 'region:fp-associated-countries' },
        { op: 'rank', by: 'BETWEENNESS', kinds: null, currency: null, after: 0, first: 10 },
      );
      expect(value.method).toMatch(/^sampled/);
      expect(value.sampleSize).toBe(Math.ceil(sub.size / 2));
      expect(value.rows.filter((r) => exact.includes(r.id)).length).toBeGreaterThanOrEqual(9);
    } finally {
      await engine.close();
    }
    // The API computes it exactly on this scope, and equals the independent figures.
    const { rankOrganizations: r } = await ok(
      app,
      '{ rankOrganizations(scope: {region: "region:fp-associated-countries"}, by: BETWEENNESS, first: 10) { method edges { node { value organization { id } } } } }',
    );
    expect(r.method).toBe('exact');
    const scores = exactBetweenness(sub);
    for (const e of r.edges) expect(e.node.value).toBeCloseTo(scores.get(e.node.organization.id)!, 9);
  }, 120_000);

  it('exact betweenness that runs out of time answers the same sample as the step budget would, and says why', async () => {
    const scope = { region: 'region:fp-associated-countries' };
    const job = { op: 'rank', by: 'BETWEENNESS', kinds: null, currency: null, after: 0, first: 50 } as const;
    const run = async (limits: Partial<typeof DEFAULT_ENGINE_OPTIONS.limits>) => {
      const engine = new NetworkEngine(graph, { ...DEFAULT_ENGINE_OPTIONS, limits: { ...DEFAULT_ENGINE_OPTIONS.limits, pivots: 40, ...limits } });
      try {
        return (await engine.query<{ rows: { id: string; value: number }[]; method: string; sampleSize: number }>(graph.session(), scope, job)).value;
      } finally {
        await engine.close();
      }
    };
    const bySteps = await run({ exactBetweennessWork: 0 });
    const byTime = await run({ exactBetweennessMillis: 0 });
    expect(bySteps.method).toMatch(/^sampled: 40 pivot sources .*\(exact would cost over 0 steps\)/);
    expect(byTime.method).toMatch(/^sampled: 40 pivot sources .*\(exact would take over 0 s\)/);
    expect(byTime.sampleSize).toBe(40);
    expect(byTime.rows.map((r) => r.id)).toEqual(bySteps.rows.map((r) => r.id));
    for (const [i, r] of byTime.rows.entries()) expect(r.value).toBeCloseTo(bySteps.rows[i]!.value, 12);
  }, 120_000);

  it('refuses a scope over the size limit with the limit and a narrower scope to try', async () => {
    const engine = new NetworkEngine(graph, { ...DEFAULT_ENGINE_OPTIONS, maxOrganizations: 1000 });
    try {
      await expect(engine.query(graph.session(), {}, { op: 'stats' })).rejects.toThrow(
        /5000 organizations, more than the 1000 a snapshot holds; pass a narrower scope/,
      );
    } finally {
      await engine.close();
    }
  });
});
