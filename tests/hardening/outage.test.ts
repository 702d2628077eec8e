// Neo4j outages under traffic. This file runs its own local Neo4j (a free port, a temporary
// store), not the suite's shared one, because it stops it: once cleanly (SIGTERM, the store is
// checkpointed) and once hard (SIGKILL of the JVM, Neo4j recovers from its transaction log), each
// time while four clients keep reading and writing through the real application. During the
// outage every failing operation must answer quickly with DATABASE_UNAVAILABLE, /ready must say
// 503 and /health 200; once Neo4j is back the same application must recover by itself, and every
// write it acknowledged must be in the database, whole. A last test shows `kg serve` draining an
// in-flight request on SIGTERM.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { CypherRegistry } from '../../src/graph/cypher.js';
import { createDriver, Graph, waitForBolt } from '../../src/graph/graph.js';
import { applySchema } from '../../src/graph/setup.js';
import { type LocalNeo4j, startLocalNeo4j } from '../../src/neo4j/local.js';
import { loadSeed } from '../../src/seed/load-seed.js';
import { type App, type GqlResult, testApp } from '../helpers/gql.js';
import { freePort } from '../helpers/ports.js';

const PLATFORM = 'plat:jinzhou-provincial-industrial-technical-center';
const SOURCE = 'src:a000';
const CLIENTS = 4;
/** A failing operation must answer within this; the driver gives up on a dead server in ~2-3 s. */
const FAIL_FAST_MS = 8_000;

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kg-outage-'));
let boltPort: number;
let neo: LocalNeo4j;
let graph: Graph;
let app: App;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function startNeo4j(): Promise<LocalNeo4j> {
  return startLocalNeo4j({ projectRoot: PROJECT_ROOT, port: boltPort, dataDir, heap: '512m', pageCache: '128m', txTimeout: '30s' });
}

/** The pid of the launcher JVM this worker started on `port` (LocalNeo4j does not expose it). */
function jvmPid(port: number): number {
  const children = spawnSync('ps', ['-o', 'pid=', '--ppid', String(process.pid)], { encoding: 'utf8' })
    .stdout.split('\n')
    .map((l) => Number(l.trim()))
    .filter((p) => p > 0);
  const pids = children.filter((pid) => {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const env = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
      return cmd.includes('kg.neo4j.Launcher') && env.includes(`NEO4J_BOLT_PORT=${port}`);
    } catch {
      return false; // exited meanwhile
    }
  });
  if (pids.length !== 1) throw new Error(`expected one launcher JVM on port ${port} among children of ${process.pid}, found ${pids.length}`);
  return pids[0]!;
}

beforeAll(async () => {
  boltPort = await freePort();
  neo = await startNeo4j();
  graph = new Graph(createDriver({ uri: neo.uri }), 'neo4j', new CypherRegistry(path.join(PROJECT_ROOT, 'cypher')), 15_000);
  await applySchema(graph);
  await loadSeed(graph, PROJECT_ROOT);
  app = testApp(graph, { LOG_LEVEL: process.env.KG_TEST_LOG ?? 'silent' });
});

