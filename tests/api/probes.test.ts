// /health and /ready answer small JSON bodies saying what was checked, a 503 says what failed,
// and neither asks for credentials (a load balancer has none).
import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import { CypherRegistry } from '../../src/graph/cypher.js';
import { createDriver, Graph } from '../../src/graph/graph.js';
import { applySchema } from '../../src/graph/setup.js';
import { createApp } from '../../src/server/app.js';
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
});
