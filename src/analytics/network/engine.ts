// The network-analytics engine, behind one interface in the manner of Neo4j GDS (project, run,
// stream/write): `query(db, scope, job)` projects the scope's collaboration network into the
// analytics worker with one streaming read (cypher/analytics/network/snapshot.cypher), runs the job
// there and caches the answer. Snapshots and answers are keyed by scope and by the graph's version
// (the server's write counter plus the database's node and relationship counts, so imports by
// another process are noticed too); a changed graph is projected afresh on the next call.
// Bounded: a scope over the size limits is refused before anything is read, a snapshot over the
// edge cap while it is built, and a job over its time limit stops the worker (the next call
// starts a new one), each with an error naming the limit and what to narrow.
import { Worker } from 'node:worker_threads';
import { createGraphQLError } from 'graphql-yoga';
import type { Graph, GraphSession, Row } from '../../graph/graph.js';
import { DEFAULT_LIMITS, type Limits } from './algorithms.js';
import { analysisTimeout, analysisTooLarge, NARROWER } from './errors.js';
import type { SnapshotRow } from './snapshot.js';
import type { Job, Message } from './worker.js';

export interface Scope {
  region?: string | null;
  industry?: string | null;
  programme?: string | null;
}

export interface EngineOptions {
  /** Organizations a snapshot may hold. */
  maxOrganizations: number;
  /** UNDERTAKES, MEMBER_OF and HOSTED_BY relationships of a scope's organizations. */
  maxMemberships: number;
  /** Distinct collaboration edges a snapshot may hold. */
  maxEdges: number;
  /** Time limit of one job in the worker (a snapshot build included). */
  jobTimeoutMs: number;
  /** Transaction timeout of the snapshot's streaming read. */
  readTimeoutMs: number;
  /** Snapshots held at once (least recently used dropped). */
  maxSnapshots: number;
  limits: Limits;
}

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = {
  maxOrganizations: 300_000,
  maxMemberships: 1_500_000,
  maxEdges: 5_000_000,
  jobTimeoutMs: 55_000,
  readTimeoutMs: 50_000,
  maxSnapshots: 4,
  limits: DEFAULT_LIMITS,
};

export interface SnapshotInfo {
  organizations: number;
  edges: number;
  millis: number;
  /** Wall time of the streaming read, the transfer to the worker and the build. */
  totalMillis: number;
}

const BATCH = 2000;
const MAX_RESULTS = 500;

export const scopeKey = (scope: Scope) => JSON.stringify([scope.region ?? null, scope.industry ?? null, scope.programme ?? null]);

