// collaborationChain on a generated graph against a breadth-first search written here over the
// generated files (rows read straight from the CSVs): on 200 random pairs, among them pairs whose
// shortest chain needs a supply link, every chain is as long as the breadth-first distance in
// organization hops, and every hop is a real platform, project or supply link of the files.
// Also: the :SupplyHop mirrors of SUPPLIES links follow link, unlink, merge and delete.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/graph.js';
import { applySchema } from '../../src/graph/setup.js';
import { type App, ok, testApp } from '../helpers/gql.js';
import { generatedGraph } from '../helpers/graph.js';

const CHAIN = `query($from: ID!, $to: ID!, $maxHops: Int, $k: Int) {
  collaborationChain(from: $from, to: $to, maxHops: $maxHops, k: $k) {
    length organizations { id }
    hops { from { id } to { id } via connector { __typename ... on Platform { id } ... on Project { id } ... on SupplyLink { supplier { id } customer { id } } } }
  }
}`;
interface ChainOut {
  length: number;
  organizations: { id: string }[];
  hops: {
    from: { id: string };
    to: { id: string };
    via: string;
    connector: { __typename: string; id?: string; supplier?: { id: string }; customer?: { id: string } };
  }[];
}

let graph: Graph;
let app: App;
let dir: string;
const csv = (file: string): Record<string, string>[] =>
  parseCsv(readFileSync(path.join(dir, file), 'utf8'), { columns: true, bom: true, skip_empty_lines: true });

beforeAll(async () => {
  ({ graph, dir } = await generatedGraph('kg-chain-pairs-', { orgs: 2000, seed: 13 }));
  app = testApp(graph);
}, 300_000);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await graph.close();
});

/** Organization adjacency from the files: members of one platform or project, and supply links. */
function adjacency(withSupply: boolean): Map<string, Set<string>> {
  const adj = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    if (a === b) return;
    if (!adj.has(a)) adj.set(a, new Set());
    adj.get(a)!.add(b);
  };
  const members = new Map<string, string[]>();
  const join = (c: string, o: string) => members.set(c, [...(members.get(c) ?? []), o]);
  for (const r of csv('member_of.csv')) join(r.to!, r.from!);
  for (const r of csv('hosted_by.csv')) join(r.from!, r.to!);
  for (const r of csv('undertakes.csv')) join(r.to!, r.from!);
  for (const os of members.values()) for (const a of os) for (const b of os) add(a, b);
  if (withSupply)
    for (const r of csv('supplies.csv')) {
      add(r.from!, r.to!);
      add(r.to!, r.from!);
    }
  return adj;
}

function distances(adj: Map<string, Set<string>>, from: string, max: number): Map<string, number> {
  const dist = new Map([[from, 0]]);
  let frontier = [from];
  for (let d = 1; d <= max && frontier.length; d++) {
    const next: string[] = [];
    for (const u of frontier)
      for (const v of adj.get(u) ?? [])
        if (!dist.has(v)) {
          dist.set(v, d);
          next.push(v);
        }
    frontier = next;
  }
  return dist;
}

function sampler(seed: number) {
  let s = seed;
  return <T>(xs: T[]): T => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return xs[s % xs.length] as T;
  };
}

describe('collaborationChain on 200 random pairs of a generated graph', () => {
  it('gives chains exactly as long as the breadth-first distance in hops, supply hops included', { timeout: 600_000 }, async () => {
    const all = adjacency(true);
    const noSupply = adjacency(false);
    const supplies = new Set(csv('supplies.csv').map((r) => `${r.from}>${r.to}`));
    const orgs = csv('organizations.csv').map((r) => r.id!);
    const pick = sampler(99);
    let supplyNeeded = 0;
    let supplyHops = 0;
    const byLength = new Map<number | undefined, number>();
    for (let i = 0; i < 200; i++) {
      const from = pick(orgs);
      const dist = distances(all, from, 6);
      const without = distances(noSupply, from, 6);
      // A third of the pairs at random, a third where supply links make the chain shorter, a
      // third spread over the distances 1..6.
      const shorter = [...dist].filter(([id, d]) => d > 0 && (without.get(id) ?? 99) > d).map(([id]) => id);
      const want = (i % 6) + 1;
      const atWant = [...dist].filter(([, d]) => d === want).map(([id]) => id);
      const to = i % 3 === 1 && shorter.length ? pick(shorter) : i % 3 === 2 && atWant.length ? pick(atWant) : pick(orgs);
      if (to === from) continue;
      const [chain] = (await ok<{ collaborationChain: ChainOut[] }>(app, CHAIN, { from, to, maxHops: 6 })).collaborationChain;
      expect(chain?.length, `${from} -> ${to}`).toBe(dist.get(to));
      byLength.set(chain?.length, (byLength.get(chain?.length) ?? 0) + 1);
      if ((without.get(to) ?? 99) > (dist.get(to) ?? 99)) supplyNeeded += 1;
      if (!chain) continue;
      expect(chain.organizations.map((o) => o.id)).toEqual([from, ...chain.hops.map((h) => h.to.id)]);
      for (const h of chain.hops) {
        if (h.via === 'SUPPLY') {
          supplyHops += 1;
          expect(supplies.has(`${h.connector.supplier!.id}>${h.connector.customer!.id}`)).toBe(true);
          expect([h.connector.supplier!.id, h.connector.customer!.id].sort()).toEqual([h.from.id, h.to.id].sort());
        } else expect(noSupply.get(h.from.id)?.has(h.to.id), `${h.from.id} -${h.via}- ${h.to.id}`).toBe(true);
      }
    }
    expect(supplyNeeded, 'pairs whose shortest chain needs a supply link').toBeGreaterThan(30);
    expect(supplyHops).toBeGreaterThan(30);
    for (const d of [1, 2, 3]) expect(byLength.get(d) ?? 0, `pairs at distance ${d}`).toBeGreaterThan(0);
  });
});

