// collaborationChain's search: the k shortest chains between two organizations, counted in
// organization-to-organization hops.
//
// Why not one `MATCH p = SHORTEST k (a)(()-[r]-()){1,12}(b)`: SHORTEST orders paths by
// relationships, and hops differ in relationships (a supply hop is one, a platform or project
// hop two), so on a graph with both it returns chains that are not the shortest in hops (on the
// synthetic 2000-organization graph about a quarter of random pairs, even with SHORTEST 100);
// and paths that differ only in the connector collapse into one chain, so k paths are not k
// chains. Cypher in 5.26 has no weighted shortest path, so the search is a breadth-first search
// over organizations, run here one level per round trip (cypher/traversals/chain-expand).
//
// It grows from both ends, the smaller frontier first. Having expanded a levels from `from` and
// b from `to`, every chain of at most a + b hops lies in the relationships fetched so far (each
// of its hops has an end within a - 1 hops of `from` or within b - 1 hops of `to`), so the k
// shortest chains among them are the true k shortest once they are all at most a + b long. The
// chains are then enumerated in memory, shortest first, pruned by the distance to `to`.
import type { GraphSession } from '../graph/graph.js';
import { shortestChains } from './chain-shortest.js';
import { traversalLimit } from './common.js';

export type Via = 'PLATFORM' | 'PROJECT' | 'FUNDING' | 'SUPPLY';

/** The relationship types each CollaborationVia value lets the search follow: the whitelist. */
export const VIA_TYPES: Record<Via, string[]> = {
  PLATFORM: ['MEMBER_OF', 'HOSTED_BY'],
  PROJECT: ['UNDERTAKES'],
  FUNDING: ['FUNDS'],
  SUPPLY: ['SUPPLIES'],
};
const VIA_RANK: Record<Via, number> = { PLATFORM: 0, PROJECT: 1, FUNDING: 2, SUPPLY: 3 };

/** Which end of a connector relationship is the organization (the other is the platform or project). */
const ORG_IS_START: Record<string, boolean> = { MEMBER_OF: true, UNDERTAKES: true, FUNDS: true, HOSTED_BY: false };

/** A relationship as the search records it: start id, type, end id. */
export interface Link {
  s: string;
  t: string;
  e: string;
}

export interface Hop {
  from: string;
  to: string;
  via: Via;
  /** The platform or project id; null for a supply hop. */
  connector: string | null;
  /** The relationship of `from` to the connector and of the connector to `to`, or the one supply link. */
  links: Link[];
}

export interface Chain {
  orgs: string[];
  hops: Hop[];
}

export interface SearchOptions {
  maxHops: number;
  k: number;
  types: string[];
}

/** Nodes (organizations, platforms, projects) one search may fetch. */
export const SEARCH_NODE_CAP = 20_000;
/** Relationships one expansion may return (per part of cypher/traversals/chain-expand). */
const EXPANSION_LINK_CAP = 100_000;
/** Steps of the in-memory enumeration. */
const ENUMERATION_BUDGET = 2_000_000;

const key = (l: Link) => `${l.s}|${l.t}|${l.e}`;

/** The relationships fetched so far, indexed for hop enumeration. */
class KnownGraph {
  readonly orgLinks = new Map<string, Link[]>();
  readonly connectorLinks = new Map<string, Link[]>();
  /** Organizations whose relationships are all here. */
  readonly expanded = new Set<string>();
  /** Platforms and projects whose relationships to organizations are all here. */
  readonly connectors = new Set<string>();
  private readonly keys = new Set<string>();
  private readonly hopCache = new Map<string, [string, Hop][]>();

  add(l: Link): void {
    const k = key(l);
    if (this.keys.has(k)) return;
    this.keys.add(k);
    this.hopCache.clear();
    if (l.t === 'SUPPLIES') {
      push(this.orgLinks, l.s, l);
      push(this.orgLinks, l.e, l);
    } else {
      const [org, connector] = ORG_IS_START[l.t] ? [l.s, l.e] : [l.e, l.s];
      push(this.orgLinks, org, l);
      push(this.connectorLinks, connector, l);
    }
  }

  get size(): number {
    return this.orgLinks.size + this.connectorLinks.size;
  }

