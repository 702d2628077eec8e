// The attacks of the independent probe (issue 13), each as a named case against the real server
// (`kg serve` in a child process, tests/helpers/server.ts) over the suite's real Neo4j. Every
// case checks that the answer is a clear 4xx with a code (or a documented answer), and that the
// process still answers /health afterwards with its memory bounded.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import type { Graph } from '../../src/graph/graph.js';
import { loadSeed } from '../../src/seed/load-seed.js';
import { freshGraph } from '../helpers/graph.js';
import { type Server, startServer } from '../helpers/server.js';

const MB = 1024 * 1024;
const ADMIN_KEY = `kg_${'a'.repeat(43)}`;
const EDITOR_KEY = `kg_${'e'.repeat(43)}`;
const sha = (k: string) => createHash('sha256').update(k).digest('hex');
const API_KEYS = `ops:admin:${sha(ADMIN_KEY)},alice:editor:${sha(EDITOR_KEY)}`;
let graph: Graph;
let server: Server;
const scratch = mkdtempSync(path.join(os.tmpdir(), 'kg-attacks-'));
const importRoot = path.join(scratch, 'root');
mkdirSync(importRoot);

beforeAll(async () => {
  graph = await freshGraph();
  await loadSeed(graph, PROJECT_ROOT);
  server = await startServer({ KG_IMPORT_ROOT: importRoot, KG_API_KEYS: API_KEYS });
});

