// /health and /ready answer small JSON bodies saying what was checked, a 503 says what failed,
// and neither asks for credentials (a load balancer has none).
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import { CypherRegistry } from '../../src/graph/cypher.js';
import { createDriver, Graph } from '../../src/graph/graph.js';
import { applySchema } from '../../src/graph/setup.js';
import { createApp } from '../../src/server/app.js';
import { READY_CONFIRMED_MS } from '../../src/server/plugins/probes.js';
import { type App, testApp } from '../helpers/gql.js';
import { testGraph } from '../helpers/graph.js';
import { freePort } from '../helpers/ports.js';

let graph: Graph;
beforeAll(async () => {
  graph = testGraph();
  await applySchema(graph); // idempotent: what kg serve does as it starts
});
afterAll(() => graph.close());

/** The app with nobody admitted without a key, as in production. */
const lockedApp = (g: Graph) =>
  testApp(g, {
    KG_ANONYMOUS_ROLE: 'none',
    KG_API_KEYS: `ops:reader:${createHash('sha256')
      .update(`kg_${'k'.repeat(43)}`)
      .digest('hex')}`,
  });

/**
 * The real Graph, counting the /ready checks it runs; each can be slowed down (as a saturated
 * Neo4j is) or made to fail the way a refused connection does, before or instead of the real query.
 */
class Probing extends Graph {
  checks = 0;
  delayMs = 0;
  fail = false;
  constructor(g: Graph) {
    super(g.driver, g.database, g.cypher, 30_000);
  }
  override async probe(...a: Parameters<Graph['probe']>) {
    this.checks += 1;
    if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
    if (this.fail) throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ServiceUnavailable' });
    return super.probe(...a);
  }
}

async function probe(app: App, url: string) {
  const res = await app.fetch(url);
  return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as Record<string, any> };
}

describe('/health and /ready', () => {
  it('/health says the process answers, without credentials', async () => {
    expect(await probe(lockedApp(graph), 'http://test/health')).toEqual({
      status: 200,
      type: 'application/json; charset=utf-8',
      body: { status: 'ok', checks: { process: 'ok' } },
    });
  });

  it('/ready says Neo4j answered and how many schema constraints it found, without credentials', async () => {
    // Counted independently of the service: the constraint the service's lookups rely on.
    const { records } = await graph.driver.executeQuery("SHOW CONSTRAINTS YIELD name WHERE name = 'entity_id' RETURN count(*) AS n");
    const expected = Number(records[0]!.get('n'));
    expect(expected).toBeGreaterThan(0);
    expect(await probe(lockedApp(graph), 'http://test/ready')).toEqual({
      status: 200,
      type: 'application/json; charset=utf-8',
      body: { status: 'ready', checks: { neo4j: 'ok', constraints: expected } },
    });
  });

  it('/ready answers 503 saying that Neo4j did not answer, when it cannot be reached', async () => {
    const nowhere = new Graph(
      createDriver({ uri: `bolt://127.0.0.1:${await freePort()}` }),
      'neo4j',
      new CypherRegistry(path.join(PROJECT_ROOT, 'cypher')),
      5_000,
    );
    try {
      const app = createApp(nowhere, { schemaDir: path.join(PROJECT_ROOT, 'schema'), config: loadConfig({ LOG_LEVEL: 'silent' }) });
      const { status, body } = await probe(app, 'http://test/ready');
      expect(status).toBe(503);
      expect(body).toMatchObject({ status: 'unavailable', checks: { neo4j: 'failed' } });
      expect(body.reason).toMatch(/^Neo4j did not answer \(\w+\); retry shortly$/);
      // /health does not depend on the database.
      expect((await probe(app, 'http://test/health')).status).toBe(200);
    } finally {
      await nowhere.close();
    }
  }, 30_000);

  it('probes arriving together share one check of Neo4j; a probe after it checks again', async () => {
    const counting = new Probing(graph);
    const app = testApp(counting);
    const answers = await Promise.all(Array.from({ length: 20 }, () => probe(app, 'http://test/ready')));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    expect(counting.checks).toBe(1);
    expect((await probe(app, 'http://test/ready')).body.status).toBe('ready');
    expect(counting.checks).toBe(2);
  });

  it('while Neo4j is slow to answer, /ready says ready at once from a confirmation under READY_CONFIRMED_MS old, saying how old', async () => {
    const slow = new Probing(graph);
    const app = testApp(slow);
    expect((await probe(app, 'http://test/ready')).body).not.toHaveProperty('confirmedMsAgo');
    slow.delayMs = 800; // what a saturated Neo4j took for SHOW CONSTRAINTS
    const started = performance.now();
    const answer = await probe(app, 'http://test/ready');
    const ms = performance.now() - started;
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ status: 'ready', checks: { neo4j: 'ok' }, checking: true });
    expect(answer.body.confirmedMsAgo).toBeGreaterThanOrEqual(0);
    expect(answer.body.confirmedMsAgo).toBeLessThan(READY_CONFIRMED_MS);
    expect(ms).toBeLessThan(400);
    // Once the confirmation is too old (the slow check above renews it when it ends), a probe
    // waits for the slow check itself.
    await new Promise((r) => setTimeout(r, slow.delayMs + READY_CONFIRMED_MS + 200));
    const waited = performance.now();
    const fresh = await probe(app, 'http://test/ready');
    expect(fresh.body).toEqual({ status: 'ready', checks: { neo4j: 'ok', constraints: expect.any(Number) } });
    expect(performance.now() - waited).toBeGreaterThanOrEqual(slow.delayMs - 50);
  }, 30_000);

  it('a check that fails ends the confirmation: the next probe says 503, never a stale ready', async () => {
    const failing = new Probing(graph);
    const app = testApp(failing);
    expect((await probe(app, 'http://test/ready')).status).toBe(200);
    failing.fail = true; // Neo4j gone: the connection is refused at once
    const gone = await probe(app, 'http://test/ready');
    expect(gone.status).toBe(503);
    expect(gone.body).toMatchObject({ status: 'unavailable', checks: { neo4j: 'failed' } });
    // A slow check after the failure gets no stand-in either: the probe waits and tells the truth.
    failing.fail = false;
    failing.delayMs = 300;
    const after = await probe(app, 'http://test/ready');
    expect(after.body).toEqual({ status: 'ready', checks: { neo4j: 'ok', constraints: expect.any(Number) } });
  }, 30_000);

  it("/ready then /health on one keep-alive connection: each its own complete body (was: /health sent with /ready's length)", async () => {
    const server = http.createServer(testApp(graph));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const get = (p: string) =>
      new Promise<{ status: number; body: string; reused: boolean }>((resolve, reject) => {
        const req = http.get({ host: '127.0.0.1', port: (server.address() as AddressInfo).port, path: p, agent }, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (c) => {
            body += c;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body, reused: req.reusedSocket }));
          res.on('error', reject);
        });
        req.on('error', reject);
      });
    try {
      const seen = [];
      for (const p of ['/ready', '/health', '/ready', '/health']) seen.push({ p, ...(await get(p)) });
      expect(seen.slice(1).every((s) => s.reused)).toBe(true);
      for (const s of seen) {
        expect(s.status, s.p).toBe(200);
        expect(JSON.parse(s.body).status, s.p).toBe(s.p === '/health' ? 'ok' : 'ready');
      }
    } finally {
      agent.destroy();
      await new Promise((r) => server.close(r));
    }
  });
});
