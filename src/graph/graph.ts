// The one place that talks to Neo4j. Reads go through executeRead and writes through
// executeWrite, so a neo4j:// cluster routes reads to followers; every session names its
// database (saves the home-database round trip) and every transaction carries a timeout.
// A per-request view counts round trips so responses and tests can report them.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { CypherRegistry } from './cypher.js';
import { cancelled, requestTimedOut, toGraphQLError } from './errors.js';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

export interface ConnectOptions {
  uri: string;
  user?: string;
  password?: string;
}

export function createDriver({ uri, user, password }: ConnectOptions): Driver {
  const auth = password ? neo4j.auth.basic(user ?? 'neo4j', password) : undefined;
  return neo4j.driver(uri, auth, {
    // Plain JS numbers: every integer in this graph (counts, years, ids of rows) fits in 2^53.
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 100,
    // Fail fast when the database is gone instead of queueing requests for a minute.
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 5_000,
    // Retries cover a cluster's leader switch; kept short so an outage fails fast.
    maxTransactionRetryTime: 2_000,
  });
}

/** Waits until Bolt answers, for a server that is still starting. */
export async function waitForBolt(driver: Driver, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await driver.getServerInfo();
      return;
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

export class Graph {
  /**
   * Bumped after every write transaction that changed something (imports, mutations, seeding):
   * caches of derived results (the network analytics snapshots) compare it to know they are stale.
   */
  version = 0;

  constructor(
    readonly driver: Driver,
    readonly database: string,
    readonly cypher: CypherRegistry,
    readonly timeoutMs: number,
    /** Deadline of one GraphQL request across all its transactions (KG_REQUEST_TIMEOUT_MS). */
    readonly requestTimeoutMs = 30_000,
  ) {}

  /**
   * A view for one GraphQL request (or one CLI job) that counts its round trips. With
   * `deadlineMs`, all its transactions together must end within that time.
   */
  session(signal?: AbortSignal, deadlineMs?: number): GraphSession {
    return new GraphSession(this, signal, deadlineMs === undefined ? undefined : performance.now() + deadlineMs);
  }

  /**
   * One named read as a single auto-commit query: no retry and no request deadline. For health
   * probes, which must learn of an outage from the first failure rather than after the driver's
   * retries (maxTransactionRetryTime).
   */
  async probe(name: string, timeoutMs: number): Promise<Row[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(this.cypher.get(name), {}, { timeout: timeoutMs });
      return result.records.map((r) => r.toObject());
    } catch (e) {
      throw toGraphQLError(e);
    } finally {
      await session.close().catch(() => {});
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

/** Write counters Neo4j reports, summed over a session (import summaries, mutation results). */
export interface Updates {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

export class GraphSession {
  roundTrips = 0;
  /** Sum of the durations of this session's transactions; parallel ones each count in full. */
  dbMillis = 0;
  /** Transactions open now, since when, and the closed stretches during which any was open. */
  private open = 0;
  private openSince = 0;
  private wallClosed = 0;
  readonly updates: Updates = { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 };

  constructor(
    private readonly graph: Graph,
    private readonly signal?: AbortSignal,
    private readonly deadline?: number,
  ) {}

  /**
   * Wall-clock time during which at least one of this session's transactions was open (the
   * union of their intervals): never more than the request's own time, unlike dbMillis.
   */
  get dbWallMillis(): number {
    return this.wallClosed + (this.open > 0 ? performance.now() - this.openSince : 0);
  }

  get cypher(): CypherRegistry {
    return this.graph.cypher;
  }

  read(name: string, params: Params = {}, vars?: Record<string, string>): Promise<Row[]> {
    return this.run('READ', (tx) => tx.run1(name, params, vars));
  }

  /**
   * Several independent reads in one read transaction (one round trip), sent together: the
   * driver pipelines them on the connection, so they cost about as much as the slowest.
   */
  readMany(steps: { name: string; params: Params; vars?: Record<string, string> }[]): Promise<Row[][]> {
    if (steps.length === 1) return this.read(steps[0]!.name, steps[0]!.params, steps[0]!.vars).then((r) => [r]);
    return this.run('READ', (tx) => Promise.all(steps.map((s) => tx.run1(s.name, s.params, s.vars))));
  }

  write(name: string, params: Params = {}, vars?: Record<string, string>): Promise<Row[]> {
    return this.run('WRITE', (tx) => tx.run1(name, params, vars));
  }

  /**
   * One named read whose rows are handed to onRow as they arrive, never held as a list (network
   * snapshots). `open` is called at the start of every attempt, so a retried transaction starts
   * its consumer afresh. timeoutMs overrides the graph's transaction timeout.
   */
  stream(name: string, params: Params, open: () => (row: Row) => void, timeoutMs?: number): Promise<number> {
    return this.run(
      'READ',
      async (tx) => {
        const onRow = open();
        return tx.stream(name, params, onRow);
      },
      timeoutMs,
    );
  }

  /** Several named statements in one write transaction: all of them commit or none does. */
  writeAll(steps: { name: string; params: Params; vars?: Record<string, string> }[]): Promise<Row[][]> {
    return this.run('WRITE', async (tx) => {
      const out: Row[][] = [];
      for (const s of steps) out.push(await tx.run1(s.name, s.params, s.vars));
      return out;
    });
  }

  private async run<T>(mode: 'READ' | 'WRITE', work: (tx: NamedTx) => Promise<T>, timeoutMs?: number): Promise<T> {
    // A client that went away gets no further database work done on its behalf.
    if (this.signal?.aborted) throw cancelled();
    const left = this.deadline === undefined ? Number.POSITIVE_INFINITY : this.deadline - performance.now();
    if (left <= 0) throw requestTimedOut(this.graph.requestTimeoutMs);
    const session = this.graph.driver.session({
      database: this.graph.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const started = performance.now();
    if (this.open++ === 0) this.openSince = started;
    this.roundTrips += 1;
    let attempt: NamedTx | undefined;
    // When the client goes away or the request's deadline passes, the session is closed: the
    // driver resets the connection and Neo4j terminates the running transaction at once (not
    // at its own timeout), and the request answers now rather than when the driver notices.
    let stop: (e: unknown) => void = () => {};
    const stopped = new Promise<never>((_, reject) => {
      stop = reject;
    });
    stopped.catch(() => {});
    const abort = (why: unknown) => {
      stop(why);
      void session.close().catch(() => {});
    };
    const onAbort = () => abort(cancelled());
    this.signal?.addEventListener('abort', onAbort, { once: true });
    const timer = Number.isFinite(left) ? setTimeout(() => abort(requestTimedOut(this.graph.requestTimeoutMs)), left) : undefined;
    try {
      const config = { timeout: Math.max(1, Math.min(timeoutMs ?? this.graph.timeoutMs, Math.ceil(left))) };
      // The driver may retry the work on a transient error; each attempt counts afresh so the
      // totals describe what was committed, not what was tried.
      const body = (tx: ManagedTransaction) => {
        attempt = new NamedTx(tx, this.graph.cypher);
        return work(attempt);
      };
      const result = await Promise.race([mode === 'READ' ? session.executeRead(body, config) : session.executeWrite(body, config), stopped]);
      if (attempt) for (const k of Object.keys(this.updates) as (keyof Updates)[]) this.updates[k] += attempt.updates[k];
      if (attempt && Object.values(attempt.updates).some((n) => n > 0)) this.graph.version += 1;
      return result;
    } catch (e) {
      throw toGraphQLError(e);
    } finally {
      clearTimeout(timer);
      this.signal?.removeEventListener('abort', onAbort);
      const ended = performance.now();
      this.dbMillis += ended - started;
      if (--this.open === 0) this.wallClosed += ended - this.openSince;
      await session.close().catch(() => {});
    }
  }
}

/** A transaction that runs queries by registry name and tallies what they changed. */
class NamedTx {
  readonly updates: Updates = { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 };

  constructor(
    private readonly tx: ManagedTransaction,
    private readonly cypher: CypherRegistry,
  ) {}

  async run1(name: string, params: Params, vars?: Record<string, string>): Promise<Row[]> {
    const result = await this.tx.run(this.cypher.get(name, vars), params);
    const u = result.summary.counters.updates();
    for (const k of Object.keys(this.updates) as (keyof Updates)[]) this.updates[k] += u[k] ?? 0;
    return result.records.map((r) => r.toObject());
  }

  async stream(name: string, params: Params, onRow: (row: Row) => void): Promise<number> {
    let rows = 0;
    for await (const record of this.tx.run(this.cypher.get(name), params)) {
      onRow(record.toObject());
      rows++;
    }
    return rows;
  }
}
