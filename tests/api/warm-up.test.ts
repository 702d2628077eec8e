// The start-up warm-up (src/server/warm-up.ts) runs the explorer's first operations on real ids:
// every one of them answers without errors on the seed graph, whatever the server's auth
// settings, and on an empty database it skips what has no data instead of failing.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import type { Graph } from '../../src/graph/graph.js';
import { loadSeed } from '../../src/seed/load-seed.js';
import { WARM_OPERATIONS, warmUp } from '../../src/server/warm-up.js';
import { freshGraph } from '../helpers/graph.js';

const schemaDir = path.join(PROJECT_ROOT, 'schema');
const names = WARM_OPERATIONS.map((o) => o.name);
let graph: Graph;
beforeAll(async () => {
  graph = await freshGraph();
}, 120_000);
afterAll(async () => {
  await graph?.close();
});

describe('start-up warm-up', () => {
  it('on an empty database skips every operation that needs an id and fails none', async () => {
    const w = await warmUp(graph, loadConfig({}), { schemaDir });
    expect(w.failed).toEqual({});
    expect(Object.keys(w.ran)).toEqual([]);
    expect(w.skipped).toEqual(names);
  });

  it('on the seed graph runs every operation without errors, with anonymous access switched off', async () => {
    await loadSeed(graph, PROJECT_ROOT);
    const w = await warmUp(graph, loadConfig({ KG_ANONYMOUS_ROLE: 'none' }), { schemaDir });
    expect(w.failed).toEqual({});
    expect(w.skipped).toEqual([]);
    expect(Object.keys(w.ran).sort()).toEqual([...names].sort());
    expect(w.ms).toBeGreaterThanOrEqual(Math.max(...Object.values(w.ran)));
  }, 120_000);

  it('picks two organizations that share a platform, so the chain it warms has a hop', async () => {
    const [ids] = await graph.session().read('admin/warm-up-ids');
    const { records } = await graph.driver.executeQuery(
      'MATCH (a:Entity {id: $a})-[:MEMBER_OF]->(p:Platform {id: $p})<-[:MEMBER_OF]-(b:Entity {id: $b}) RETURN count(*) AS n, a.name = $name AS named',
      { a: ids!.org, b: ids!.otherOrg, p: ids!.platform, name: ids!.orgName },
      { database: graph.database },
    );
    const shared = records[0]!.toObject();
    expect(ids!.org).not.toBe(ids!.otherOrg);
    expect(Number(shared!.n)).toBeGreaterThan(0);
    expect(shared!.named).toBe(true);
    expect(String(ids!.province)).toMatch(/^region:/);
  });

  it('stops starting operations once its budget is spent, and says so', async () => {
    const w = await warmUp(graph, loadConfig({}), { schemaDir, budgetMs: 0 });
    expect(Object.keys(w.ran)).toEqual([]);
    expect(Object.keys(w.failed).sort()).toEqual([...names].sort());
    for (const why of Object.values(w.failed)) expect(why).toMatch(/budget of 0 ms was spent/);
  });
});
