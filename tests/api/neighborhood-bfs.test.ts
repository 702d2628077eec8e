// neighborhood() against a plain breadth-first search written here, on a generated graph: the
// relationships and node labels are read with raw Cypher (not the statements under test), and
// the search follows the API's contract as the schema states it: both directions, only kinds
// asked for, from each node at most limitPerKind neighbours of each kind (lowest ids first,
// already-found ones counted), a level in the order of its parents, each parent's neighbours by
// id; truncated when a per-kind cap cut something. Compared: node order, depth and kind, the
// edge set (every relationship of the types among the nodes), truncated, totalNodes.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/graph.js';
import { type App, ok, testApp } from '../helpers/gql.js';
import { generatedGraph } from '../helpers/graph.js';

const QUERY = `query($id: ID!, $depth: Int, $kinds: [EntityKind!], $types: [NeighborhoodRel!], $perKind: Int, $first: Int, $after: String) {
  neighborhood(id: $id, depth: $depth, kinds: $kinds, relationshipTypes: $types, limitPerKind: $perKind, first: $first, after: $after) {
    totalNodes truncated pageInfo { hasNextPage endCursor }
    nodes { id kind depth }
    edges { id }
  }
}`;
/** The same page with every field, to check that reading fewer properties changes nothing else. */
const LABELS = QUERY.replace('nodes { id kind depth }', 'nodes { id label }');
const FULL = QUERY.replace('nodes { id kind depth }', 'nodes { id kind depth label properties }').replace(
  'edges { id }',
  'edges { id type source target properties }',
);

const KIND_LABELS = ['Source', 'Region', 'Industry', 'Organization', 'Platform', 'Project', 'Programme', 'Person', 'Event', 'Indicator'];
const NODE_CAP = 5000;

interface Rel {
  from: string;
  type: string;
  to: string;
}
interface Page {
  totalNodes: number;
  truncated: boolean;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Record<string, unknown>[];
  edges: Record<string, unknown>[];
}
interface Expected {
  nodes: { id: string; kind: string; depth: number }[];
  edges: string[];
  truncated: boolean;
}

let graph: Graph;
let app: App;
let dir: string;
const kindOf = new Map<string, string>();
let rels: Rel[] = [];
let relTypes: string[] = [];
let ids: string[] = [];

beforeAll(async () => {
  ({ graph, dir } = await generatedGraph('kg-neighborhood-', { orgs: 600, seed: 5 }));
  app = testApp(graph);
  const session = graph.driver.session({ database: 'neo4j' });
  try {
    const nodes = await session.run('MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels');
    for (const r of nodes.records) {
      const label = (r.get('labels') as string[]).find((l) => KIND_LABELS.includes(l));
      if (label) kindOf.set(r.get('id') as string, label.toUpperCase());
    }
    rels = (await session.run('MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS from, type(r) AS type, b.id AS to')).records.map((r) => r.toObject() as Rel);
  } finally {
    await session.close();
  }
  ids = [...kindOf.keys()].sort();
  // The types a neighbourhood may follow, as the schema lists them.
  const t = await ok<{ __type: { enumValues: { name: string }[] } }>(app, '{ __type(name: "NeighborhoodRel") { enumValues { name } } }');
  relTypes = t.__type.enumValues.map((v) => v.name);
}, 600_000);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await graph?.close();
});

function bfs(start: string, depth: number, kinds: string[], types: string[], perKind: number): Expected {
  const adj = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    const s = adj.get(a) ?? new Set<string>();
    s.add(b);
    adj.set(a, s);
  };
  for (const r of rels)
    if (types.includes(r.type)) {
      link(r.from, r.to);
      link(r.to, r.from);
    }
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const nodes = [{ id: start, kind: kindOf.get(start)!, depth: 0 }];
  const seen = new Set([start]);
  let truncated = false;
  let frontier = [start];
  search: for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const u of frontier) {
      const kept: string[] = [];
      for (const kind of kinds) {
        const ofKind = [...(adj.get(u) ?? [])].filter((v) => kindOf.get(v) === kind).sort(byId);
        if (ofKind.length > perKind) truncated = true;
        kept.push(...ofKind.slice(0, perKind));
      }
      for (const v of kept.sort(byId)) {
        if (seen.has(v)) continue;
        if (nodes.length >= NODE_CAP) {
          truncated = true;
          break search;
        }
        seen.add(v);
        nodes.push({ id: v, kind: kindOf.get(v)!, depth: d });
        next.push(v);
      }
    }
    frontier = next;
  }
  const edges = rels.filter((r) => types.includes(r.type) && seen.has(r.from) && seen.has(r.to)).map((r) => `${r.from}-${r.type}->${r.to}`);
  return { nodes, edges: [...new Set(edges)].sort(), truncated };
}

