// npm run load: sustained load on the real HTTP server. Starts a fresh local Neo4j (temporary
// store, free port; or uses NEO4J_URI when set), loads the seed graph and a generated dataset
// (cached under .data/bench/), starts the server (createServer + createApp, in a child process
// so its memory and event loop are its own) on 127.0.0.1, and runs autocannon against it with a
// weighted mix of realistic operations, reads and a few writes, ids drawn from the dataset.
// Prints requests, rate, latency percentiles, non-2xx responses, GraphQL errors by code, server
// errors and the server's memory before and after; exits 1 on any 5xx, INTERNAL_SERVER_ERROR or
// broken connection (timeouts are reported). Loopback only, fixed duration, everything stopped.
// Usage: npm run load [-- --duration 60 --connections 50 --orgs 20000 --seed 1 --costs 20]
import { type ChildProcess, fork } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { pino } from 'pino';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';
import { generate } from '../src/generate/generate.js';
import { CypherRegistry } from '../src/graph/cypher.js';
import { createDriver, Graph } from '../src/graph/graph.js';
import { applySchema } from '../src/graph/setup.js';
import { importDataset } from '../src/import/import-dataset.js';
import { type LocalNeo4j, startLocalNeo4j } from '../src/neo4j/local.js';
import { loadSeed } from '../src/seed/load-seed.js';
import { createApp } from '../src/server/app.js';
import { warmUp } from '../src/server/warm-up.js';
import { freePort } from '../tests/helpers/ports.js';
import { processCpu } from './lib/process-cpu.js';

// autocannon ships no type declarations (and none are installed): the part used here, typed.
interface Histogram {
  average: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  total: number;
}
interface CannonResult {
  requests: Histogram;
  latency: Histogram;
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
}
interface CannonRequest {
  method: 'POST';
  setupRequest: (req: Record<string, unknown>, context: Record<string, unknown>) => Record<string, unknown>;
  onResponse: (status: number, body: string, context: Record<string, unknown>) => void;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (opts: {
  url: string;
  connections: number;
  duration: number;
  timeout?: number;
  requests: CannonRequest[];
}) => Promise<CannonResult>;

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '50' },
    orgs: { type: 'string', default: '20000' },
    seed: { type: 'string', default: '1' },
    // Requests per operation, one at a time, for the cost table printed before the load (0: none).
    costs: { type: 'string', default: '20' },
    role: { type: 'string', default: 'driver' }, // internal: `server` in the child process
  },
});

// An editor API key made for this run (the server keeps only its SHA-256), for the writes.
interface ServerEnv {
  uri: string;
  user?: string;
  password?: string;
  database: string;
  apiKeyEntry: string;
}

type ToServer = { type: 'memory'; gc: boolean } | { type: 'stop' };
type FromServer = { type: 'ready'; port: number } | { type: 'memory'; rss: number; heapUsed: number; cpuMicros: number };

// --- the server (child process) ---------------------------------------------------------------