afterAll(async () => {
  if (server && !server.alive()) console.log(`the server died:\n${server.output().slice(-5000)}`);
  await server?.stop();
  await graph?.close();
  rmSync(scratch, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };
  ms: number;
}

/** A GraphQL request to the real server. */
async function call(
  query: string,
  variables?: Record<string, unknown>,
  opts: { key?: string; headers?: Record<string, string>; signal?: AbortSignal; base?: string } = {},
): Promise<Answer> {
  const started = performance.now();
  const res = await fetch(`${opts.base ?? server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(opts.key ? { authorization: `Bearer ${opts.key}` } : {}), ...opts.headers },
    body: JSON.stringify({ query, variables }),
    signal: opts.signal,
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: JSON.parse(text), ms: performance.now() - started };
}

/** The process answers /health, quickly. */
async function stillHealthy() {
  expect(server.alive(), server.output().slice(-3000)).toBe(true);
  const h = await server.health();
  expect(h.status).toBe(200);
}

/** CPU seconds the server process has used (user + system), from /proc. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Samples the server's RSS every 20 ms while `work` runs; the peak seen. */
async function peakRss<T>(work: () => Promise<T>): Promise<{ peak: number; result: T }> {
  let peak = server.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, server.rss());
  }, 20);
  try {
    const result = await work();
    return { peak: Math.max(peak, server.rss()), result };
  } finally {
    clearInterval(timer);
  }
}

/** POSTs a `bytes`-long JSON body (a tiny query, padded) with or without Content-Length; resolves with the status and body. */
function hugePost(bytes: number, declared: boolean, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const head = '{"query":"{ health { status } }","variables":{"pad":"';
    const tail = '"}}';
    const chunk = Buffer.alloc(MB, 'a');
    const req = http.request(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(declared ? { 'content-length': String(bytes) } : {}), ...headers },
    });
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => {
        body += d;
      });
      res.on('end', () => resolve({ status: res.statusCode!, body }));
      res.on('error', reject);
    });
    // The server closes the connection on purpose once it has answered; only an error before any answer counts.
    req.on('error', (e) => {
      if (!answered) reject(e);
    });
    let left = bytes - head.length - tail.length;
    req.write(head);
    const pump = () => {
      while (left > 0 && !answered) {
        const n = Math.min(left, chunk.length);
        left -= n;
        if (!req.write(n === chunk.length ? chunk : chunk.subarray(0, n))) return void req.once('drain', pump);
      }
      if (!answered) req.end(tail);
    };
    pump();
  });
}

describe('bounded bodies', () => {
  it('ten concurrent 50 MB bodies are refused with 413 PAYLOAD_TOO_LARGE, unread, and RSS stays within 50 MB of idle', async () => {
    await server.health();
    const idle = server.rss();
    const { peak, result } = await peakRss(() =>
      Promise.all([...Array.from({ length: 8 }, () => hugePost(50 * MB, true)), ...Array.from({ length: 2 }, () => hugePost(50 * MB, false))]),
    );
    for (const r of result) {
      expect(r.status, r.body).toBe(413);
      const body = JSON.parse(r.body);
      expect(body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
      expect(body.errors[0].message).toMatch(/KG_MAX_BODY_BYTES/);
      expect(body.errors[0].extensions.originalError).toBeUndefined();
    }
    console.log(`50 MB bodies x10: idle RSS ${(idle / MB).toFixed(0)} MB, peak ${(peak / MB).toFixed(0)} MB (+${((peak - idle) / MB).toFixed(1)} MB)`);
    expect(peak - idle).toBeLessThan(50 * MB);
    expect((await server.health()).status).toBe(200);
  }, 120_000);

  it('the cap holds before authentication: with KG_ANONYMOUS_ROLE=none a 50 MB body is 413, not read, not 401', async () => {
    const r = await hugePost(50 * MB, true, { authorization: 'Bearer kg_wrongwrongwrongwrongwrongwrongwrongwrongwro' });
    expect(r.status).toBe(413);
    expect((await server.health()).status).toBe(200);
  });

  it('a body just under the cap still works', async () => {
    const pad = 'a'.repeat(900 * 1024);
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { status } }', variables: { pad } }),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).data.health.status).toBeDefined();
  });
});

// ---------------------------------------------------------------------------------------------
// importDataset: a dataset under KG_IMPORT_ROOT that is not what it claims to be.

const IMPORT = 'mutation Import($path: String!) { importDataset(path: $path) { rows } }';

/** A dataset directory under the import root, with `files` written into it. */
function dataset(name: string, files: Record<string, string> = {}): string {
  const dir = path.join(importRoot, name);
  mkdirSync(dir, { recursive: true });
  for (const [f, text] of Object.entries(files)) writeFileSync(path.join(dir, f), text);
  return dir;
}

async function importRefused(name: string, pattern: RegExp) {
  const a = await call(IMPORT, { path: name }, { key: ADMIN_KEY, signal: AbortSignal.timeout(30_000) });
  expect(a.status, JSON.stringify(a.body)).toBeLessThan(500);
  const e = a.body.errors?.[0];
  expect(e?.extensions?.code, JSON.stringify(a.body)).toBe('BAD_USER_INPUT');
  const text = JSON.stringify(e);
  expect(text).toMatch(pattern);
  await stillHealthy();
  return { error: e!, text, ms: a.ms };
}

describe('import never takes the process down', () => {
  it('organizations.csv that is a directory: refused naming the file, the server keeps running (was: unhandled EISDIR crash)', async () => {
    mkdirSync(path.join(dataset('dir-as-file'), 'organizations.csv'));
    await importRefused('dir-as-file', /organizations\.csv.*a directory/);
  });

  it('a FIFO named organizations.csv: refused at once, nothing hangs (was: the request hung forever)', async () => {
    const dir = dataset('fifo');
    execFileSync('mkfifo', [path.join(dir, 'organizations.csv')]);
    const r = await importRefused('fifo', /organizations\.csv.*a FIFO/);
    expect(r.ms).toBeLessThan(5_000);
  });

  it.runIf(process.getuid?.() === 0)('a character device (mknod, as /dev/zero): refused (was: read forever)', async () => {
    const dir = dataset('device');
    execFileSync('mknod', [path.join(dir, 'organizations.csv'), 'c', '1', '5']);
    await importRefused('device', /organizations\.csv.*a device/);
  });

  it('a hard link inside the root to a file outside it: refused, and nothing of the outside file is shown', async () => {
    const secret = path.join(scratch, 'secret.csv');
    writeFileSync(secret, 'DB_PASSWORD,API_TOKEN\nhunter2,tok\n');
    linkSync(secret, path.join(dataset('hardlink'), 'organizations.csv'));
    const r = await importRefused('hardlink', /organizations\.csv.*hard links/);
    expect(r.text).not.toMatch(/DB_PASSWORD|API_TOKEN|hunter2/);
  });

  it('a 20 MB one-line JSONL file: refused at the line cap naming file and line, memory bounded (was: RangeError crash at 587 MB)', async () => {
    const dir = dataset('long-line');
    writeFileSync(path.join(dir, 'organizations.jsonl'), `{"id":"org:x","name":"${'x'.repeat(20 * MB)}","kind":"ENTERPRISE"}`);
    const idle = server.rss();
    const { peak } = await peakRss(() => importRefused('long-line', /organizations\.jsonl.*line 1 is longer than 1048576 bytes.*KG_IMPORT_MAX_LINE_BYTES/));
    expect(peak - idle).toBeLessThan(50 * MB);
  });

  it('a 20 MB one-line CSV: refused at the record cap at once (was: minutes of parsing after the client left)', async () => {
    const dir = dataset('long-csv');
    writeFileSync(path.join(dir, 'organizations.csv'), `id,name,kind\norg:x,${'y'.repeat(20 * MB)},ENTERPRISE\n`);
    const r = await importRefused('long-csv', /organizations\.csv.*longer than 1048576.*KG_IMPORT_MAX_LINE_BYTES/);
    expect(r.ms).toBeLessThan(10_000);
  });

  it('a cell over the cell cap: refused naming file, line and column', async () => {
    dataset('long-cell', { 'organizations.csv': `id,name,kind\norg:x,ok,ENTERPRISE\norg:y,${'z'.repeat(70_000)},ENTERPRISE\n` });
    await importRefused('long-cell', /organizations\.csv.*"line":3.*column \\"name\\" is longer than 65536 characters/);
  });

  it('an import stops when its client goes away: no CPU burnt and nothing written afterwards', async () => {
    // 400k valid rows: validation alone takes seconds.
    const rows = Array.from({ length: 400_000 }, (_, i) => `org:gone-${i},Gone ${i},ENTERPRISE`).join('\n');
    dataset('gone', { 'organizations.csv': `id,name,kind\n${rows}\n` });
    const before = (await graph.session().read('admin/health'))[0]!.nodeCount;
    const ac = new AbortController();
    const pending = call(IMPORT, { path: 'gone' }, { key: ADMIN_KEY, signal: ac.signal }).catch((e) => e);
    await new Promise((r) => setTimeout(r, 700));
    ac.abort();
    await pending;
    await new Promise((r) => setTimeout(r, 300));
    const cpu0 = cpuSeconds(server.child.pid!);
    await new Promise((r) => setTimeout(r, 2_000));
    const burnt = cpuSeconds(server.child.pid!) - cpu0;
    console.log(`import after the client left: ${burnt.toFixed(2)} CPU-s in the next 2 s`);
    expect(burnt).toBeLessThan(0.5);
    expect((await graph.session().read('admin/health'))[0]!.nodeCount).toBe(before);
    await stillHealthy();
  }, 60_000);
});

// ---------------------------------------------------------------------------------------------
// Errors that guide, and say nothing more.

describe('limit errors carry codes; suggestions follow introspection', () => {
  const chain = (n: number) => `{ organization(id: "org:shengong-semiconductor") { ${'region { '.repeat(n)}id${' }'.repeat(n)} } }`;
  it.each([
    ['QUERY_TOO_DEEP', chain(20), /Query depth limit of 12 exceeded, found \d+.*KG_MAX_DEPTH/],
    [
      'TOO_MANY_ALIASES',
      `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: health { status }`).join(' ')} }`,
      /Aliases limit of 15 exceeded, found 20.*KG_MAX_ALIASES/,
    ],
    ['TOO_MANY_TOKENS', `{ health { ${'status '.repeat(3000)} } }`, /Token limit of 2000 exceeded.*KG_MAX_TOKENS/],
    [
      'QUERY_TOO_COSTLY',
      '{ organizations(first: 100) { nodes { platforms(first: 100) { platform { members(first: 100) { organization { id name } } } } } } }',
      /Query Cost limit of 100000 exceeded, found \d+.*KG_MAX_COST/,
    ],
  ])('%s: its own code, the limit, the value found and what to change, never "Syntax Error"', async (code, query, message) => {
    const a = await call(query);
    expect(a.status).toBe(400);
    const e = a.body.errors![0]!;
    expect(e.extensions?.code, JSON.stringify(e)).toBe(code);
    expect(e.message).toMatch(message);
    expect(e.message).not.toMatch(/Syntax Error/);
    expect(typeof e.extensions?.limit).toBe('number');
  });

  it('with introspection on, a typo gets "Did you mean"', async () => {
    const a = await call('{ organisations { nodes { id } } }');
    expect(a.body.errors![0]!.message).toMatch(/Did you mean "organizations"/);
  });

  it('with introspection off, no suggestion of any kind: fields, enum values, arguments', async () => {
    const closed = await startServer({ KG_INTROSPECTION: 'false', KG_GRAPHIQL: 'false' });
    try {
      const cases: [string, Record<string, unknown>?][] = [
        ['{ organisations { nodes { id } } }'],
        ['query ($m: RegionMeasure!) { regionRank(region: "region:cn-liaoning", measure: $m) { rank } }', { m: 'PLATFORM_COUN' }],
        ['{ search(text: "x", kinds: [ORGANISATION]) { entity { id } } }'],
        ['{ search(txt: "x") { entity { id } } }'],
      ];
      for (const [q, v] of cases) {
        const a = await call(q, v, { base: closed.url });
        expect(a.body.errors?.length, q).toBeGreaterThan(0);
        for (const e of a.body.errors!) expect(e.message, q).not.toMatch(/Did you mean|Suggestion hidden/);
      }
    } finally {
      await closed.stop();
    }
  }, 120_000);

  it('no originalError in any client-facing error (a body that is not JSON, a huge one)', async () => {
    for (const body of ['{"query": "{ health { status } }"', `{"query":"{ health { status } }","variables":{"a":"${'x'.repeat(2 * MB)}"}}`]) {
      const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const text = await res.text();
      expect(res.status).toBeLessThan(500);
      expect(text).not.toMatch(/originalError/);
    }
    await stillHealthy();
  });
});