  /** The organizations one hop from u, each with its preferred hop, by id. */
  hops(u: string): [string, Hop][] {
    const cached = this.hopCache.get(u);
    if (cached) return cached;
    const best = new Map<string, Hop>();
    const offer = (h: Hop) => {
      const current = best.get(h.to);
      if (!current || compareHops(h, current) < 0) best.set(h.to, h);
    };
    for (const l of this.orgLinks.get(u) ?? []) {
      if (l.t === 'SUPPLIES') {
        const v = l.s === u ? l.e : l.s;
        if (v !== u) offer({ from: u, to: v, via: 'SUPPLY', connector: null, links: [l] });
        continue;
      }
      const c = ORG_IS_START[l.t] ? l.e : l.s;
      for (const l2 of this.connectorLinks.get(c) ?? []) {
        const v = ORG_IS_START[l2.t] ? l2.s : l2.e;
        if (v !== u) offer({ from: u, to: v, via: connectorVia(l.t, l2.t), connector: c, links: [l, l2] });
      }
    }
    const sorted = [...best.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    this.hopCache.set(u, sorted);
    return sorted;
  }

  /** Hops from every organization to `target` within maxHops, over the known relationships. */
  distancesTo(target: string, maxHops: number): Map<string, number> {
    // Half-hop breadth-first search: organization-connector is one half hop, a supply link two,
    // so each connector's member list is read once instead of once per member pair.
    const half = new Map<string, number>([[target, 0]]);
    const buckets: string[][] = [[target]];
    for (let d = 0; d < buckets.length && d <= 2 * maxHops; d++) {
      for (const x of buckets[d] ?? []) {
        if (half.get(x) !== d) continue;
        const links = this.orgLinks.get(x) ?? this.connectorLinks.get(x) ?? [];
        for (const l of links) {
          const supply = l.t === 'SUPPLIES';
          const y = l.s === x ? l.e : l.s;
          const dy = d + (supply ? 2 : 1);
          if (dy <= 2 * maxHops && (half.get(y) ?? Number.POSITIVE_INFINITY) > dy) {
            half.set(y, dy);
            const bucket = buckets[dy];
            if (bucket) bucket.push(y);
            else buckets[dy] = [y];
          }
        }
      }
    }
    const hops = new Map<string, number>();
    // Organizations sit at even half-hop distances, platforms and projects at odd ones.
    for (const [id, d] of half) if (d % 2 === 0) hops.set(id, d / 2);
    return hops;
  }
}

function push<T>(map: Map<string, T[]>, k: string, v: T): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

export function connectorVia(t1: string, t2: string): Via {
  if (t1 === 'MEMBER_OF' || t1 === 'HOSTED_BY') return 'PLATFORM';
  return t1 === 'UNDERTAKES' && t2 === 'UNDERTAKES' ? 'PROJECT' : 'FUNDING';
}

export function compareHops(a: Hop, b: Hop): number {
  const ka = [VIA_RANK[a.via], a.connector ?? '', a.links.map(key).join(' ')];
  const kb = [VIA_RANK[b.via], b.connector ?? '', b.links.map(key).join(' ')];
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return (ka[i] as string | number) < (kb[i] as string | number) ? -1 : 1;
  return 0;
}

/** The k shortest distinct chains (as organization sequences) of at most maxHops hops in the known graph. */
function enumerate(g: KnownGraph, from: string, to: string, maxHops: number, k: number): Chain[] {
  const dist = g.distancesTo(to, maxHops);
  const shortest = dist.get(from);
  if (shortest === undefined) return [];
  const out: Chain[] = [];
  const onPath = new Set<string>([from]);
  const hops: Hop[] = [];
  let budget = ENUMERATION_BUDGET;

  // Chains of exactly `length` hops, in lexicographic order of organization ids.
  const walk = (u: string, length: number): void => {
    const left = length - hops.length - 1;
    for (const [v, hop] of g.hops(u)) {
      if (--budget < 0) throw traversalLimit('collaborationChain: too many candidate chains to compare; lower maxHops or k, or narrow via');
      const dv = dist.get(v);
      if (onPath.has(v) || dv === undefined || dv > left) continue;
      hops.push(hop);
      if (v === to) {
        if (left === 0) out.push({ orgs: [from, ...hops.map((h) => h.to)], hops: [...hops] });
      } else {
        onPath.add(v);
        walk(v, length);
        onPath.delete(v);
      }
      hops.pop();
      if (out.length >= k) return;
    }
  };
  for (let length = shortest; length <= maxHops && out.length < k; length++) walk(from, length);
  return out;
}

interface Side {
  dist: Map<string, number>;
  frontier: string[];
  levels: number;
}

export async function searchChains(db: GraphSession, from: string, to: string, opts: SearchOptions): Promise<Chain[]> {
  const fast = await shortestChains(db, from, to, opts);
  return fast.chains ?? breadthFirst(db, from, to, opts);
}

/** The level-by-level search: for k chains beyond the shortest ones (see chain-shortest.ts). */
export async function breadthFirst(db: GraphSession, from: string, to: string, opts: SearchOptions): Promise<Chain[]> {
  const g = new KnownGraph();
  const forward: Side = { dist: new Map([[from, 0]]), frontier: [from], levels: 0 };
  const backward: Side = { dist: new Map([[to, 0]]), frontier: [to], levels: 0 };
  for (;;) {
    const side = backward.frontier.length < forward.frontier.length ? backward : forward;
    await expand(db, g, side.frontier, opts.types);
    side.levels += 1;
    const next = new Set<string>();
    for (const u of side.frontier) for (const [v] of g.hops(u)) if (!side.dist.has(v)) next.add(v);
    for (const v of next) side.dist.set(v, side.levels);
    side.frontier = [...next].sort();
    // An empty frontier means that end's whole component is known: every chain can be listed.
    const exhausted = side.frontier.length === 0;
    const certain = exhausted ? opts.maxHops : Math.min(forward.levels + backward.levels, opts.maxHops);
    const chains = enumerate(g, from, to, certain, opts.k);
    if (chains.length >= opts.k || exhausted || certain >= opts.maxHops) return chains;
  }
}

/** Fetches the relationships of the frontier organizations not fetched yet (one round trip). */
async function expand(db: GraphSession, g: KnownGraph, frontier: string[], types: string[]): Promise<void> {
  const todo = frontier.filter((id) => !g.expanded.has(id));
  if (todo.length === 0) return;
  const cap = EXPANSION_LINK_CAP;
  const [row] = await db.read('traversals/chain-expand', { frontier: todo, types, seen: [...g.connectors], cap });
  const links = (row?.links ?? []) as Link[];
  const more = (row?.more ?? []) as Link[];
  if (links.length >= cap || more.length >= cap) throw tooLarge();
  for (const l of links) g.add(l);
  for (const l of more) g.add(l);
  for (const id of todo) g.expanded.add(id);
  for (const id of (row?.fresh ?? []) as string[]) g.connectors.add(id);
  if (g.size > SEARCH_NODE_CAP) throw tooLarge();
}

const tooLarge = () => traversalLimit(`collaborationChain: the search reached the server cap of ${SEARCH_NODE_CAP} nodes; lower maxHops or k, or narrow via`);