async function runServer(): Promise<void> {
  const env = JSON.parse(process.env.KG_LOAD_SERVER ?? '{}') as ServerEnv;
  const config = loadConfig({ LOG_LEVEL: 'info', KG_API_KEYS: env.apiKeyEntry, KG_GRAPHIQL: 'false' });
  const graph = new Graph(
    createDriver({ uri: env.uri, user: env.user, password: env.password }),
    env.database,
    new CypherRegistry(path.join(PROJECT_ROOT, 'cypher')),
    config.KG_QUERY_TIMEOUT_MS,
  );
  // Operation logs are written as in production (one JSON line per operation), to /dev/null.
  const logger = pino({ level: 'info', base: { service: 'innovation-kg' } }, pino.destination({ dest: '/dev/null', sync: false }));
  const server = createServer(createApp(graph, { schemaDir: path.join(PROJECT_ROOT, 'schema'), config, logger }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // As `npm start` does (src/cli/serve.ts), but waited for: the run measures a warmed server.
  const warm = await warmUp(graph, config, { schemaDir: path.join(PROJECT_ROOT, 'schema') });
  process.stdout.write(
    `warm-up (as npm start): ${Object.entries(warm.ran)
      .map(([n, ms]) => `${n} ${ms} ms`)
      .join(', ')}; ${warm.ms} ms in all${Object.keys(warm.failed).length ? `; failed: ${JSON.stringify(warm.failed)}` : ''}\n`,
  );
  const send = (m: FromServer) => process.send!(m);
  const gc = (globalThis as { gc?: () => void }).gc;
  process.on('message', (m: ToServer) => {
    if (m.type === 'memory') {
      if (m.gc) gc?.();
      const { rss, heapUsed } = process.memoryUsage();
      const cpu = process.cpuUsage();
      send({ type: 'memory', rss, heapUsed, cpuMicros: cpu.user + cpu.system });
    } else if (m.type === 'stop') {
      server.close();
      server.closeAllConnections();
      void graph.close().finally(() => process.exit(0));
    }
  });
  // The parent gone (crashed, killed): nothing is left running.
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', port: (server.address() as AddressInfo).port });
}

// --- the driver (parent process) --------------------------------------------------------------

/** Set-up (generate, start Neo4j, import) plus the run must end within the duration plus this. */
const WATCHDOG_MINUTES = 30;

async function runDriver(): Promise<void> {
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  const orgs = Number(values.orgs);
  const seed = Number(values.seed);
  const costs = Number(values.costs);
  if (!(duration >= 1 && duration <= 3600) || !(connections >= 1 && connections <= 1000)) {
    throw new Error('--duration must be 1..3600 seconds and --connections 1..1000');
  }
  const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
  const load = () =>
    os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');

  out(`machine: ${os.cpus().length} cores, ${mb(os.totalmem())} memory, load average ${load()}`);
  const dataset = path.join(PROJECT_ROOT, '.data', 'bench', `orgs-${orgs}-seed-${seed}`);
  if (!existsSync(path.join(dataset, 'sources.csv'))) {
    const g = await generate({ orgs, seed, outDir: dataset });
    out(`generate: ${orgs} organizations, ${Object.values(g.files).reduce((a, b) => a + b, 0)} rows in ${g.seconds.toFixed(1)} s`);
  }

  let neo: LocalNeo4j | undefined;
  let store: string | undefined;
  let child: ChildProcess | undefined;
  let graph: Graph | undefined;
  const cleanup = async () => {
    if (child && child.exitCode === null) child.kill('SIGTERM');
    await graph?.close();
    await neo?.stop();
    if (store) rmSync(store, { recursive: true, force: true });
  };
  // Ctrl-C stops everything this run started; so does a watchdog if a step hangs.
  process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));
  const watchdog = setTimeout(
    () => {
      out(`watchdog: still running ${WATCHDOG_MINUTES} minutes after the start; stopping`);
      void cleanup().finally(() => process.exit(2));
    },
    (duration + WATCHDOG_MINUTES * 60) * 1000,
  );
  watchdog.unref();

  try {
    const database = process.env.NEO4J_DATABASE || 'neo4j';
    let conn: { uri: string; user?: string; password?: string };
    if (process.env.NEO4J_URI) {
      conn = { uri: process.env.NEO4J_URI, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD };
      out(`neo4j: NEO4J_URI=${conn.uri} (the seed graph and the dataset are merged into it; writes add org:bench-* nodes)`);
    } else {
      store = mkdtempSync(path.join(os.tmpdir(), 'kg-load-'));
      neo = await startLocalNeo4j({ projectRoot: PROJECT_ROOT, port: await freePort(), dataDir: store, heap: '2g', pageCache: '1g', txTimeout: '60s' });
      conn = { uri: neo.uri };
      out(`neo4j: local ${neo.version} at ${neo.uri}, store ${store}`);
    }
    graph = new Graph(createDriver(conn), database, new CypherRegistry(path.join(PROJECT_ROOT, 'cypher')), 120_000);
    await applySchema(graph);
    await loadSeed(graph, PROJECT_ROOT);
    const imported = await importDataset(graph, dataset);
    out(`data: seed graph + ${orgs} generated organizations (${imported.rows} rows, imported in ${imported.seconds.toFixed(1)} s)`);

    const key = `kg_${randomBytes(32).toString('base64url')}`;
    const serverEnv: ServerEnv = { ...conn, database, apiKeyEntry: `load-bench:editor:${createHash('sha256').update(key).digest('hex')}` };
    child = fork(fileURLToPath(import.meta.url), ['--role', 'server'], {
      execArgv: [...process.execArgv, '--expose-gc'],
      env: { NODE_ENV: 'production', ...process.env, KG_LOAD_SERVER: JSON.stringify(serverEnv) }, // as npm start
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const server = child;
    // Replies come in the order of requests: a queue of waiting callers.
    const waiting: { resolve: (m: FromServer) => void; reject: (e: Error) => void }[] = [];
    server.on('message', (m: FromServer) => waiting.shift()?.resolve(m));
    server.once('exit', (code) => {
      for (const w of waiting.splice(0)) w.reject(new Error(`the server exited (code ${code})`));
    });
    const next = () => new Promise<FromServer>((resolve, reject) => waiting.push({ resolve, reject }));
    const ready = await next();
    if (ready.type !== 'ready') throw new Error('the server did not start');
    const base = `http://127.0.0.1:${ready.port}`;
    const memory = async (gc: boolean) => {
      const reply = next();
      server.send({ type: 'memory', gc } satisfies ToServer);
      const m = await reply;
      if (m.type !== 'memory') throw new Error('unexpected message from the server');
      return m;
    };

    const mix = buildMix(dataset, key);
    out(`mix: ${mix.map((m) => `${m.name} ${m.weight}%`).join(', ')}`);

    // Warm-up (plans cached, JIT warm), then memory before, after a full GC.
    await autocannon({ url: `${base}/graphql`, connections: Math.min(10, connections), duration: 5, ...requestsFor(mix, new Tally()) });
    if (costs > 0) await operationCosts(base, mix, costs, () => memory(false).then((m) => m.cpuMicros / 1e6), neo?.pid);
    const errorsBefore = await errorResults(base);
    const before = await memory(true);
    let peakRss = before.rss;
    const sampler = setInterval(() => {
      void memory(false).then(
        (m) => {
          peakRss = Math.max(peakRss, m.rss);
        },
        () => {},
      );
    }, 1_000);

    out(`load: ${connections} connections for ${duration} s against ${base}/graphql (load average ${load()})`);
    const tally = new Tally();
    const clientCpu = process.cpuUsage();
    const result = await autocannon({
      url: `${base}/graphql`,
      connections,
      duration,
      timeout: 30,
      ...requestsFor(mix, tally),
    });
    clearInterval(sampler);
    const clientCpuUsed = process.cpuUsage(clientCpu);
    const afterRaw = await memory(false);
    const after = await memory(true);
    const errorsAfter = await errorResults(base);

    const status = result.statusCodeStats as Record<string, { count: number }>;
    const count = (pred: (code: number) => boolean) =>
      Object.entries(status)
        .filter(([c]) => pred(Number(c)))
        .reduce((a, [, v]) => a + Number(v.count), 0);
    const fivexx = count((c) => c >= 500);
    const internal = tally.codes.get('INTERNAL_SERVER_ERROR') ?? 0;
    const l = result.latency;
    out('');
    out(`requests: ${result.requests.total} in ${result.duration} s = ${result.requests.average.toFixed(0)} req/s (${tally.total} answers parsed)`);
    out(`latency: p50 ${l.p50} ms, p90 ${l.p90} ms, p99 ${l.p99} ms, max ${l.max} ms (mean ${l.average.toFixed(1)} ms)`);
    out('by operation (count, p50 / p99 ms as the client saw them):');
    for (const m of mix) {
      const times = [...(tally.ms.get(m.name) ?? [])].sort((a, b) => a - b);
      const at = (q: number) => (times.length ? Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]!) : 0);
      out(`  ${m.name.padEnd(20)} ${String(times.length).padStart(7)} ${String(at(0.5)).padStart(7)} / ${String(at(0.99)).padStart(6)}`);
    }
    out(
      `HTTP status: ${Object.entries(status)
        .map(([c, v]) => `${c}: ${v.count}`)
        .join(', ')}; non-2xx ${result.non2xx}`,
    );
    out(
      `GraphQL errors: ${tally.errors} in ${tally.withErrors} responses${tally.codes.size ? ` (${[...tally.codes].map(([c, n]) => `${c} ${n}`).join(', ')})` : ''}; server counter graphql_envelop_error_result +${errorsAfter - errorsBefore}`,
    );
    for (const e of tally.examples) out(`  error: ${e}`);
    // autocannon counts its timeouts among connection errors.
    const broken = result.errors - result.timeouts;
    out(`server errors: ${fivexx} 5xx, ${internal} INTERNAL_SERVER_ERROR, ${broken} broken connections`);
    if (result.timeouts > 0) out(`WARN: ${result.timeouts} requests got no answer within 30 s (the machine is overloaded, or something hangs)`);
    out(
      `server memory: rss ${mb(before.rss)} before, peak ${mb(peakRss)}, ${mb(afterRaw.rss)} after (${mb(after.rss)} after GC); heapUsed ${mb(before.heapUsed)} before, ${mb(afterRaw.heapUsed)} after (${mb(after.heapUsed)} after GC)`,
    );
    out(
      `CPU during the run: server ${((afterRaw.cpuMicros - before.cpuMicros) / 1e6).toFixed(1)} s, load generator ${((clientCpuUsed.user + clientCpuUsed.system) / 1e6).toFixed(1)} s, of ${(result.duration * os.cpus().length).toFixed(0)} core-seconds (Neo4j and other processes share the rest)`,
    );
    out(`load average after: ${load()}`);
    const failed = fivexx > 0 || internal > 0 || broken > 0;
    out(failed ? 'FAIL: server errors under load' : 'OK: no server errors');
    server.send({ type: 'stop' } satisfies ToServer);
    await new Promise((r) => server.once('exit', r));
    process.exitCode = failed ? 1 : 0;
  } finally {
    await cleanup();
  }
}

