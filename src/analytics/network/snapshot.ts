// The in-memory collaboration network of one scope, built (inside the analytics worker) from the
// rows cypher/analytics/network/snapshot.cypher streams: organizations are nodes; two are joined
// when they share a platform (as members or host), undertake a common project, or one supplies the
// other, and the edge's weight counts how many such things they share. Per-organization tallies
// (projects, platforms, funding per currency) and relationship counts by type and role are kept
// beside the graph. The edge cap is checked while pairs are formed, so an oversized scope is
// refused after a bounded amount of work.
//
// The network is held as compressed adjacency (CSR: typed arrays, about 16 bytes per edge), not
// as a graphology Graph: building a graphology Graph of the 36k-organization programme's ~10^6
// edges measured 16-27 s of CPU and ~400 MB here, beyond the 10 s / 500 MB budget. The graphology
// Graph is built from the CSR only when an algorithm that needs it (Louvain, PageRank,
// betweenness) is asked for, and then kept with the snapshot (see graphologyOf).
import { UndirectedGraph } from 'graphology';
import { analysisTooLarge } from './errors.js';

export interface SnapshotRow {
  kind: 'org' | 'project' | 'platform' | 'supply';
  id: string | null;
  ids: string[];
  roles: (string | null)[];
  a: unknown;
  b: unknown;
}

export type WeightedGraph = UndirectedGraph<Record<string, never>, { weight: number }>;

export interface Snapshot {
  /** Neighbours of v: targets[offsets[v] .. offsets[v+1]), with the edge weights in weights. */
  offsets: Int32Array;
  targets: Int32Array;
  weights: Int32Array;
  /** Distinct collaboration edges (each unordered pair once). */
  edges: number;
  /** Built on first use by graphologyOf. */
  graphology?: WeightedGraph;
  ids: string[];
  index: Map<string, number>;
  kind: string[];
  regions: string[][];
  industries: string[][];
  projects: Int32Array;
  platforms: Int32Array;
  /** Funding of the projects each organization undertakes, summed per currency. */
  funding: Map<string, Float64Array>;
  /** "TYPE role" -> count, e.g. "UNDERTAKES LEAD". */
  relationships: Map<string, number>;
  builtMillis: number;
}

/** Currency of a project whose funding has none recorded (as platformBackedShare assumes). */
export const DEFAULT_CURRENCY = 'CNY';

export class SnapshotBuilder {
  private readonly ids: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly kind: string[] = [];
  private readonly regions: string[][] = [];
  private readonly industries: string[][] = [];
  private readonly groups: { kind: 'project' | 'platform'; members: string[]; roles: (string | null)[]; funding: number | null; currency: string | null }[] =
    [];
  private readonly supplies: [string, string][] = [];
  private readonly started = performance.now();

  constructor(private readonly maxEdges: number) {}

  add(row: SnapshotRow): void {
    if (row.kind === 'org') {
      this.index.set(row.id!, this.ids.length);
      this.ids.push(row.id!);
      this.kind.push(String(row.a));
      this.regions.push(row.ids);
      this.industries.push(row.roles as string[]);
    } else if (row.kind === 'supply') this.supplies.push([row.ids[0]!, row.ids[1]!]);
    else
      this.groups.push({
        kind: row.kind,
        members: row.ids,
        roles: row.roles,
        funding: typeof row.a === 'number' ? row.a : null,
        currency: typeof row.b === 'string' ? row.b : null,
      });
  }

