// collaborationChain's fast path: one statement (cypher/traversals/chain-shortest) lists every
// shortest chain with all its connector choices, and the choice among them is made here exactly
// as the breadth-first search (chain-search.ts) makes it: chains of one length by organization
// ids, each hop's connector by via (platform, project, funding, supply), then by id.
//
// Every shortest path is a simple chain (a repeated organization or connector could be cut
// short), and every combination of connectors along one organization sequence is itself a
// shortest path, so grouping the paths by organization sequence gives the same chains as the
// breadth-first search. When that group holds fewer than k chains, the longer chains needed
// next are where Cypher's path semantics (no relationship twice) and the chain's (a connector
// may join consecutive hops) differ, so the caller falls back to the breadth-first search; it
// does so too when the shortest paths are more than PATH_CAP.
import type { GraphSession } from '../graph/graph.js';
import { type Chain, compareHops, connectorVia, type Hop, type Link } from './chain-search.js';

/** Shortest paths (chains times connector choices) one statement may return. */
export const PATH_CAP = 20_000;

interface PathRow {
  orgs: string[];
  hops: { c: string | null; links: Link[] }[];
}

export interface ShortestResult {
  /** The k (or fewer) shortest chains, when they are certain; null when the caller must search. */
  chains: Chain[] | null;
}

/** The hop types of the statement: a supply hop walks its SupplyHop node. */
const hopTypes = (types: string[]) => types.map((t) => (t === 'SUPPLIES' ? 'SUPPLY_HOP' : t));

export async function shortestChains(
  db: GraphSession,
  from: string,
  to: string,
  opts: { maxHops: number; k: number; types: string[] },
): Promise<ShortestResult> {
  const rows = (await db.read('traversals/chain-shortest', {
    from,
    to,
    types: hopTypes(opts.types),
    maxHops: opts.maxHops,
    pathCap: PATH_CAP,
  })) as unknown as PathRow[];
  if (rows.length === 0) return { chains: [] };
  if (rows.length > PATH_CAP) return { chains: null };

  const byOrgs = new Map<string, { orgs: string[]; hops: Hop[] }>();
  for (const row of rows) {
    const id = row.orgs.join('\n');
    const hops = row.hops.map((h, i): Hop => {
      const u = row.orgs[i] as string;
      const v = row.orgs[i + 1] as string;
      if (h.c === null) return { from: u, to: v, via: 'SUPPLY', connector: null, links: h.links };
      // Path order puts the from-side relationship first, as the search records a hop.
      const [l1, l2] = h.links as [Link, Link];
      return { from: u, to: v, via: connectorVia(l1.t, l2.t), connector: h.c, links: [l1, l2] };
    });
    const seen = byOrgs.get(id);
    if (!seen) {
      byOrgs.set(id, { orgs: row.orgs, hops });
      continue;
    }
    seen.hops = seen.hops.map((best, i) => (compareHops(hops[i] as Hop, best) < 0 ? (hops[i] as Hop) : best));
  }
  const chains = [...byOrgs.values()].sort((x, y) => compareSeq(x.orgs, y.orgs));
  const length = (chains[0] as Chain).hops.length;
  if (chains.length < opts.k && length < opts.maxHops) return { chains: null };
  return { chains: chains.slice(0, opts.k) };
}

function compareSeq(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}