/**
 * What each operation of the mix costs alone: requests one at a time, the median latency and the
 * CPU the server and Neo4j spent per request, and each operation's share of the mix's CPU (its
 * weight times its cost). Under load the queue makes every operation's latency alike; this says
 * which ones fill the queue.
 */
async function operationCosts(base: string, mix: Operation[], n: number, serverCpu: () => Promise<number>, neo4jPid: number | undefined) {
  out(`cost per operation alone (${n} requests each, one at a time; CPU ms per request):`);
  const rows: { name: string; weight: number; p50: number; server: number; neo4j: number }[] = [];
  for (const m of mix) {
    const times: number[] = [];
    // autocannon writes its content-length into the shared headers object: not for these bodies.
    const headers = Object.fromEntries(Object.entries(m.headers).filter(([h]) => h.toLowerCase() !== 'content-length'));
    const s0 = await serverCpu();
    const n0 = processCpu(neo4jPid);
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      const res = await fetch(`${base}/graphql`, { method: 'POST', headers, body: m.body() });
      await res.text();
      times.push(performance.now() - t);
    }
    const server = ((await serverCpu()) - s0) * 1000;
    const neo4j = (processCpu(neo4jPid) - n0) * 1000;
    times.sort((a, b) => a - b);
    rows.push({ name: m.name, weight: m.weight, p50: times[Math.floor(n / 2)]!, server: server / n, neo4j: neo4j / n });
  }
  const total = rows.reduce((a, r) => a + r.weight * (r.server + r.neo4j), 0);
  out(`  ${'operation'.padEnd(20)} ${'p50 ms'.padStart(8)} ${'server'.padStart(8)} ${'neo4j'.padStart(8)} ${'share'.padStart(7)}`);
  for (const r of rows) {
    const share = (100 * r.weight * (r.server + r.neo4j)) / total;
    out(
      `  ${r.name.padEnd(20)} ${r.p50.toFixed(1).padStart(8)} ${r.server.toFixed(1).padStart(8)} ${r.neo4j.toFixed(1).padStart(8)} ${`${share.toFixed(1)} %`.padStart(7)}`,
    );
  }
  const perRequest = total / rows.reduce((a, r) => a + r.weight, 0);
  // Alone, background work (GC, JIT, Neo4j's own threads) falls on few requests; under load many
  // share it, so this is an upper bound, not a throughput forecast.
  out(`  weighted mix average: ${perRequest.toFixed(1)} CPU ms per request alone`);
}