afterAll(async () => {
  await graph?.close();
  await neo?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

// --- traffic -------------------------------------------------------------------------------

const READ = `query OutageRead($id: ID!) {
  organization(id: $id) { id name platforms { role platform { id name } } }
  search(text: "锦州", first: 3) { entity { id } }
}`;
const CREATE = `mutation OutageCreate($input: OrganizationInput!, $provenance: ProvenanceInput!) {
  createOrganization(input: $input, provenance: $provenance) { id }
}`;
const LINK = `mutation OutageLink($from: ID!, $to: ID!, $provenance: ProvenanceInput!) {
  link(kind: MEMBER_OF, from: $from, to: $to, properties: { role: "MEMBER", since: 2024 }, provenance: $provenance) { created }
}`;

interface Outcome {
  client?: number;
  op: 'read' | 'create' | 'link';
  /** The organization created or linked. */
  id?: string;
  startedAt: number;
  ms: number;
  ok: boolean;
  codes: string[];
  messages: string[];
}

async function call(op: Outcome['op'], query: string, variables: Record<string, unknown>, id?: string): Promise<Outcome> {
  const startedAt = Date.now();
  const res = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as GqlResult;
  const errors = body.errors ?? [];
  return {
    op,
    id,
    startedAt,
    ms: Date.now() - startedAt,
    ok: res.status === 200 && errors.length === 0,
    codes: errors.map((e) => String(e.extensions?.code ?? `HTTP_${res.status}`)),
    messages: errors.map((e) => e.message),
  };
}

/** `CLIENTS` loops of read, create, link until stopped; bounded in count and time. */
function traffic(tag: string) {
  const outcomes: Outcome[] = [];
  let stopped = false;
  const deadline = Date.now() + 240_000;
  const client = async (c: number) => {
    let lastCreated: string | undefined;
    for (let i = 0; i < 20_000 && !stopped && Date.now() < deadline; i++) {
      let o: Outcome;
      if (i % 3 === 0) o = await call('read', READ, { id: 'org:shengong-semiconductor' });
      else if (i % 3 === 1) {
        const id = `org:outage-${tag}-c${c}-${i}`;
        o = await call(
          'create',
          CREATE,
          { input: { id, kind: 'ENTERPRISE', name: `Outage ${tag} ${c}/${i}`, founded: 2020 }, provenance: { source: SOURCE, inferred: true } },
          id,
        );
        if (o.ok) lastCreated = id;
      } else if (lastCreated) {
        o = await call('link', LINK, { from: lastCreated, to: PLATFORM, provenance: { source: SOURCE, inferred: true } }, lastCreated);
      } else continue;
      outcomes.push({ ...o, client: c });
      await sleep(40);
    }
  };
  const done = Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
  return {
    outcomes,
    /** Successes of every client since `t`, the fewest of them. */
    minSuccessesSince: (t: number) =>
      Math.min(...Array.from({ length: CLIENTS }, (_, c) => outcomes.filter((o) => o.client === c && o.ok && o.startedAt >= t).length)),
    async stop() {
      stopped = true;
      await done;
    },
  };
}

interface Probe {
  path: '/ready' | '/health';
  at: number;
  status: number;
  ms: number;
}

/** Polls /ready and /health every 200 ms until stopped (bounded as the traffic is). */
function probes() {
  const seen: Probe[] = [];
  let stopped = false;
  const deadline = Date.now() + 240_000;
  const loop = async (p: Probe['path']) => {
    for (let i = 0; i < 5_000 && !stopped && Date.now() < deadline; i++) {
      const at = Date.now();
      const res = await app.fetch(`http://test${p}`);
      await res.arrayBuffer();
      seen.push({ path: p, at, status: res.status, ms: Date.now() - at });
      await sleep(200);
    }
  };
  const done = Promise.all([loop('/ready'), loop('/health')]);
  return {
    seen,
    async stop() {
      stopped = true;
      await done;
    },
  };
}

async function until(what: string, cond: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await sleep(100);
  }
}

interface Stored {
  id: string;
  present: boolean;
  labels: string[];
  props: Record<string, unknown>;
  out: { type: string; to: string }[];
}

/** Resolves when something accepts TCP connections on the Bolt port (Bolt opens before Neo4j is READY). */
async function boltListening(port: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: '127.0.0.1', port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return Date.now();
    await sleep(50);
  }
  throw new Error(`the Bolt port ${port} did not open within ${timeoutMs / 1000} s`);
}

/**
 * Runs traffic, takes Neo4j down with `takeDown`, leaves it down a few seconds, restarts it on
 * the same port and store, and waits until every client succeeds again. The timeline:
 * downAt (takeDown called) → exitedAt (JVM gone) → restartAt → boltOpenAt (the port accepts
 * connections, the database is still starting) → upAt (READY) → recoveredAt.
 */
async function outage(tag: string, takeDown: () => Promise<void>) {
  const t = traffic(tag);
  const p = probes();
  try {
    await until('traffic to succeed before the outage', () => t.outcomes.filter((o) => o.ok && o.op === 'link').length >= CLIENTS, 30_000);
    const downAt = Date.now();
    await takeDown();
    const exitedAt = Date.now();
    await sleep(5_000);
    await until('/ready to answer 503', () => p.seen.some((s) => s.path === '/ready' && s.at > exitedAt && s.status === 503), 15_000);
    const restartAt = Date.now();
    const bolt = boltListening(boltPort, 180_000);
    neo = await startNeo4j();
    const upAt = Date.now();
    const boltOpenAt = await bolt;
    await until(
      'every client to succeed again and /ready to answer 200',
      () => t.minSuccessesSince(upAt) >= 3 && p.seen.some((s) => s.path === '/ready' && s.at > upAt && s.status === 200),
      60_000,
    );
    const recoveredAt = Date.now();
    await sleep(2_000); // steady traffic after recovery
    await t.stop();
    await p.stop();
    return { outcomes: t.outcomes, probes: p.seen, downAt, exitedAt, restartAt, boltOpenAt, upAt, recoveredAt };
  } finally {
    await t.stop();
    await p.stop();
  }
}

/** Bound on an operation caught by Neo4j's start-up: the service's transaction timeout plus the driver's retries. */
const STARTUP_BOUND_MS = 25_000;

