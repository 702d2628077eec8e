// The collaboration graph among organizations in scope, from what cypher/analytics/
// collaboration-graph.cypher returns: groups (the members and hosts of one platform, the
// undertakers of one project) become cliques, supply links become edges, each pair once. The
// pair cap is checked while pairs are formed, so an oversized scope costs at most cap + 1 pairs.
import type { Csr } from './betweenness.js';

export interface CollaborationRows {
  ids: string[];
  platformGroups: string[][];
  projectGroups: string[][];
  /** [supplier, customer]; customers outside the scope are dropped here. */
  supplies: [string, string][];
}

export interface CollaborationGraph extends Csr {
  ids: string[];
  /** Platforms each organization is a member or host of, projects it undertakes. */
  platforms: Int32Array;
  projects: Int32Array;
  pairs: number;
}

/** The graph, or null when it has more than maxPairs distinct pairs. */
export function buildCollaboration(rows: CollaborationRows, maxPairs: number): CollaborationGraph | null {
  const n = rows.ids.length;
  const index = new Map(rows.ids.map((id, i) => [id, i]));
  const platforms = new Int32Array(n);
  const projects = new Int32Array(n);
  // Keys lo * n + hi stay below 2^53 for any n this service allows (n <= 20,000 gives < 4·10^8).
  const pairs = new Set<number>();
  const add = (a: number, b: number) => {
    if (a === b) return true;
    pairs.add(a < b ? a * n + b : b * n + a);
    return pairs.size <= maxPairs;
  };
  const addGroups = (groups: string[][], tally: Int32Array) => {
    for (const group of groups) {
      const members = group.map((id) => index.get(id)).filter((i): i is number => i !== undefined);
      for (const m of members) tally[m] = tally[m]! + 1;
      if ((members.length * (members.length - 1)) / 2 > maxPairs) return false;
      for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) if (!add(members[i]!, members[j]!)) return false;
    }
    return true;
  };
  if (!addGroups(rows.platformGroups, platforms) || !addGroups(rows.projectGroups, projects)) return null;
  for (const [from, to] of rows.supplies) {
    const a = index.get(from);
    const b = index.get(to);
    if (a !== undefined && b !== undefined && !add(a, b)) return null;
  }

  const degree = new Int32Array(n);
  for (const key of pairs) {
    degree[Math.floor(key / n)] = degree[Math.floor(key / n)]! + 1;
    degree[key % n] = degree[key % n]! + 1;
  }
  const offsets = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) offsets[v + 1] = offsets[v]! + degree[v]!;
  const targets = new Int32Array(offsets[n]!);
  const fill = offsets.slice(0, n);
  for (const key of pairs) {
    const a = Math.floor(key / n);
    const b = key % n;
    targets[fill[a]!++] = b;
    targets[fill[b]!++] = a;
  }
  return { ids: rows.ids, offsets, targets, platforms, projects, pairs: pairs.size };
}

/** Distinct collaborators of node v. */
export const collaborators = (g: Csr, v: number) => g.offsets[v + 1]! - g.offsets[v]!;
