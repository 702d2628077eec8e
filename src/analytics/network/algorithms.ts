// What the engine computes on a snapshot. The algorithms are graphology's maintained packages:
// PageRank (graphology-metrics), Louvain communities (graphology-communities-louvain) and
// Brandes' single-source step (graphology-shortest-path), which betweenness either runs from
// every node (exact, as graphology-metrics does) or from pivots drawn with a fixed seed
// (Brandes & Pich 2007) when the exact algorithm would exceed its work budget. What is plain
// counting or one breadth-first pass (degrees, components, reach, common partners) runs on the
// snapshot's compressed adjacency directly, because those answer dashboards cold in well under
// the time a graphology Graph of the scope takes to build (see snapshot.ts). Runs inside the
// analytics worker only.
import { createRequire } from 'node:module';
import type Louvain from 'graphology-communities-louvain';
import type PageRank from 'graphology-metrics/centrality/pagerank.js';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes.js';
import { competitionRanks } from '../rank.js';
import { notInScope } from './errors.js';
import { degreeOf, graphologyOf, type Snapshot } from './snapshot.js';

// These two packages are CommonJS modules whose typings declare an ES default export; required,
// they are the functions themselves.
const require = createRequire(import.meta.url);
const louvain = require('graphology-communities-louvain') as typeof Louvain.default;
const pagerank = require('graphology-metrics/centrality/pagerank.js') as typeof PageRank.default;

export interface Limits {
  /** Node visits plus edge scans that exact betweenness may cost: n × (n + 2m). */
  exactBetweennessWork: number;
  /** Pivots drawn when betweenness is sampled. */
  pivots: number;
  /**
   * Wall time exact betweenness may take. Past it the answer is the sampled one, from the same
   * first `pivots` sources of the same permutation, so it does not depend on where the time ran
   * out. The step budget alone let a 5,000-organization scope run past the 30 s request deadline.
   */
  exactBetweennessMillis: number;
}

export const DEFAULT_LIMITS: Limits = { exactBetweennessWork: 2e9, pivots: 64, exactBetweennessMillis: 8_000 };

export const RANK_MEASURES = ['COLLABORATORS', 'PROJECTS', 'PLATFORMS', 'FUNDING', 'BETWEENNESS', 'PAGERANK'] as const;
export type RankMeasure = (typeof RANK_MEASURES)[number];

/** Deterministic pseudo-random numbers (mulberry32) so sampled figures repeat exactly. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const degrees = (s: Snapshot) => Array.from(s.ids, (_, v) => degreeOf(s, v));

/** Buckets 0, 1, 2-3, 4-7, ...: the shape of a heavy-tailed distribution in a few rows. */
function degreeBuckets(degrees: number[]) {
  const buckets: { min: number; max: number; count: number }[] = [];
  for (const d of degrees) {
    const b = d === 0 ? 0 : Math.floor(Math.log2(d)) + 1;
    while (buckets.length <= b) {
      const i = buckets.length;
      buckets.push({ min: i === 0 ? 0 : 2 ** (i - 1), max: i === 0 ? 0 : 2 ** i - 1, count: 0 });
    }
    buckets[b]!.count++;
  }
  return buckets;
}

/** Connected components by breadth-first search: sizes largest first, and each node's component index. */
export function components(s: Snapshot) {
  const n = s.ids.length;
  const of = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const found: { size: number; first: number }[] = [];
  for (let root = 0; root < n; root++) {
    if (of[root]! >= 0) continue;
    const c = found.length;
    let head = 0;
    let tail = 0;
    queue[tail++] = root;
    of[root] = c;
    while (head < tail) {
      const v = queue[head++]!;
      for (let e = s.offsets[v]!; e < s.offsets[v + 1]!; e++) {
        const w = s.targets[e]!;
        if (of[w]! < 0) {
          of[w] = c;
          queue[tail++] = w;
        }
      }
    }
    found.push({ size: tail, first: root });
  }
  // Renumber so that component 0 is the largest (ties: the one whose first node comes first).
  const order = found.map((_, i) => i).sort((a, b) => found[b]!.size - found[a]!.size || a - b);
  const renumber = new Int32Array(found.length);
  order.forEach((old, i) => {
    renumber[old] = i;
  });
  for (let v = 0; v < n; v++) of[v] = renumber[of[v]!]!;
  return { sizes: order.map((i) => found[i]!.size), of };
}