export class NetworkEngine {
  private worker: Worker | undefined;
  private seq = 0;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void; timer: NodeJS.Timeout }>();
  private readonly snapshots = new Map<string, { token: string; ready: Promise<SnapshotInfo> }>();
  private readonly results = new Map<string, Promise<unknown>>();

  constructor(
    private readonly graph: Graph,
    readonly options: EngineOptions = DEFAULT_ENGINE_OPTIONS,
  ) {}

  /** Runs a job on the scope's snapshot (projected first if needed); cached per scope and graph version. */
  async query<T>(db: GraphSession, scope: Scope, job: Job): Promise<{ value: T; snapshot: SnapshotInfo; cached: boolean }> {
    const token = await this.token(db);
    const skey = scopeKey(scope);
    const rkey = `${token}|${skey}|${JSON.stringify(job)}`;
    let cached = true;
    let result = this.results.get(rkey);
    if (!result) {
      cached = false;
      result = this.snapshot(db, scope, token).then(() => this.call({ type: 'job', key: `${skey}@${token}`, seq: 0, job }));
      this.results.set(rkey, result);
      result.catch(() => this.results.delete(rkey));
      if (this.results.size > MAX_RESULTS) this.results.delete(this.results.keys().next().value!);
    }
    const value = (await result) as T;
    return { value, snapshot: await this.snapshot(db, scope, token), cached };
  }

  /** Stops the worker (server shutdown, tests). */
  async close(): Promise<void> {
    const w = this.worker;
    this.reset(new Error('the analytics engine was closed'));
    await w?.terminate();
  }

  private async token(db: GraphSession): Promise<string> {
    const [row] = await db.read('analytics/network/fingerprint');
    return `${this.graph.version}:${row?.nodes}:${row?.relationships}`;
  }

  private snapshot(db: GraphSession, scope: Scope, token: string): Promise<SnapshotInfo> {
    const skey = scopeKey(scope);
    const held = this.snapshots.get(skey);
    if (held && held.token === token) {
      // Most recently used last.
      this.snapshots.delete(skey);
      this.snapshots.set(skey, held);
      return held.ready;
    }
    if (held) this.post({ type: 'drop', key: `${skey}@${held.token}` });
    const ready = this.project(db, scope, `${skey}@${token}`);
    this.snapshots.set(skey, { token, ready });
    ready.catch(() => {
      if (this.snapshots.get(skey)?.ready === ready) this.snapshots.delete(skey);
    });
    while (this.snapshots.size > this.options.maxSnapshots) {
      const [oldest, s] = this.snapshots.entries().next().value!;
      this.snapshots.delete(oldest);
      this.post({ type: 'drop', key: `${oldest}@${s.token}` });
    }
    return ready;
  }

  private async project(db: GraphSession, scope: Scope, key: string): Promise<SnapshotInfo> {
    const started = performance.now();
    const params = { region: scope.region ?? null, industry: scope.industry ?? null, programme: scope.programme ?? null };
    const [size] = await db.read('analytics/network/scope-size', params);
    const organizations = Number(size?.organizations ?? 0);
    const memberships = Number(size?.memberships ?? 0);
    const { maxOrganizations, maxMemberships } = this.options;
    if (organizations > maxOrganizations)
      throw analysisTooLarge(`${organizations} organizations, more than the ${maxOrganizations} a snapshot holds`, hintFor(scope));
    if (memberships > maxMemberships)
      throw analysisTooLarge(`${memberships} project, platform and hosting links, more than the ${maxMemberships} a snapshot holds`, hintFor(scope));

    let batch: SnapshotRow[] = [];
    try {
      await db.stream(
        'analytics/network/snapshot',
        params,
        () => {
          // A retried transaction starts the snapshot again.
          this.post({ type: 'begin', key, maxEdges: this.options.maxEdges, limits: this.options.limits });
          batch = [];
          return (row: Row) => {
            batch.push(row as unknown as SnapshotRow);
            if (batch.length >= BATCH) {
              this.post({ type: 'rows', key, rows: batch });
              batch = [];
            }
          };
        },
        this.options.readTimeoutMs,
      );
    } catch (e) {
      this.post({ type: 'drop', key });
      throw e;
    }
    if (batch.length > 0) this.post({ type: 'rows', key, rows: batch });
    const built = (await this.call({ type: 'end', key, seq: 0 })) as Omit<SnapshotInfo, 'totalMillis'>;
    return { ...built, totalMillis: performance.now() - started };
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    // Sources run as TypeScript through tsx (bin/kg.mjs, vitest, npx tsx); the worker gets the
    // same loader through worker-entry.mjs. A compiled build has worker.js beside this file and needs none.
    const here = import.meta.url;
    const ts = here.endsWith('.ts');
    const worker = new Worker(new URL(ts ? './worker-entry.mjs' : './worker.js', here));
    worker.on('message', (m: { type: 'result' | 'failed'; seq: number; value?: unknown; error?: { message: string; extensions: Record<string, unknown> } }) => {
      const p = this.pending.get(m.seq);
      if (!p) return;
      this.pending.delete(m.seq);
      clearTimeout(p.timer);
      if (this.pending.size === 0) worker.unref();
      if (m.type === 'result') p.resolve(m.value);
      else p.reject(createGraphQLError(m.error!.message, { extensions: m.error!.extensions }));
    });
    worker.on('error', (e) => this.reset(e));
    worker.on('exit', () => {
      if (this.worker === worker) this.reset(new Error('the analytics worker stopped'));
    });
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private post(m: Message): void {
    this.ensureWorker().postMessage(m);
  }

  /** Sends a message that the worker answers, with the job time limit. */
  private call(m: Extract<Message, { seq: number }>): Promise<unknown> {
    const worker = this.ensureWorker();
    const seq = ++this.seq;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        // A job past its limit cannot be interrupted inside the worker: stop the worker whole.
        const w = this.worker;
        this.reset(analysisTimeout(this.options.jobTimeoutMs));
        void w?.terminate();
      }, this.options.jobTimeoutMs);
      this.pending.set(seq, { resolve, reject, timer });
      worker.ref();
      worker.postMessage({ ...m, seq });
    });
  }

  /** Forgets the worker and everything it held, failing what waits on it. */
  private reset(reason: unknown): void {
    this.worker = undefined;
    this.snapshots.clear();
    this.results.clear();
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(reason);
    }
    this.pending.clear();
  }
}

function hintFor(scope: Scope): string {
  if (!scope.region && !scope.industry && !scope.programme) return NARROWER;
  return 'narrow the scope further: a sub-region, a sub-industry, or region and industry together';
}

const engines = new WeakMap<Graph, NetworkEngine>();

/** The engine of a graph (one per server process). */
export function networkEngine(graph: Graph): NetworkEngine {
  let e = engines.get(graph);
  if (!e) {
    e = new NetworkEngine(graph);
    engines.set(graph, e);
  }
  return e;
}
