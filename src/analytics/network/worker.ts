// The analytics worker thread: holds the snapshots (one per scope and graph version) and runs the
// jobs the engine sends, one at a time, so no analysis ever runs on the request event loop.
// Messages in: begin/rows/end (a snapshot streamed in batches), job, drop. Out: built, result,
// failed (with the GraphQL error's message and extensions, rebuilt on the other side).
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import * as A from './algorithms.js';
import { type Snapshot, SnapshotBuilder, type SnapshotRow } from './snapshot.js';

export type Job =
  | { op: 'stats' }
  | { op: 'rank'; by: A.RankMeasure; kinds: string[] | null; currency: string | null; after: number; first: number }
  | { op: 'find'; by: A.RankMeasure; kinds: string[] | null; currency: string | null; value: number; id: string }
  | { op: 'reach'; id: string; maxHops: number }
  | { op: 'component'; id: string }
  | { op: 'communities'; topMembers: number }
  | { op: 'relationships' }
  | { op: 'commonPartners'; id: string; cap: number }
  | { op: 'connectors'; by: 'COLLABORATORS' | 'BETWEENNESS'; first: number; betweenness: boolean }
  | { op: 'currencies' }
  | { op: 'properties'; id: string | null }
  | { op: 'memory' };

export type Message =
  | { type: 'begin'; key: string; maxEdges: number; limits: A.Limits }
  | { type: 'rows'; key: string; rows: SnapshotRow[] }
  | { type: 'end'; key: string; seq: number }
  | { type: 'job'; key: string; seq: number; job: Job }
  | { type: 'drop'; key: string };

interface Held {
  snapshot: Snapshot;
  limits: A.Limits;
  cache: Map<string, unknown>;
}

const building = new Map<string, { builder: SnapshotBuilder; limits: A.Limits; failure?: unknown }>();
const held = new Map<string, Held>();

function memo<T>(h: Held, key: string, compute: () => T): T {
  if (!h.cache.has(key)) h.cache.set(key, compute());
  return h.cache.get(key) as T;
}

function ranking(h: Held, j: { by: A.RankMeasure; kinds: string[] | null; currency: string | null }) {
  return memo(h, `rank ${j.by} ${j.kinds?.join('|') ?? ''} ${j.currency ?? ''}`, () => A.rank(h.snapshot, j.by, j.kinds, j.currency, h.limits));
}