export function networkStats(s: Snapshot, comps: ReturnType<typeof components>) {
  const n = s.ids.length;
  const m = s.edges;
  const all = degrees(s);
  const sorted = [...all].sort((a, b) => a - b);
  const singletons = comps.sizes.filter((size) => size === 1).length;
  return {
    organizations: n,
    connectedOrganizations: n - singletons,
    collaborationEdges: m,
    totalWeight: s.weights.reduce((t, w) => t + w, 0) / 2,
    density: n > 1 ? (2 * m) / (n * (n - 1)) : 0,
    components: {
      count: comps.sizes.length,
      largest: comps.sizes.slice(0, 10),
      singletons,
    },
    degree: {
      mean: n > 0 ? (2 * m) / n : 0,
      median: n > 0 ? sorted[Math.floor((n - 1) / 2)]! : 0,
      max: n > 0 ? sorted[n - 1]! : 0,
      distribution: degreeBuckets(all),
    },
    method: 'exact',
  };
}

export interface Ranking {
  /** Organization indexes, best first (value desc, then id). */
  order: Int32Array;
  values: Float64Array;
  ranks: Int32Array;
  method: string;
  sampleSize: number | null;
}

/** Betweenness normalized by (n-1)(n-2) for ordered pairs, as networkx does with normalized=True on undirected graphs. */
export function betweenness(s: Snapshot, limits: Limits): { scores: Float64Array; method: string; sampleSize: number | null } {
  const n = s.ids.length;
  const scores = new Float64Array(n);
  if (n < 3) return { scores, method: 'exact', sampleSize: null };
  const tryExact = n * (n + 2 * s.edges) <= limits.exactBetweennessWork;
  // graphology's neighbourhood index orders nodes as the graph does, i.e. as s.ids.
  const brandes = createUnweightedIndexedBrandes(graphologyOf(s));
  // Sources in a seeded permutation of the organizations in id order (not the snapshot's, the
  // store's, which changes as the database is written): its first `pivots` are the sample, so the
  // same graph always gets the same pivots and figures, and an exact run that runs out of time
  // falls back to exactly the sample it has already computed.
  const random = seeded(0x5eed);
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => (s.ids[a]! < s.ids[b]! ? -1 : s.ids[a]! > s.ids[b]! ? 1 : 0));
  const k = Math.min(n, limits.pivots);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (n - i));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  const delta = new Float64Array(n);
  const started = performance.now();
  let sample: Float64Array | undefined;
  let done = 0;
  for (; done < (tryExact ? n : k); done++) {
    if (done === k) sample = scores.slice();
    if (sample && performance.now() - started > limits.exactBetweennessMillis) break;
    const source = order[done]!;
    const [S, P, sigma] = brandes(source);
    for (let j = 0; j < S.size; j++) delta[(S as unknown as { items: Uint32Array }).items[j]!] = 0;
    while (S.size !== 0) {
      const w = S.pop()!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of P[w]!) delta[v] = delta[v]! + sigma[v]! * coefficient;
      if (w !== source) scores[w] = scores[w]! + delta[w]!;
    }
  }
  const normalize = (xs: Float64Array, sources: number) => {
    const scale = (1 / ((n - 1) * (n - 2))) * (n / sources);
    for (let v = 0; v < n; v++) xs[v] = xs[v]! * scale;
    return xs;
  };
  if (done === n) return { scores: normalize(scores, n), method: 'exact', sampleSize: null };
  const why = tryExact ? `exact would take over ${limits.exactBetweennessMillis / 1000} s` : `exact would cost over ${limits.exactBetweennessWork} steps`;
  return {
    scores: normalize(sample ?? scores, k),
    method: `sampled: ${k} pivot sources of ${n}, scaled by n/k (${why})`,
    sampleSize: k,
  };
}

export function rank(s: Snapshot, by: RankMeasure, kinds: string[] | null, currency: string | null, limits: Limits): Ranking {
  const n = s.ids.length;
  let values: Float64Array;
  let method = 'exact';
  let sampleSize: number | null = null;
  if (by === 'COLLABORATORS') values = Float64Array.from(degrees(s));
  else if (by === 'PROJECTS') values = Float64Array.from(s.projects);
  else if (by === 'PLATFORMS') values = Float64Array.from(s.platforms);
  else if (by === 'FUNDING') values = s.funding.get(currency!) ?? new Float64Array(n);
  else if (by === 'PAGERANK') {
    const pr = pagerank(graphologyOf(s), { getEdgeWeight: 'weight', alpha: 0.85, maxIterations: 200, tolerance: 1e-9 });
    values = Float64Array.from(s.ids, (id) => pr[id]!);
    method = 'power iteration (alpha 0.85, weighted, tolerance 1e-9)';
  } else {
    const bc = betweenness(s, limits);
    values = bc.scores;
    method = bc.method;
    sampleSize = bc.sampleSize;
  }
  // Rounded to 12 digits for ranking, so sums taken in another order still tie.
  const key = by === 'BETWEENNESS' || by === 'PAGERANK' ? Float64Array.from(values, (v) => Number(v.toPrecision(12))) : values;
  const wanted = kinds && new Set(kinds);
  const chosen: number[] = [];
  for (let v = 0; v < n; v++) if (!wanted || wanted.has(s.kind[v]!)) chosen.push(v);
  chosen.sort((a, b) => key[b]! - key[a]! || (s.ids[a]! < s.ids[b]! ? -1 : 1));
  const order = Int32Array.from(chosen);
  return { order, values: key, ranks: Int32Array.from(competitionRanks(chosen.map((v) => key[v]!))), method, sampleSize };
}