async function checkOutage(tag: string, r: Awaited<ReturnType<typeof outage>>) {
  const failed = r.outcomes.filter((o) => !o.ok);
  const end = (o: { startedAt: number; ms: number }) => o.startedAt + o.ms;
  const summary = {
    operations: r.outcomes.length,
    failed: failed.length,
    codes: [...new Set(failed.flatMap((o) => o.codes))],
    slowestFailureMs: Math.max(0, ...failed.map((o) => o.ms)),
    stopSeconds: ((r.exitedAt - r.downAt) / 1000).toFixed(1),
    restartSeconds: ((r.upAt - r.restartAt) / 1000).toFixed(1),
    recoverySeconds: ((r.recoveredAt - r.upAt) / 1000).toFixed(1),
  };
  process.stderr.write(`[outage ${tag}] ${JSON.stringify(summary)}\n`);
  if (process.env.KG_TEST_DEBUG)
    for (const o of [...r.outcomes, ...r.probes.map((x) => ({ op: x.path, startedAt: x.at, ms: x.ms, codes: [x.status] }))].filter((x) => x.ms > 2500))
      process.stderr.write(
        `[slow ${tag}] ${o.op} ${o.ms} ms codes=${o.codes} start-down=${o.startedAt - r.downAt} start-exited=${o.startedAt - r.exitedAt} start-bolt=${o.startedAt - r.boltOpenAt} start-up=${o.startedAt - r.upAt}\n`,
      );

  // The outage was real: operations failed, none before it began.
  expect(failed.length).toBeGreaterThan(0);
  expect(Math.min(...failed.map(end))).toBeGreaterThanOrEqual(r.downAt);
  // Until Neo4j listens again (it is shutting down, or gone), every operation that fails does so
  // fast, with DATABASE_UNAVAILABLE and a message that says so; never INTERNAL_SERVER_ERROR.
  for (const o of failed.filter((x) => end(x) < r.boltOpenAt)) {
    expect({ op: o.op, codes: o.codes }).toEqual({ op: o.op, codes: o.codes.map(() => 'DATABASE_UNAVAILABLE') });
    expect(o.messages.every((m) => /^database unavailable/.test(m))).toBe(true);
    expect(o.ms).toBeLessThan(FAIL_FAST_MS);
  }
  for (const o of r.outcomes.filter((x) => x.startedAt >= r.downAt && x.startedAt < r.boltOpenAt - FAIL_FAST_MS)) expect(o.ms, o.op).toBeLessThan(FAIL_FAST_MS);
  // While Neo4j starts (its Bolt port accepts connections before the database is available) an
  // operation waits for it, bounded by the transaction timeout: it succeeds, or fails with
  // DATABASE_UNAVAILABLE, or with QUERY_TIMEOUT if the start takes longer than that timeout.
  for (const o of failed.filter((x) => end(x) >= r.boltOpenAt)) {
    expect(
      o.codes.every((c) => c === 'DATABASE_UNAVAILABLE' || c === 'QUERY_TIMEOUT'),
      `${o.op}: ${o.codes}`,
    ).toBe(true);
    expect(o.ms).toBeLessThan(STARTUP_BOUND_MS);
  }

  // Recovery without intervention: once READY, every client succeeded again within 30 s, and
  // nothing that started after that failed.
  expect(r.recoveredAt - r.upAt).toBeLessThan(30_000);
  const after = r.outcomes.filter((o) => o.startedAt >= r.recoveredAt);
  expect(after.length).toBeGreaterThanOrEqual(CLIENTS);
  expect(after.filter((o) => !o.ok)).toEqual([]);

  // /health (liveness) answered 200 throughout, fast. /ready answered 503 while Neo4j was gone,
  // fast, and 200 once it was back.
  const health = r.probes.filter((s) => s.path === '/health');
  expect(health.every((s) => s.status === 200 && s.ms < FAIL_FAST_MS)).toBe(true);
  const ready = r.probes.filter((s) => s.path === '/ready');
  const readyWhileGone = ready.filter((s) => s.at >= r.exitedAt && end({ startedAt: s.at, ms: s.ms }) < r.boltOpenAt);
  expect(readyWhileGone.length).toBeGreaterThan(0);
  expect(readyWhileGone.every((s) => s.status === 503 && s.ms < FAIL_FAST_MS)).toBe(true);
  expect(ready.every((s) => s.ms < STARTUP_BOUND_MS)).toBe(true);
  expect(ready.filter((s) => s.at >= r.recoveredAt).every((s) => s.status === 200)).toBe(true);
  expect(ready.at(-1)?.status).toBe(200);

  // No acknowledged write was lost: every organization whose create succeeded is stored with
  // its labels and properties, and every acknowledged MEMBER_OF link is there.
  const createIds = r.outcomes.filter((o) => o.op === 'create').map((o) => o.id!);
  const rows = (await graph.session().read('admin/test/entities-by-ids', { ids: createIds })) as unknown as Stored[];
  const stored = new Map(rows.map((row) => [row.id, row]));
  const whole = (s: Stored | undefined) =>
    !!s?.present && s.labels.includes('Organization') && s.labels.includes('Enterprise') && s.props.source === SOURCE && s.props.founded === 2020;
  const linked = (s: Stored | undefined) => !!s?.out.some((e) => e.type === 'MEMBER_OF' && e.to === PLATFORM);
  const acknowledged = r.outcomes.filter((x) => x.ok && x.op === 'create');
  expect(acknowledged.filter((o) => o.startedAt > r.upAt).length).toBeGreaterThan(0);
  for (const o of acknowledged) expect(whole(stored.get(o.id!)), o.id).toBe(true);
  for (const o of r.outcomes.filter((x) => x.ok && x.op === 'link')) expect(linked(stored.get(o.id!)), o.id).toBe(true);

  // A failed create left no node, or (when Neo4j committed it but died before the answer reached
  // the service, which no client can rule out) the whole node; never a part of one. Only an
  // operation in flight when Neo4j went away can be in that second case.
  const failedCreates = failed.filter((o) => o.op === 'create');
  for (const o of failedCreates) {
    const s = stored.get(o.id!);
    if (!s?.present) continue;
    expect(whole(s), o.id).toBe(true);
    expect(o.startedAt, `${o.id} committed although it started after Neo4j had exited`).toBeLessThan(r.exitedAt);
  }
  expect(failedCreates.filter((o) => stored.get(o.id!)?.present).length).toBeLessThanOrEqual(CLIENTS);
}