function run(h: Held, job: Job): unknown {
  const s = h.snapshot;
  const comps = () => memo(h, 'components', () => A.components(s));
  switch (job.op) {
    case 'stats':
      return memo(h, 'stats', () => ({ ...A.networkStats(s, comps()), snapshotMillis: s.builtMillis }));
    case 'rank': {
      const r = ranking(h, job);
      const rows = [];
      for (let i = job.after; i < Math.min(r.order.length, job.after + job.first); i++) {
        const v = r.order[i]!;
        rows.push({
          id: s.ids[v]!,
          value: r.values[v]!,
          rank: r.ranks[i]!,
          projects: s.projects[v]!,
          platforms: s.platforms[v]!,
          collaborators: s.offsets[v + 1]! - s.offsets[v]!,
        });
      }
      return { total: r.order.length, offset: job.after, rows, method: r.method, sampleSize: r.sampleSize };
    }
    case 'find': {
      // The position after the row (value, id) in the ranking's order: a keyset cursor that stays
      // meaningful when the graph (and so the ranking) changes between pages.
      const r = ranking(h, job);
      let lo = 0;
      let hi = r.order.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const v = r.order[mid]!;
        const before = r.values[v]! > job.value || (r.values[v]! === job.value && s.ids[v]! <= job.id);
        if (before) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    }
    case 'reach':
      return A.reach(s, job.id, job.maxHops);
    case 'component':
      return A.component(s, comps(), job.id);
    case 'communities': {
      const { of: _of, ...result } = memo(h, `communities ${job.topMembers}`, () => A.communities(s, job.topMembers));
      return result;
    }
    case 'relationships':
      return memo(h, 'relationships', () => A.relationshipCounts(s));
    case 'commonPartners':
      return A.commonPartners(s, job.id, job.cap);
    case 'connectors': {
      // topConnectors: the first rows by one measure, each with both measures.
      const r = ranking(h, { by: job.by, kinds: null, currency: null });
      const bc = job.betweenness ? ranking(h, { by: 'BETWEENNESS', kinds: null, currency: null }) : null;
      const rows = [];
      for (let i = 0; i < Math.min(r.order.length, job.first); i++) {
        const v = r.order[i]!;
        rows.push({
          id: s.ids[v]!,
          rank: r.ranks[i]!,
          collaborators: s.offsets[v + 1]! - s.offsets[v]!,
          betweenness: bc ? bc.values[v]! : 0,
          platforms: s.platforms[v]!,
          projects: s.projects[v]!,
          method: bc ? bc.method : 'not computed',
        });
      }
      return rows;
    }
    case 'currencies':
      return [...s.funding.keys()].sort();
    case 'memory': {
      // The worker's JS heap (ids, tallies, caches, a graphology Graph once built) plus the
      // snapshot's typed arrays, which live outside the heap.
      const arrays = [s.offsets, s.targets, s.weights, s.projects, s.platforms, ...s.funding.values()].reduce((t, a) => t + a.byteLength, 0);
      return { heapUsed: getHeapStatistics().used_heap_size, arrayBytes: arrays, graphology: s.graphology !== undefined };
    }
    case 'properties': {
      // What write-back stores per organization: component index (0 = largest), collaborators,
      // PageRank, Louvain community index (0 = largest).
      const pr = ranking(h, { by: 'PAGERANK', kinds: null, currency: null });
      const communityOf = memo(h, 'communities 10', () => A.communities(s, 10)).of;
      const c = comps();
      return s.ids.map((id, v) => ({
        id,
        component: c.of[v]!,
        collaborators: s.offsets[v + 1]! - s.offsets[v]!,
        pagerank: pr.values[v]!,
        community: communityOf[v]!,
      }));
    }
  }
}

function fail(e: unknown) {
  if (e instanceof Error && 'extensions' in e) return { message: e.message, extensions: e.extensions as Record<string, unknown> };
  return { message: e instanceof Error ? e.message : String(e), extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

parentPort!.on('message', (m: Message) => {
  if (m.type === 'begin') building.set(m.key, { builder: new SnapshotBuilder(m.maxEdges), limits: m.limits });
  else if (m.type === 'rows') {
    const b = building.get(m.key);
    if (!b || b.failure) return;
    try {
      for (const row of m.rows) b.builder.add(row);
    } catch (e) {
      b.failure = e;
    }
  } else if (m.type === 'end') {
    const b = building.get(m.key);
    building.delete(m.key);
    try {
      if (!b) throw new Error(`no snapshot is being built for ${m.key}`);
      if (b.failure) throw b.failure;
      const snapshot = b.builder.build();
      held.set(m.key, { snapshot, limits: b.limits, cache: new Map() });
      parentPort!.postMessage({
        type: 'result',
        seq: m.seq,
        value: { organizations: snapshot.ids.length, edges: snapshot.edges, millis: snapshot.builtMillis },
      });
    } catch (e) {
      parentPort!.postMessage({ type: 'failed', seq: m.seq, error: fail(e) });
    }
  } else if (m.type === 'job') {
    const h = held.get(m.key);
    try {
      if (!h) throw new Error(`no snapshot for ${m.key}`);
      parentPort!.postMessage({ type: 'result', seq: m.seq, value: run(h, m.job) });
    } catch (e) {
      parentPort!.postMessage({ type: 'failed', seq: m.seq, error: fail(e) });
    }
  } else if (m.type === 'drop') {
    held.delete(m.key);
    building.delete(m.key);
  }
});