// ---------------------------------------------------------------------------------------------
// Work that could amplify or outlive its client, on a dense corner of the graph.

const HUB = 'org:attack-hub';
const EXPENSIVE = `query Expensive($id: ID!) { neighborhood(id: $id, depth: 3, limitPerKind: 500, first: 1000) { nodes { id } truncated } }`;

async function runningNeighbourhoods(): Promise<number> {
  return (await graph.session().read('admin/test/running-transactions', { marker: '$perKind' })).length;
}

describe('arguments that cannot amplify, work that ends with the client', () => {
  beforeAll(async () => {
    await graph.session().write('admin/test/make-hub', { hub: HUB, prefix: 'attack-', platforms: 60, members: 150 });
  }, 120_000);

  it('10,000 duplicate kinds and relationship types: BAD_USER_INPUT naming the argument and the cap (was: 16 s then QUERY_TIMEOUT)', async () => {
    const a = await call(
      'query ($k: [EntityKind!], $t: [NeighborhoodRel!]) { neighborhood(id: "org:shengong-semiconductor", kinds: $k, relationshipTypes: $t) { nodes { id } } }',
      {
        k: Array(10_000).fill('ORGANIZATION'),
        t: Array(10_000).fill('MEMBER_OF'),
      },
    );
    const e = a.body.errors![0]!;
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e.message).toMatch(/kinds has 10000 entries; at most 50/);
    expect(a.ms).toBeLessThan(5_000);
    const big = await call('query ($k: [EntityKind!]) { search(text: "jinzhou", kinds: $k) { entity { id } } }', { k: Array(1_000).fill('REGION') });
    expect(big.body.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('duplicates within the cap are ignored: the same answer as each value once', async () => {
    const q = 'query ($k: [EntityKind!]) { neighborhood(id: "org:shengong-semiconductor", depth: 2, kinds: $k) { nodes { id } } }';
    const once = await call(q, { k: ['ORGANIZATION', 'PLATFORM'] });
    const many = await call(q, { k: [...Array(25).fill('ORGANIZATION'), ...Array(25).fill('PLATFORM')] });
    expect(once.body.errors).toBeUndefined();
    expect(many.body.data).toEqual(once.body.data);
    expect(many.body.errors).toBeUndefined();
  });

  it('an aborted request terminates its Neo4j transaction within 1 s (was: ran on to the 15 s timeout)', async () => {
    // Wait until Neo4j is running it. On a quiet machine with a warm page cache one of these can
    // finish between two looks at SHOW TRANSACTIONS; then another, distinct one is sent (a new
    // limitPerKind, so that nothing can answer it from an earlier result).
    let ac = new AbortController();
    let pending: Promise<unknown> = Promise.resolve();
    let seen = false;
    const missed: string[] = [];
    const giveUp = performance.now() + 40_000;
    for (let n = 500; !seen && n > 490 && performance.now() < giveUp; n--) {
      ac = new AbortController();
      let settled = false;
      pending = call(EXPENSIVE.replace('limitPerKind: 500', `limitPerKind: ${n}`), { id: HUB }, { signal: ac.signal })
        .then((a) => missed.push(`limitPerKind ${n}: HTTP ${a.status} after ${Math.round(a.ms)} ms before Neo4j listed it`))
        .catch(() => undefined)
        .finally(() => {
          settled = true;
        });
      while (!settled && performance.now() < giveUp) {
        if ((await runningNeighbourhoods()) > 0) {
          seen = true;
          break;
        }
        await new Promise((r) => setTimeout(r, 10));
      }
    }
    expect(seen, missed.join('; ')).toBe(true);
    const abortedAt = performance.now();
    ac.abort();
    await pending;
    let gone = Number.POSITIVE_INFINITY;
    while (performance.now() - abortedAt < 5_000) {
      if ((await runningNeighbourhoods()) === 0) {
        gone = performance.now() - abortedAt;
        break;
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    console.log(`aborted request: its transaction was gone from SHOW TRANSACTIONS after ${Math.round(gone)} ms`);
    expect(gone).toBeLessThan(1_000);
    await stillHealthy();
  }, 60_000);

  it('a request has one deadline across all its transactions (KG_REQUEST_TIMEOUT_MS): QUERY_TIMEOUT naming it', async () => {
    // Four depth-3 neighbourhoods of the hub at once (distinct, so none is deduplicated), against
    // the smallest deadline the setting takes: on a quiet machine with a warm page cache one of
    // them alone can finish inside 300 ms, four on two cores do not inside 100 ms.
    const tight = await startServer({ KG_REQUEST_TIMEOUT_MS: '100' });
    try {
      const four = `query Expensive($id: ID!) { ${[500, 499, 498, 497]
        .map((n) => `n${n}: neighborhood(id: $id, depth: 3, limitPerKind: ${n}, first: 1000) { nodes { id } truncated }`)
        .join(' ')} }`;
      const a = await call(four, { id: HUB }, { base: tight.url });
      const e = a.body.errors?.[0];
      expect(e?.extensions?.code, JSON.stringify(a.body).slice(0, 500)).toBe('QUERY_TIMEOUT');
      expect(e!.message).toMatch(/KG_REQUEST_TIMEOUT_MS/);
      expect(a.ms).toBeLessThan(3_000);
      await new Promise((r) => setTimeout(r, 1_000));
      expect(await runningNeighbourhoods()).toBe(0);
    } finally {
      await tight.stop();
    }
  }, 120_000);

  it('admission control: over the limits, 503 SERVER_BUSY with Retry-After at once; /health stays fast while 10 expensive queries run; limits on /metrics', async () => {
    const busy = await startServer({ KG_MAX_CONCURRENT: '4', KG_MAX_QUEUED: '2', KG_QUEUE_TIMEOUT_MS: '1000', KG_REQUEST_TIMEOUT_MS: '20000' });
    try {
      const health: number[] = [];
      let done = false;
      const probe = (async () => {
        while (!done) {
          const started = performance.now();
          const r = await fetch(`${busy.url}/health`);
          await r.arrayBuffer();
          health.push(performance.now() - started);
          await new Promise((res) => setTimeout(res, 20));
        }
      })();
      const answers = await Promise.all(Array.from({ length: 10 }, () => call(EXPENSIVE, { id: HUB }, { base: busy.url })));
      done = true;
      await probe;
      const statuses = answers.map((a) => a.status);
      const refused = answers.filter((a) => a.status === 503);
      expect(refused.length, String(statuses)).toBeGreaterThanOrEqual(4);
      for (const r of refused) {
        expect(r.headers.get('retry-after')).toMatch(/^\d+$/);
        expect(r.body.errors![0]!.extensions?.code).toBe('SERVER_BUSY');
        expect(r.ms).toBeLessThan(3_000);
      }
      for (const a of answers.filter((x) => x.status !== 503)) expect(a.status).toBe(200);
      health.sort((x, y) => x - y);
      const p99 = health[Math.min(health.length - 1, Math.floor(health.length * 0.99))]!;
      console.log(
        `admission: statuses ${statuses.join(',')}; /health p50 ${health[Math.floor(health.length / 2)]!.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms over ${health.length} probes (load ${os.loadavg()[0]!.toFixed(1)})`,
      );
      // The 100 ms target is measured in `npm run bench`; here a bound that a loaded CI machine meets.
      expect(p99).toBeLessThan(3_000);
      const metrics = await (await fetch(`${busy.url}/metrics`)).text();
      expect(metrics).toMatch(/kg_admission_limit\{limit="concurrent"\} 4/);
      expect(metrics).toMatch(/kg_admission_rejected_total\{reason="\w+"\} [1-9]/);
    } finally {
      await busy.stop();
    }
  }, 180_000);
});

describe('/metrics: bounded and restrictable', () => {
  it('1,000 unique operation names and GET query strings leave no client-chosen label and keep /metrics bounded (was: 32 KB to 28 MB)', async () => {
    const size0 = (await (await fetch(`${server.url}/metrics`)).text()).length;
    for (let i = 0; i < 1_000; i += 50) await Promise.all(Array.from({ length: 50 }, (_, j) => call(`query Probe${i + j}x { health { status } }`)));
    await fetch(
      `${server.url}/graphql?query=${encodeURIComponent('query ($id: ID!) { entity(id: $id) { id } }')}&variables=${encodeURIComponent('{"id":"org:secret-lookup"}')}`,
      {
        headers: { 'x-graphql-yoga-csrf': '1' },
      },
    );
    const text = await (await fetch(`${server.url}/metrics`)).text();
    console.log(`/metrics: ${size0} bytes before 1,000 unique operation names, ${text.length} after`);
    expect(text).not.toMatch(/Probe\d+x/);
    expect(text).not.toMatch(/secret-lookup|url="/);
    expect(text).toMatch(/kg_operations_total\{operation="other",type="query",outcome="ok"\}/);
    expect(text.length - size0).toBeLessThan(20_000);
    await stillHealthy();
  }, 120_000);

  it('with KG_METRICS_TOKEN, /metrics answers only that bearer token', async () => {
    const token = 'metrics-token-0123456789';
    const guarded = await startServer({ KG_METRICS_TOKEN: token });
    try {
      expect((await fetch(`${guarded.url}/metrics`)).status).toBe(401);
      expect((await fetch(`${guarded.url}/metrics`, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
      const ok = await fetch(`${guarded.url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
      expect(ok.status).toBe(200);
      expect(await ok.text()).toMatch(/kg_admission_limit/);
    } finally {
      await guarded.stop();
    }
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------
// Credentials.

describe('authentication that cannot be abused', () => {
  const SECRET = 's'.repeat(40);
  const jwtFor = (sub: string, role: string) =>
    new SignJWT({ role }).setProtectedHeader({ alg: 'HS256' }).setSubject(sub).setIssuedAt().setExpirationTime('5m').sign(new TextEncoder().encode(SECRET));
  let auth: Server;
  beforeAll(async () => {
    auth = await startServer({ KG_API_KEYS: API_KEYS, KG_JWT_SECRET: SECRET, KG_AUTH_FAILURES_PER_MINUTE: '10' });
  }, 120_000);
  afterAll(() => auth?.stop());

  it.each(['anonymous', 'ops', 'alice'])('a JWT whose sub is the reserved name %s is refused with 401 (was: writes as editedBy "anonymous")', async (sub) => {
    const a = await call('{ health { status } }', undefined, { base: auth.url, headers: { authorization: `Bearer ${await jwtFor(sub, 'editor')}` } });
    expect(a.status).toBe(401);
    expect(a.body.errors![0]!.message).toMatch(/reserved principal name/);
    const fine = await call('{ health { status } }', undefined, { base: auth.url, headers: { authorization: `Bearer ${await jwtFor('ruth', 'editor')}` } });
    expect(fine.status).toBe(200);
  });

  it('repeated wrong API keys from one client: 429 with Retry-After once past KG_AUTH_FAILURES_PER_MINUTE (was: 500 at 495 req/s, no slow-down)', async () => {
    const statuses: number[] = [];
    let last: Answer | undefined;
    for (let i = 0; i < 30; i++) {
      last = await call('{ health { status } }', undefined, { base: auth.url, key: `kg_${String(i).padStart(43, 'x')}` });
      statuses.push(last.status);
    }
    expect(
      statuses.slice(0, 7).every((s) => s === 401),
      String(statuses),
    ).toBe(true);
    expect(
      statuses.slice(-10).every((s) => s === 429),
      String(statuses),
    ).toBe(true);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(last!.body.errors![0]!.extensions?.code).toBe('TOO_MANY_REQUESTS');
    // Even the right key waits: the client is refused until the window passes. Anonymous reads still work.
    expect((await call('{ health { status } }', undefined, { base: auth.url })).status).toBe(200);
    expect((await auth.health()).status).toBe(200);
  }, 60_000);
});
