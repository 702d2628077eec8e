// The first layout of a big view, on plain arrays: the spectral draft fcose computes (pivot MDS:
// breadth-first distances from a few pivots, the two main axes of their double-centred squares;
// Brandes & Pich 2006), then a short force pass on a grid that pulls edges to their length and
// pushes overlapping nodes apart, then the connected components packed in rows. fcose's draft
// computed the same spectral axes but spent most of its time building Cytoscape collections for
// its neighbour lists (connectComponents and the neighbourhoods: about 2/3 of its run on the
// 2,000-node benchmark graph); here the same work is index arithmetic. Deterministic: no random.

export interface Point {
  x: number;
  y: number;
}

export interface DraftOptions {
  /** Distance between the ends of an edge, in model units (px at zoom 1). */
  edgeLength?: number;
  /** Pivots of the MDS (fcose's sampleSize is 25). */
  pivots?: number;
  /** Iterations of the force pass (0: the spectral draft alone). */
  iterations?: number;
  /** Closest two node centres should be (node size plus a margin). */
  minDistance?: number;
}

/** Positions for `ids`, edges given as pairs of ids (unknown ids and self loops ignored). */
export function draftLayout(ids: readonly string[], edges: readonly { source: string; target: string }[], opts: DraftOptions = {}): Map<string, Point> {
  const edgeLength = opts.edgeLength ?? 90;
  const n = ids.length;
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    index.set(id, i);
  });
  // Adjacency in compressed rows: neighbours of i are adj[start[i]] .. adj[start[i + 1] - 1].
  const degree = new Int32Array(n + 1);
  const pairs: number[] = [];
  for (const e of edges) {
    const a = index.get(e.source);
    const b = index.get(e.target);
    if (a === undefined || b === undefined || a === b) continue;
    pairs.push(a, b);
    degree[a]!++;
    degree[b]!++;
  }
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i]! + degree[i]!;
  const fill = start.slice(0, n);
  const adj = new Int32Array(pairs.length);
  for (let p = 0; p < pairs.length; p += 2) {
    const a = pairs[p]!;
    const b = pairs[p + 1]!;
    adj[fill[a]!++] = b;
    adj[fill[b]!++] = a;
  }
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const boxes: { nodes: number[]; w: number; h: number }[] = [];
  const seen = new Uint8Array(n);
  for (let s = 0; s < n; s++) {
    if (seen[s]) continue;
    const nodes = [s];
    seen[s] = 1;
    for (let q = 0; q < nodes.length; q++) {
      const v = nodes[q]!;
      for (let k = start[v]!; k < start[v + 1]!; k++) {
        const w = adj[k]!;
        if (!seen[w]) {
          seen[w] = 1;
          nodes.push(w);
        }
      }
    }
    spectral(nodes, start, adj, x, y, opts.pivots ?? 25);
    scaleToEdges(nodes, start, adj, x, y, edgeLength, opts.minDistance ?? 36);
    refine(nodes, start, adj, x, y, edgeLength, opts.minDistance ?? 36, opts.iterations ?? 15);
    // The springs pull a dense core back together: spread it again to room for every node
    // (zoomed in, a big view must still show nodes apart and their labels).
    spread(nodes, x, y, opts.minDistance ?? 36);
    boxes.push({ nodes, ...centre(nodes, x, y) });
  }
  pack(boxes, x, y, edgeLength);
  const out = new Map<string, Point>();
  ids.forEach((id, i) => {
    out.set(id, { x: x[i]!, y: y[i]! });
  });
  return out;
}