describe('the :SupplyHop mirror of each supply link', () => {
  const LINK = `mutation($kind: LinkKind!, $from: ID!, $to: ID!, $provenance: ProvenanceInput!) { link(kind: $kind, from: $from, to: $to, provenance: $provenance) { created } }`;
  const UNLINK = `mutation($from: ID!, $to: ID!) { unlink(kind: SUPPLIES, from: $from, to: $to) { removed } }`;
  const MERGE = `mutation($keep: ID!, $drop: ID!) { mergeEntities(keep: $keep, drop: $drop) { dropped discarded { type } } }`;
  const DELETE = `mutation($id: ID!) { deleteEntity(id: $id) { id detached { type } } }`;
  const check = async () => (await graph.session().read('admin/test/supply-hops-check'))[0];
  const agree = { linksWithoutOneHop: 0, hopsWithoutLink: 0, badHops: 0 };
  const length = async (from: string, to: string) =>
    (await ok<{ collaborationChain: ChainOut[] }>(app, CHAIN, { from, to, maxHops: 6 })).collaborationChain[0]?.length;

  it('follows import, link, unlink, merge and delete, and a new supply link is a one-hop chain', { timeout: 300_000 }, async () => {
    expect(await check()).toEqual(agree);
    const provenance = { source: csv('sources.csv')[0]!.id, evidence: 'test' };
    const adj = adjacency(true);
    const orgs = csv('organizations.csv').map((r) => r.id!);
    // Two organizations more than one hop apart.
    const from = orgs[5]!;
    const to = orgs.find((o) => o !== from && !adj.get(from)?.has(o))!;
    expect(await length(from, to)).not.toBe(1);
    expect((await ok(app, LINK, { kind: 'SUPPLIES', from, to, provenance })).link.created).toBe(true);
    expect((await ok(app, LINK, { kind: 'SUPPLIES', from, to, provenance })).link.created).toBe(false);
    expect(await check()).toEqual(agree);
    expect(await length(from, to)).toBe(1);
    expect(await length(to, from)).toBe(1);
    expect((await ok(app, UNLINK, { from, to })).unlink.removed).toBe(true);
    expect(await check()).toEqual(agree);
    expect(await length(from, to)).not.toBe(1);

    // Merge two suppliers: the kept one's links (its own and the moved ones) have their hops.
    const supplies = csv('supplies.csv');
    const [keep, drop] = [supplies[0]!.from!, supplies.find((r) => r.from !== supplies[0]!.from && r.to !== supplies[0]!.from)!.from!];
    const merged = await ok(app, MERGE, { keep, drop });
    expect(merged.mergeEntities.discarded.map((d: { type: string }) => d.type)).not.toContain('SUPPLY_HOP');
    expect(await check()).toEqual(agree);
    const deleted = await ok(app, DELETE, { id: keep });
    expect(deleted.deleteEntity.detached.map((d: { type: string }) => d.type)).not.toContain('SUPPLY_HOP');
    expect(await check()).toEqual(agree);
  });
  it('is given back at start-up to links that lost it, as in a store from before the mirrors', async () => {
    const { records } = await graph.driver.executeQuery('MATCH (h:SupplyHop) WITH h LIMIT 7 DETACH DELETE h RETURN count(*) AS n', {}, { database: 'neo4j' });
    expect(Number(records[0]?.get('n'))).toBe(7);
    expect((await check())?.linksWithoutOneHop).toBe(7);
    await applySchema(graph);
    expect(await check()).toEqual(agree);
  });
});