/** GraphQL errors counted by the server (the Prometheus counter of error results), summed. */
async function errorResults(base: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  let total = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith('graphql_envelop_error_result')) total += Number(line.slice(line.lastIndexOf(' ') + 1)) || 0;
  }
  return total;
}

const out = (line: string) => process.stdout.write(`${line}\n`);

// --- the operation mix --------------------------------------------------------------------------

interface Operation {
  name: string;
  /** Share of requests, in percent. */
  weight: number;
  /** A fresh request body (ids drawn at random). */
  body: () => string;
  headers: Record<string, string>;
}

/** Answers seen by autocannon, parsed for GraphQL errors (autocannon only sees HTTP statuses). */
class Tally {
  total = 0;
  withErrors = 0;
  errors = 0;
  readonly codes = new Map<string, number>();
  /** The first few errors, "operation CODE: message", so that a failing run says what failed. */
  readonly examples: string[] = [];
  /** Milliseconds from sending to the answer, per operation. */
  readonly ms = new Map<string, number[]>();

  record(op: string, ms: number, body: string): void {
    this.total += 1;
    const times = this.ms.get(op) ?? [];
    if (times.length === 0) this.ms.set(op, times);
    times.push(ms);
    if (!body.includes('"errors"')) return;
    let errors: { message?: string; extensions?: { code?: string } }[] = [];
    try {
      errors = (JSON.parse(body) as { errors?: typeof errors }).errors ?? [];
    } catch {
      errors = [{ extensions: { code: 'UNPARSABLE_RESPONSE' } }];
    }
    if (!errors.length) return;
    this.withErrors += 1;
    this.errors += errors.length;
    for (const e of errors) {
      const code = e.extensions?.code ?? 'NO_CODE';
      this.codes.set(code, (this.codes.get(code) ?? 0) + 1);
      if (this.examples.length < 5) this.examples.push(`${op} ${code}: ${e.message ?? '(no message)'}`);
    }
  }
}