/** Pivot MDS of one connected component into x, y (unscaled). */
function spectral(nodes: number[], start: Int32Array, adj: Int32Array, x: Float64Array, y: Float64Array, pivots: number): void {
  const m = nodes.length;
  if (m <= 2) {
    nodes.forEach((v, i) => {
      x[v] = i;
      y[v] = 0;
    });
    return;
  }
  // Index within the component of each node of the graph (only this component's are read).
  const local = new Int32Array(x.length);
  nodes.forEach((v, i) => {
    local[v] = i;
  });
  const k = Math.min(pivots, m);
  const d = new Float64Array(m * k); // hop distances, row i, column j = pivot j
  const minDist = new Float64Array(m).fill(Number.POSITIVE_INFINITY);
  // First pivot: the best-connected node; each next one the node farthest from those chosen.
  let pivot = 0;
  for (let i = 1; i < m; i++) if (start[nodes[i]! + 1]! - start[nodes[i]!]! > start[nodes[pivot]! + 1]! - start[nodes[pivot]!]!) pivot = i;
  const dist = new Int32Array(m);
  const queue = new Int32Array(m);
  for (let j = 0; j < k; j++) {
    dist.fill(-1);
    dist[pivot] = 0;
    queue[0] = pivot;
    for (let head = 0, tail = 1; head < tail; head++) {
      const u = queue[head]!;
      const gu = nodes[u]!;
      for (let e = start[gu]!; e < start[gu + 1]!; e++) {
        const w = local[adj[e]!]!;
        if (dist[w] === -1) {
          dist[w] = dist[u]! + 1;
          queue[tail++] = w;
        }
      }
    }
    let far = 0;
    for (let i = 0; i < m; i++) {
      d[i * k + j] = dist[i]! * dist[i]!;
      if (dist[i]! < minDist[i]!) minDist[i] = dist[i]!;
      if (minDist[i]! > minDist[far]!) far = i;
    }
    pivot = far;
  }
  // Double centring of the squared distances.
  const rowMean = new Float64Array(m);
  const colMean = new Float64Array(k);
  let grand = 0;
  for (let i = 0; i < m; i++)
    for (let j = 0; j < k; j++) {
      const v = d[i * k + j]!;
      rowMean[i]! += v / k;
      colMean[j]! += v / m;
      grand += v / (m * k);
    }
  for (let i = 0; i < m; i++) for (let j = 0; j < k; j++) d[i * k + j] = -0.5 * (d[i * k + j]! - rowMean[i]! - colMean[j]! + grand);
  // The two main eigenvectors of CᵀC (k × k) by power iteration, the second deflated.
  const s = new Float64Array(k * k);
  for (let i = 0; i < m; i++) for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) s[a * k + b]! += d[i * k + a]! * d[i * k + b]!;
  const v1 = power(s, k, undefined);
  const v2 = power(s, k, v1.vector);
  const s1 = Math.sqrt(Math.sqrt(Math.max(v1.value, 1e-12)));
  const s2 = Math.sqrt(Math.sqrt(Math.max(v2.value, 1e-12)));
  for (let i = 0; i < m; i++) {
    let px = 0;
    let py = 0;
    for (let j = 0; j < k; j++) {
      px += d[i * k + j]! * v1.vector[j]!;
      py += d[i * k + j]! * v2.vector[j]!;
    }
    // C v = σ u; the axis scaled by √σ as in classical MDS (u √λ, λ of the full matrix ~ σ).
    x[nodes[i]!] = px / s1;
    y[nodes[i]!] = py / s2;
  }
}

function power(s: Float64Array, k: number, orthogonalTo: Float64Array | undefined): { vector: Float64Array; value: number } {
  let v = new Float64Array(k);
  for (let i = 0; i < k; i++) v[i] = 1 + ((i * 7919) % 13) / 13; // fixed, not aligned to any axis
  let value = 0;
  for (let it = 0; it < 200; it++) {
    if (orthogonalTo) {
      let dot = 0;
      for (let i = 0; i < k; i++) dot += v[i]! * orthogonalTo[i]!;
      for (let i = 0; i < k; i++) v[i]! -= dot * orthogonalTo[i]!;
    }
    const next = new Float64Array(k);
    for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) next[a]! += s[a * k + b]! * v[b]!;
    let norm = 0;
    for (let i = 0; i < k; i++) norm += next[i]! * next[i]!;
    norm = Math.sqrt(norm);
    if (norm === 0) break;
    for (let i = 0; i < k; i++) next[i]! /= norm;
    const converged = Math.abs(norm - value) <= 1e-9 * norm;
    value = norm;
    v = next;
    if (converged) break;
  }
  return { vector: v, value };
}

/**
 * Scales a component so that its edges are `edgeLength` long on average, or more where that would
 * crowd it: the spectral axes put a dense cluster's nodes close together, and the force pass then
 * has room to spread them (and costs less: fewer nodes share a grid cell).
 */
function scaleToEdges(nodes: number[], start: Int32Array, adj: Int32Array, x: Float64Array, y: Float64Array, edgeLength: number, minDistance: number): void {
  let sum = 0;
  let count = 0;
  for (const v of nodes)
    for (let e = start[v]!; e < start[v + 1]!; e++) {
      sum += Math.hypot(x[v]! - x[adj[e]!]!, y[v]! - y[adj[e]!]!);
      count++;
    }
  let f = count && sum > 0 ? edgeLength / (sum / count) : edgeLength;
  const { x1, x2, y1, y2 } = bounds(nodes, x, y);
  const area = (x2 - x1) * (y2 - y1);
  // Room for every node: about (2 minDistance)² each.
  if (area > 0) f = Math.max(f, Math.sqrt((nodes.length * 4 * minDistance * minDistance) / area));
  for (const v of nodes) {
    x[v]! *= f;
    y[v]! *= f;
  }
}

/**
 * Fruchterman-Reingold on a grid: repulsion only between nodes in neighbouring cells (cell =
 * edgeLength, the farthest a repulsion reaches), so an iteration costs about n · (nodes per cell),
 * not n².
 */
