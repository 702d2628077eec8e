// upstream() and downstream(): a breadth-first walk along SUPPLIES (from an organization) or
// UPSTREAM_OF (from an industry), one round trip per level (cypher/traversals/*-step). The walk
// goes to `depth` whatever the page size, so the answer can say how many links there are in all
// (totalCount) and a cursor can go on from any page; the row cap bounds it.
import type { GraphSession } from '../graph/graph.js';
import type { GraphNode } from '../graph/loaders.js';
import { traversalLimit } from './common.js';

export type Direction = 'upstream' | 'downstream';

/** GraphQL type of the start node -> relationship type followed: the whitelist. */
export const CHAIN_TYPES: Record<string, string> = { Organization: 'SUPPLIES', Industry: 'UPSTREAM_OF' };

/** Relationships one walk may read. */
export const CHAIN_ROW_CAP = 20_000;

export interface Found {
  from: GraphNode;
  to: GraphNode;
  depth: number;
  props: Record<string, unknown>;
  keep: boolean;
}

export interface ChainSpec {
  start: GraphNode;
  type: string;
  depth: number;
  industry: string | null;
  /** Whether `industry` also keeps far ends in its sub-industries. */
  sub: boolean;
}

export async function walkChain(db: GraphSession, direction: Direction, spec: ChainSpec): Promise<Found[]> {
  const nodes = new Map<string, GraphNode>([[spec.start.id, spec.start]]);
  const links = new Map<string, Found>();
  let frontier = [spec.start.id];
  let read = 0;
  for (let depth = 1; depth <= spec.depth && frontier.length > 0; depth++) {
    const cap = CHAIN_ROW_CAP - read + 1;
    const rows = await db.read(`traversals/${direction}-step`, { frontier, industry: spec.industry, sub: spec.sub, cap }, { type: spec.type });
    read += rows.length;
    if (read > CHAIN_ROW_CAP) throw traversalLimit(`${direction}: more than ${CHAIN_ROW_CAP} links within depth ${depth}; lower depth`);
    const next = new Set<string>();
    for (const r of rows) {
      const near = nodes.get(r.near as string) as GraphNode;
      const far = r.far as GraphNode;
      const [from, to] = direction === 'upstream' ? [far, near] : [near, far];
      const k = `${from.id}|${to.id}`;
      if (links.has(k)) continue; // reached before, at a smaller depth
      links.set(k, { from, to, depth, props: r.props as Record<string, unknown>, keep: r.keep === true });
      if (!nodes.has(far.id)) {
        nodes.set(far.id, far);
        next.add(far.id);
      }
    }
    frontier = [...next];
  }
  return [...links.values()].filter((l) => l.keep).sort((a, b) => a.depth - b.depth || cmp(a.from.id, b.from.id) || cmp(a.to.id, b.to.id));
}

/** The page of `links` (in walk order) after the cursor key [depth, from id, to id]. */
export function pageAfter(links: Found[], after: unknown[] | null, first: number): { page: Found[]; hasNext: boolean } {
  let start = 0;
  if (after) {
    const [d, f, t] = after as [number, string, string];
    start = links.findIndex((l) => l.depth > d || (l.depth === d && (cmp(l.from.id, f) > 0 || (l.from.id === f && cmp(l.to.id, t) > 0))));
    if (start < 0) start = links.length;
  }
  return { page: links.slice(start, start + first), hasNext: start + first < links.length };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