/** autocannon options: every request draws an operation by weight and a fresh body for it. */
function requestsFor(mix: Operation[], tally: Tally): { requests: CannonRequest[] } {
  const total = mix.reduce((a, m) => a + m.weight, 0);
  const pick = () => {
    let r = Math.random() * total;
    for (const m of mix) {
      r -= m.weight;
      if (r < 0) return m;
    }
    return mix[mix.length - 1]!;
  };
  return {
    requests: [
      {
        method: 'POST',
        setupRequest: (req, context) => {
          const op = pick();
          context.op = op.name;
          context.sent = performance.now();
          return { ...req, method: 'POST', path: '/graphql', headers: op.headers, body: op.body() };
        },
        onResponse: (_status, body, context) => tally.record(String(context.op), performance.now() - Number(context.sent), body),
      },
    ],
  };
}

/** A dataset file's rows as objects by column name. */
function csv(dataset: string, file: string): Record<string, string>[] {
  return parse(readFileSync(path.join(dataset, file)), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
}

function buildMix(dataset: string, key: string): Operation[] {
  const any = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)]!;
  // Two different organizations: from = to is refused (BAD_USER_INPUT). With some 450 chains
  // a run drawn from a few thousand member organizations, a run now and then drew one such
  // pair and counted the refusal as an error of the mix (bench at 63cfe51, 2026-12-06).
  const chainEnds = () => {
    const a = any(memberOrgs);
    let b = any(memberOrgs);
    while (b === a && memberOrgs.length > 1) b = any(memberOrgs);
    return { a, b };
  };
  // Reads go anonymous, as a dashboard's would; writes carry the run's editor key.
  const read = { 'content-type': 'application/json' };
  const write = { ...read, authorization: `Bearer ${key}` };
  const orgRows = csv(dataset, 'organizations.csv');
  const orgs = orgRows.map((r) => r.id!);
  const members = csv(dataset, 'member_of.csv');
  const memberOrgs = [...new Set(members.map((r) => r.from!))];
  const platforms = [...new Set(members.map((r) => r.to!))];
  const regions = csv(dataset, 'regions.csv');
  const provinces = regions.filter((r) => r.level === 'PROVINCE').map((r) => r.id!);
  const cities = regions.filter((r) => r.level === 'CITY').map((r) => r.id!);
  // Search words: the first word of English names and the first two characters of Chinese ones.
  const words = [...new Set(orgRows.flatMap((r) => [r.name?.split(' ')[0] ?? '', [...(r.nameZh ?? '')].slice(0, 2).join('')]))].filter((w) => w.length >= 2);
  words.push('锦州', 'shengong', '神工');
  let created = 0;
  const run = `${Date.now().toString(36)}`;
  const q = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

  return [
    {
      name: 'search',
      weight: 20,
      headers: read,
      body: () => q('query Search($t: String!) { search(text: $t, first: 10) { score entity { __typename id name } } }', { t: any(words) }),
    },
    {
      name: 'organization',
      weight: 20,
      headers: read,
      body: () =>
        q(
          `query Organization($id: ID!) { organization(id: $id) { id name nameZh kind founded region { name parent { name } }
            platforms(first: 10) { role platform { id name kind level members(first: 10) { role organization { id name } } } }
            projects(first: 10) { role project { name level } } } }`,
          { id: Math.random() < 0.7 ? any(memberOrgs) : any(orgs) },
        ),
    },
    {
      name: 'platforms',
      weight: 12,
      headers: read,
      body: () =>
        q(
          `query Platforms($f: PlatformFilter) { platforms(filter: $f, orderBy: { key: NAME }, first: 20) { totalCount
            pageInfo { hasNextPage endCursor } nodes { id name kind level status region { name } industries { name } } } }`,
          { f: { region: any(provinces), ...(Math.random() < 0.5 ? { levels: ['PROVINCIAL', 'NATIONAL'] } : {}) } },
        ),
    },
    {
      name: 'organizations',
      weight: 5,
      headers: read,
      body: () =>
        q('query Orgs($f: OrganizationFilter) { organizations(filter: $f, first: 20) { totalCount nodes { id name kind founded } } }', {
          f: { region: any(cities), kinds: ['ENTERPRISE'] },
        }),
    },
    {
      name: 'collaborationChain',
      weight: 8,
      headers: read,
      body: () =>
        q(
          `query Chain($a: ID!, $b: ID!) { collaborationChain(from: $a, to: $b, maxHops: 4, k: 1) { length organizations { id name }
            hops { via connector { __typename ... on Platform { name } ... on Project { name } ... on SupplyLink { product } } } } }`,
          chainEnds(),
        ),
    },
    {
      name: 'neighborhood',
      weight: 12,
      headers: read,
      body: () =>
        q(
          `query Neighborhood($id: ID!, $depth: Int!) { neighborhood(id: $id, depth: $depth, limitPerKind: 20, first: 100) {
            totalNodes truncated nodes { id kind label depth } edges { id type source target } } }`,
          { id: Math.random() < 0.5 ? any(memberOrgs) : any(platforms), depth: Math.random() < 0.6 ? 1 : 2 },
        ),
    },
    {
      name: 'regionIndicators',
      weight: 5,
      headers: read,
      body: () =>
        q('query Indicators($r: ID!) { regionIndicators(region: $r) { metric label value unit year about { __typename name } } }', { r: any(provinces) }),
    },
    {
      name: 'platformCounts',
      weight: 5,
      headers: read,
      body: () =>
        q('query Counts($r: ID!) { platformCounts(region: $r) { total byKindAndLevel { kind level count } byLevel { level count } } }', {
          r: Math.random() < 0.5 ? any(provinces) : any(cities),
        }),
    },
    {
      name: 'platform',
      weight: 8,
      headers: read,
      body: () =>
        q(
          `query Platform($id: ID!) { platform(id: $id) { id name kind level host { name } region { name }
            members(first: 20) { role chainPosition organization { id name kind } } projects(first: 10) { name } } }`,
          { id: any(platforms) },
        ),
    },
    {
      name: 'createOrganization',
      weight: 3,
      headers: write,
      body: () => {
        created += 1;
        return q('mutation Create($input: OrganizationInput!, $p: ProvenanceInput!) { createOrganization(input: $input, provenance: $p) { id } }', {
          input: { id: `org:bench-${run}-${created}`, kind: 'ENTERPRISE', name: `Load test enterprise ${run} ${created}`, founded: 2024 },
          p: { source: `src:synthetic-${values.seed}`, note: 'npm run load', inferred: true },
        });
      },
    },
    {
      name: 'link',
      weight: 2,
      headers: write,
      body: () =>
        q(
          'mutation Link($a: ID!, $b: ID!, $p: ProvenanceInput!) { link(kind: MEMBER_OF, from: $a, to: $b, properties: { role: "MEMBER", since: 2024 }, provenance: $p) { created } }',
          { a: any(orgs), b: any(platforms), p: { source: `src:synthetic-${values.seed}`, note: 'npm run load', inferred: true } },
        ),
    },
  ];
}

// Last, so every class and constant above is initialized before it runs.
if (values.role === 'server') await runServer();
else {
  await runDriver();
  process.exit(process.exitCode ?? 0);
}