  build(): Snapshot {
    const n = this.ids.length;
    const projects = new Int32Array(n);
    const platforms = new Int32Array(n);
    const funding = new Map<string, Float64Array>();
    const relationships = new Map<string, number>();
    const count = (key: string) => relationships.set(key, (relationships.get(key) ?? 0) + 1);
    // Every co-occurrence of two organizations as (lo, hi), merged into weighted edges below.
    let los = new Int32Array(1 << 16);
    let his = new Int32Array(1 << 16);
    let occurrences = 0;
    const join = (a: number, b: number) => {
      if (a === b) return;
      if (occurrences === los.length) {
        if (occurrences > 4 * this.maxEdges) throw analysisTooLarge(`more than ${this.maxEdges} collaboration edges`);
        const grow = (x: Int32Array) => {
          const y = new Int32Array(x.length * 2);
          y.set(x);
          return y;
        };
        los = grow(los);
        his = grow(his);
      }
      los[occurrences] = a < b ? a : b;
      his[occurrences++] = a < b ? b : a;
    };
    const members: number[] = [];
    for (const g of this.groups) {
      members.length = 0;
      g.members.forEach((id, k) => {
        const m = this.index.get(id);
        if (m === undefined) return;
        members.push(m);
        if (g.kind === 'project') {
          projects[m] = projects[m]! + 1;
          count(`UNDERTAKES ${g.roles[k] ?? ''}`.trim());
          if (g.funding !== null) {
            const currency = g.currency ?? DEFAULT_CURRENCY;
            let sums = funding.get(currency);
            if (!sums) {
              sums = new Float64Array(n);
              funding.set(currency, sums);
            }
            sums[m] = sums[m]! + g.funding;
          }
        } else {
          platforms[m] = platforms[m]! + 1;
          count(g.roles[k] === 'HOST' ? 'HOSTED_BY' : `MEMBER_OF ${g.roles[k] ?? ''}`.trim());
        }
      });
      if ((members.length * (members.length - 1)) / 2 > this.maxEdges) throw analysisTooLarge(`more than ${this.maxEdges} collaboration edges`);
      for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) join(members[i]!, members[j]!);
    }
    for (const [from, to] of this.supplies) {
      const a = this.index.get(from);
      const b = this.index.get(to);
      if (a === undefined || b === undefined) continue;
      count('SUPPLIES');
      join(a, b);
    }

    // Bucket the occurrences by lo (counting sort), then sort each bucket by hi and merge
    // repeats into one edge whose weight is their number.
    const start = new Int32Array(n + 1);
    for (let i = 0; i < occurrences; i++) start[los[i]! + 1]! += 1;
    for (let v = 0; v < n; v++) start[v + 1] = (start[v + 1] ?? 0) + (start[v] ?? 0);
    const fill = start.slice(0, n);
    const byLo = new Int32Array(occurrences);
    for (let i = 0; i < occurrences; i++) byLo[fill[los[i]!]!++] = his[i]!;
    const edgeLo: number[] = [];
    const edgeHi: number[] = [];
    const edgeW: number[] = [];
    const degree = new Int32Array(n);
    for (let v = 0; v < n; v++) {
      const bucket = byLo.subarray(start[v]!, start[v + 1]!).sort();
      for (let i = 0; i < bucket.length; ) {
        let j = i;
        while (j < bucket.length && bucket[j] === bucket[i]) j++;
        edgeLo.push(v);
        edgeHi.push(bucket[i]!);
        edgeW.push(j - i);
        degree[v]! += 1;
        degree[bucket[i]!]! += 1;
        i = j;
      }
      if (edgeLo.length > this.maxEdges) throw analysisTooLarge(`more than ${this.maxEdges} collaboration edges`);
    }
    const offsets = new Int32Array(n + 1);
    for (let v = 0; v < n; v++) offsets[v + 1] = offsets[v]! + degree[v]!;
    const targets = new Int32Array(offsets[n]!);
    const weights = new Int32Array(offsets[n]!);
    const at = offsets.slice(0, n);
    for (let e = 0; e < edgeLo.length; e++) {
      const a = edgeLo[e]!;
      const b = edgeHi[e]!;
      targets[at[a]!] = b;
      weights[at[a]!++] = edgeW[e]!;
      targets[at[b]!] = a;
      weights[at[b]!++] = edgeW[e]!;
    }
    return {
      offsets,
      targets,
      weights,
      edges: edgeLo.length,
      ids: this.ids,
      index: this.index,
      kind: this.kind,
      regions: this.regions,
      industries: this.industries,
      projects,
      platforms,
      funding,
      relationships,
      builtMillis: performance.now() - this.started,
    };
  }
}

/** The snapshot as a graphology Graph (nodes keyed by organization id, in snapshot order), built once. */
export function graphologyOf(s: Snapshot): WeightedGraph {
  if (!s.graphology) {
    const g: WeightedGraph = new UndirectedGraph({ multi: false, allowSelfLoops: false });
    for (const id of s.ids) g.addNode(id);
    for (let v = 0; v < s.ids.length; v++)
      for (let e = s.offsets[v]!; e < s.offsets[v + 1]!; e++) if (s.targets[e]! > v) g.addEdge(s.ids[v]!, s.ids[s.targets[e]!]!, { weight: s.weights[e]! });
    s.graphology = g;
  }
  return s.graphology;
}

export const degreeOf = (s: Snapshot, v: number) => s.offsets[v + 1]! - s.offsets[v]!;
