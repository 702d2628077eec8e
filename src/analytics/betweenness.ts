// Betweenness centrality (Brandes 2001) of an undirected, unweighted graph in CSR form. Exact
// when one breadth-first search per node fits the work budget; otherwise estimated from k pivot
// sources (Brandes & Pich 2007) drawn with a fixed seed and scaled by n/k, so the same graph
// always gives the same numbers. Scores are normalized by (n-1)(n-2)/2, the number of pairs of
// other nodes, as networkx does with normalized=True.

/** Adjacency in compressed form: the neighbours of v are targets[offsets[v] .. offsets[v+1]). */
export interface Csr {
  offsets: Int32Array;
  targets: Int32Array;
}

export interface Betweenness {
  scores: Float64Array;
  /** "exact" or "sampled k pivots". */
  method: string;
}

/** About half a second of work in V8: beyond it, pivots are sampled. */
export const DEFAULT_BUDGET = 50_000_000;
const SEED = 0x5eed;

export function betweenness(g: Csr, budget = DEFAULT_BUDGET): Betweenness {
  const n = g.offsets.length - 1;
  const scores = new Float64Array(n);
  if (n < 3) return { scores, method: 'exact' };
  const perSource = n + g.targets.length;
  const exact = n * perSource <= budget;
  const k = exact ? n : Math.max(1, Math.min(n, Math.floor(budget / perSource)));
  const sources = exact ? Int32Array.from({ length: n }, (_, i) => i) : samplePivots(n, k, SEED);

  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n); // BFS order: a queue while searching, a stack when walking back
  const { offsets, targets } = g;

  for (const s of sources) {
    let head = 0;
    let tail = 0;
    dist[s] = 0;
    sigma[s] = 1;
    order[tail++] = s;
    while (head < tail) {
      const v = order[head++]!;
      const dv = dist[v]! + 1;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const w = targets[e]!;
        if (dist[w]! < 0) {
          dist[w] = dv;
          order[tail++] = w;
        }
        if (dist[w] === dv) sigma[w] = sigma[w]! + sigma[v]!;
      }
    }
    // Dependencies in reverse BFS order; predecessors are the neighbours one level closer to s.
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      const dw = dist[w]! - 1;
      const share = (1 + delta[w]!) / sigma[w]!;
      for (let e = offsets[w]!; e < offsets[w + 1]!; e++) {
        const v = targets[e]!;
        if (dist[v] === dw) delta[v] = delta[v]! + sigma[v]! * share;
      }
      scores[w] = scores[w]! + delta[w]!;
    }
    for (let i = 0; i < tail; i++) {
      const v = order[i]!;
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }

  // Each unordered pair was seen from both ends (exact), hence (n-1)(n-2) rather than half of it.
  const scale = (1 / ((n - 1) * (n - 2))) * (n / sources.length);
  for (let v = 0; v < n; v++) scores[v] = scores[v]! * scale;
  return { scores, method: exact ? 'exact' : `sampled ${k} pivots` };
}

/** k distinct nodes by a partial Fisher-Yates shuffle driven by mulberry32(seed). */
function samplePivots(n: number, k: number, seed: number): Int32Array {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pool = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    const t = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = t;
  }
  return pool.slice(0, k);
}