function refine(
  nodes: number[],
  start: Int32Array,
  adj: Int32Array,
  x: Float64Array,
  y: Float64Array,
  edgeLength: number,
  minDistance: number,
  iterations: number,
): void {
  const m = nodes.length;
  if (m < 3 || iterations <= 0) return;
  const cell = edgeLength;
  // Rest length of the force model a bit under the edge length: the cut-off repulsion is weaker.
  const k2 = (edgeLength * edgeLength) / 4;
  const dx = new Float64Array(x.length);
  const dy = new Float64Array(x.length);
  const grid = new Map<number, number[]>();
  const key = (cx: number, cy: number) => cx * 73856093 + cy * 19349663;
  for (let it = 0; it < iterations; it++) {
    const temperature = edgeLength * (1 - it / iterations) + 2;
    grid.clear();
    for (const v of nodes) {
      const kk = key(Math.floor(x[v]! / cell), Math.floor(y[v]! / cell));
      const list = grid.get(kk);
      if (list) list.push(v);
      else grid.set(kk, [v]);
      dx[v] = 0;
      dy[v] = 0;
    }
    for (const v of nodes) {
      const cx = Math.floor(x[v]! / cell);
      const cy = Math.floor(y[v]! / cell);
      for (let ox = -1; ox <= 1; ox++)
        for (let oy = -1; oy <= 1; oy++) {
          const list = grid.get(key(cx + ox, cy + oy));
          if (!list) continue;
          for (const w of list) {
            if (w === v) continue;
            let ex = x[v]! - x[w]!;
            let ey = y[v]! - y[w]!;
            let dd = ex * ex + ey * ey;
            if (dd === 0) {
              // Same spot: push apart along a direction fixed by the pair.
              ex = ((v * 31 + w) % 7) - 3 || 1;
              ey = ((v + w * 17) % 5) - 2 || 1;
              dd = ex * ex + ey * ey;
            }
            if (dd > cell * cell) continue;
            // FR repulsion, stronger below the minimum distance so that nodes do not overlap.
            const f = (k2 / dd) * (dd < minDistance * minDistance ? 4 : 1);
            dx[v]! += ex * f;
            dy[v]! += ey * f;
          }
        }
      for (let e = start[v]!; e < start[v + 1]!; e++) {
        const w = adj[e]!;
        const ex = x[v]! - x[w]!;
        const ey = y[v]! - y[w]!;
        const dist = Math.sqrt(ex * ex + ey * ey);
        // FR attraction d²/k along the edge.
        dx[v]! -= (ex * dist) / edgeLength;
        dy[v]! -= (ey * dist) / edgeLength;
      }
    }
    for (const v of nodes) {
      const len = Math.hypot(dx[v]!, dy[v]!);
      if (len === 0) continue;
      const step = Math.min(len, temperature) / len;
      x[v]! += dx[v]! * step;
      y[v]! += dy[v]! * step;
    }
  }
}

/** Scales a component up (never down) to about (2 minDistance)² of area per node. */
function spread(nodes: number[], x: Float64Array, y: Float64Array, minDistance: number): void {
  if (nodes.length < 3) return;
  const { w, h } = centre(nodes, x, y);
  const area = w * h;
  if (area <= 0) return;
  const f = Math.sqrt((nodes.length * 4 * minDistance * minDistance) / area);
  if (f <= 1) return;
  for (const v of nodes) {
    x[v]! *= f;
    y[v]! *= f;
  }
}

/** Moves a component's centre to 0,0; returns its size. */
function centre(nodes: number[], x: Float64Array, y: Float64Array): { w: number; h: number } {
  const { x1, x2, y1, y2 } = bounds(nodes, x, y);
  const cx = (x1 + x2) / 2;
  const cy = (y1 + y2) / 2;
  for (const v of nodes) {
    x[v]! -= cx;
    y[v]! -= cy;
  }
  return { w: x2 - x1, h: y2 - y1 };
}

/** A component's bounding box (infinite for no nodes: callers have at least one). */
function bounds(nodes: number[], x: Float64Array, y: Float64Array): { x1: number; x2: number; y1: number; y2: number } {
  let x1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let y1 = Number.POSITIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  for (const v of nodes) {
    x1 = Math.min(x1, x[v]!);
    x2 = Math.max(x2, x[v]!);
    y1 = Math.min(y1, y[v]!);
    y2 = Math.max(y2, y[v]!);
  }
  return { x1, x2, y1, y2 };
}

/** Components in rows, biggest first, rows about as wide as the whole is tall. */
function pack(boxes: { nodes: number[]; w: number; h: number }[], x: Float64Array, y: Float64Array, gap: number): void {
  boxes.sort((a, b) => b.nodes.length - a.nodes.length);
  const area = boxes.reduce((s, b) => s + (b.w + gap) * (b.h + gap), 0);
  const width = Math.max(Math.sqrt(area) * 1.2, (boxes[0]?.w ?? 0) + gap);
  let rowX = 0;
  let rowY = 0;
  let rowH = 0;
  for (const b of boxes) {
    if (rowX > 0 && rowX + b.w > width) {
      rowX = 0;
      rowY += rowH + gap;
      rowH = 0;
    }
    for (const v of b.nodes) {
      x[v]! += rowX + b.w / 2;
      y[v]! += rowY + b.h / 2;
    }
    rowX += b.w + gap;
    rowH = Math.max(rowH, b.h);
  }
}