/** How many organizations lie at each distance from id, up to maxHops (breadth-first, unweighted). */
export function reach(s: Snapshot, id: string, maxHops: number) {
  const source = s.index.get(id);
  if (source === undefined) throw notInScope(id);
  const histogram = [1];
  const dist = new Int32Array(s.ids.length).fill(-1);
  let frontier = [source];
  dist[source] = 0;
  for (let d = 1; d <= maxHops && frontier.length > 0; d++) {
    const next: number[] = [];
    for (const v of frontier)
      for (let e = s.offsets[v]!; e < s.offsets[v + 1]!; e++) {
        const w = s.targets[e]!;
        if (dist[w]! < 0) {
          dist[w] = d;
          next.push(w);
        }
      }
    histogram.push(next.length);
    frontier = next;
  }
  while (histogram.length <= maxHops) histogram.push(0);
  const reached = histogram.reduce((a, b) => a + b, 0) - 1;
  const distanceSum = histogram.reduce((t, c, d) => t + c * d, 0);
  return { histogram: histogram.map((count, hops) => ({ hops, count })), reached, distanceSum };
}

export function component(s: Snapshot, comps: ReturnType<typeof components>, id: string) {
  const v = s.index.get(id);
  if (v === undefined) throw notInScope(id);
  const size = comps.sizes[comps.of[v]!]!;
  return { size, isLargest: size === comps.sizes[0]!, componentCount: comps.sizes.length, largestSize: comps.sizes[0]! };
}

/** Louvain communities (weighted, seeded), largest first, with what characterizes each. */
export function communities(s: Snapshot, topMembers: number) {
  const detail = louvain.detailed(graphologyOf(s), { getEdgeWeight: 'weight', rng: seeded(0x10f41) });
  const groups = new Map<number, number[]>();
  s.ids.forEach((id, v) => {
    const c = detail.communities[id]!;
    const g = groups.get(c) ?? [];
    g.push(v);
    groups.set(c, g);
  });
  const top = (values: Iterable<string>, k: number) => {
    const counts = new Map<string, number>();
    for (const x of values) counts.set(x, (counts.get(x) ?? 0) + 1);
    return [...counts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, k)
      .map(([id, count]) => ({ id, count }));
  };
  const list = [...groups.values()]
    .map((members) => {
      const byDegree = members.map((v) => ({ id: s.ids[v]!, degree: degreeOf(s, v) })).sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1));
      return {
        members,
        first: s.ids[members[0]!]!,
        size: members.length,
        topMembers: byDegree.slice(0, topMembers),
        industries: top(
          members.flatMap((v) => s.industries[v]!),
          5,
        ),
        regions: top(
          members.flatMap((v) => s.regions[v]!),
          5,
        ),
      };
    })
    .sort((a, b) => b.size - a.size || (a.first < b.first ? -1 : 1));
  // Each organization's community as an index into the list (0 = largest), for write-back.
  const of = new Int32Array(s.ids.length);
  list.forEach((c, i) => {
    for (const v of c.members) of[v] = i;
  });
  return {
    of,
    count: list.length,
    modularity: detail.modularity,
    method: 'Louvain (weighted, resolution 1, seeded)',
    communities: list.map(({ members: _m, first: _f, ...rest }) => rest),
  };
}

export function relationshipCounts(s: Snapshot) {
  return [...s.relationships]
    .map(([key, count]) => {
      const [type, role] = key.split(' ');
      return { type: type!, role: role ?? null, count };
    })
    .sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : (a.role ?? '') < (b.role ?? '') ? -1 : 1));
}

/** Organizations sharing collaborators with id but not linked to it, with exact counts of the common collaborators. */
export function commonPartners(s: Snapshot, id: string, cap: number) {
  const x = s.index.get(id);
  if (x === undefined) throw notInScope(id);
  const counts = new Map<number, number>();
  const direct = new Set<number>();
  for (let e = s.offsets[x]!; e < s.offsets[x + 1]!; e++) direct.add(s.targets[e]!);
  for (const p of direct)
    for (let e = s.offsets[p]!; e < s.offsets[p + 1]!; e++) {
      const c = s.targets[e]!;
      if (c !== x && !direct.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (s.ids[a[0]]! < s.ids[b[0]]! ? -1 : 1))
    .slice(0, cap)
    .map(([c, count]) => ({ id: s.ids[c]!, count }));
}