describe('Neo4j outage under traffic', () => {
  it('clean stop (SIGTERM): fails fast with DATABASE_UNAVAILABLE, /ready 503, recovers by itself, loses no acknowledged write', async () => {
    const r = await outage('term', () => neo.stop());
    await checkOutage('term', r);
  }, 180_000);

  it('hard kill (SIGKILL of the JVM): the same, and Neo4j recovers committed transactions from its log', async () => {
    const r = await outage('kill', async () => {
      process.kill(jvmPid(boltPort), 'SIGKILL');
      expect(await neo.exited).toBeNull(); // killed by a signal, no exit code
    });
    await checkOutage('kill', r);
  }, 180_000);
});

// --- drain ---------------------------------------------------------------------------------

describe('kg serve on SIGTERM', () => {
  it('finishes in-flight requests, refuses new connections, then exits 0 at once', async () => {
    await waitForBolt(graph.driver, 60_000);
    const port = await freePort();
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin/kg.mjs'), 'serve'], {
      env: { ...process.env, NEO4J_URI: neo.uri, PORT: String(port), KG_SEED: 'never', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (d) => {
      output += d;
    });
    child.stderr!.on('data', (d) => {
      output += d;
    });
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    try {
      await until('kg serve to be ready', () => output.includes('GraphQL ready at') || child.exitCode !== null, 120_000);
      expect(output).toContain('GraphQL ready at');

      // A request whose body is still arriving is in flight: the server has its headers.
      const body = JSON.stringify({ query: '{ organization(id: "org:shengong-semiconductor") { id name platforms { platform { name } } } }' });
      const req = http.request({
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent: new http.Agent({ keepAlive: true }),
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      });
      const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
        req.once('response', (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (d) => {
            text += d;
          });
          res.once('end', () => resolve({ status: res.statusCode ?? 0, text }));
        });
        req.once('error', reject);
      });
      req.write(body.slice(0, 20));
      await sleep(500);

      child.kill('SIGTERM');
      await until('kg serve to begin stopping', () => output.includes('SIGTERM: stopping'), 10_000);
      await sleep(1_000);
      expect(child.exitCode).toBeNull(); // still draining
      // New connections are refused meanwhile.
      const refused = await fetch(`http://127.0.0.1:${port}/health`).then(
        () => 'answered',
        (e: Error & { cause?: { code?: string } }) => e.cause?.code ?? e.message,
      );
      expect(refused).toBe('ECONNREFUSED');

      req.end(body.slice(20));
      const res = await response;
      expect(res.status).toBe(200);
      expect(JSON.parse(res.text)).toMatchObject({ data: { organization: { id: 'org:shengong-semiconductor' } } });

      // Then it stops at once: the answered keep-alive connection is closed, not kept open for
      // keepAliveTimeout (5 s).
      const answeredAt = Date.now();
      const code = await Promise.race([exited, sleep(20_000).then(() => 'still running')]);
      expect(code, output).toBe(0);
      expect(Date.now() - answeredAt).toBeLessThan(3_000);
      expect(output).toContain('stopped');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    }
  }, 180_000);
});