/** Every page of the neighbourhood, joined. */
async function neighborhood(query: string, vars: Record<string, unknown>) {
  const nodes: Record<string, unknown>[] = [];
  const edges: Record<string, unknown>[] = [];
  let truncated = false;
  let total = -1;
  let after: string | null = null;
  for (let pages = 0; pages < 50; pages++) {
    const n: Page = (await ok<{ neighborhood: Page }>(app, query, { ...vars, after })).neighborhood;
    nodes.push(...n.nodes);
    edges.push(...n.edges);
    truncated ||= n.truncated;
    total = n.totalNodes;
    if (!n.pageInfo.hasNextPage) break;
    after = n.pageInfo.endCursor;
  }
  return { nodes, edges, truncated, total };
}

const sample = (seed: number, n: number) => {
  let s = seed;
  return Array.from({ length: n }, () => {
    s = (s * 48271) % 2147483647;
    return ids[s % ids.length]!;
  });
};

const CASES: { name: string; kinds?: string[]; types?: string[]; perKind: number; starts: number }[] = [
  { name: 'every kind and type', perKind: 50, starts: 6 },
  { name: 'a tight per-kind cap', perKind: 2, starts: 6 },
  { name: 'a kind filter', kinds: ['ORGANIZATION', 'PLATFORM', 'REGION'], perKind: 20, starts: 5 },
  { name: 'one relationship type', types: ['SUPPLIES'], perKind: 50, starts: 5 },
  {
    name: 'several relationship types and kinds',
    kinds: ['ORGANIZATION', 'PLATFORM', 'PROJECT'],
    types: ['MEMBER_OF', 'UNDERTAKES', 'HOSTED_BY'],
    perKind: 5,
    starts: 5,
  },
];

describe('neighborhood agrees with a breadth-first search over the raw relationships', () => {
  it.each(CASES)('$name, depth 1..3', { timeout: 300_000 }, async (c) => {
    const kinds = c.kinds ?? KIND_LABELS.map((l) => l.toUpperCase());
    const types = c.types ?? relTypes;
    let truncatedSeen = false;
    // Organizations as starts too: they have the most links.
    const starts = [...new Set([...sample(c.name.length * 7919 + c.perKind, c.starts), ...ids.filter((id) => id.startsWith('org:')).slice(0, 2)])];
    for (const start of starts)
      for (const depth of [1, 2, 3]) {
        const expected = bfs(start, depth, kinds, types, c.perKind);
        const got = await neighborhood(QUERY, { id: start, depth, kinds: c.kinds, types: c.types, perKind: c.perKind, first: 400 });
        const where = `${start} depth ${depth}`;
        expect(got.nodes, where).toEqual(expected.nodes);
        expect(got.total, where).toBe(expected.nodes.length);
        expect(got.edges.map((e) => e.id as string).sort(), where).toEqual(expected.edges);
        expect(got.truncated, where).toBe(expected.truncated);
        truncatedSeen ||= expected.truncated;
      }
    if (c.perKind === 2) expect(truncatedSeen, 'the tight cap cut something somewhere').toBe(true);
  });

  it('reads only what is selected: the same nodes, labels and edges whether properties are asked for or not', { timeout: 120_000 }, async () => {
    for (const start of sample(17, 4)) {
      const vars = { id: start, depth: 2, first: 400 };
      const lean = await neighborhood(QUERY, vars);
      const full = await neighborhood(FULL, vars);
      const labels = await neighborhood(LABELS, vars);
      expect(labels.nodes).toEqual(full.nodes.map(({ id, label }) => ({ id, label })));
      expect(lean.nodes).toEqual(full.nodes.map(({ id, kind, depth }) => ({ id, kind, depth })));
      expect(lean.edges).toEqual(full.edges.map(({ id }) => ({ id })));
      for (const n of full.nodes) {
        const props = n.properties as Record<string, unknown>;
        expect(props.id).toBe(n.id);
        expect(typeof n.label).toBe('string');
      }
      for (const e of full.edges) expect(e.id).toBe(`${e.source}-${e.type}->${e.target}`);
    }
  });
});
