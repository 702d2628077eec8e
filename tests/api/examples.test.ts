// Every operation GraphiQL opens with (schema/examples/*.graphql) runs without errors on the
// seed graph, so the examples a newcomer tries first always work.
import path from 'node:path';
import { Kind, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import type { Graph } from '../../src/graph/graph.js';
import { loadSeed } from '../../src/seed/load-seed.js';
import { exampleOperations } from '../../src/server/examples.js';
import { type App, type gql, testApp } from '../helpers/gql.js';
import { freshGraph } from '../helpers/graph.js';

const document = exampleOperations(path.join(PROJECT_ROOT, 'schema'));
const operations = parse(document).definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : []));

let graph: Graph;
let app: App;
beforeAll(async () => {
  graph = await freshGraph();
  await loadSeed(graph, PROJECT_ROOT);
  app = testApp(graph);
});
afterAll(() => graph.close());

describe('GraphiQL example operations', () => {
  it('are named and there is at least one per area file', () => {
    expect(operations.length).toBeGreaterThanOrEqual(5);
    expect(new Set(operations).size).toBe(operations.length);
  });

  // In file order, so an example mutation can create what a later example reads.
  it.each(operations)('%s runs on the seed graph without errors', async (operationName) => {
    const res = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: document, operationName }),
    });
    const body = (await res.json()) as Awaited<ReturnType<typeof gql>>;
    expect(body.errors).toBeUndefined();
    expect(Object.values(body.data ?? {}).some((v) => v !== null && !(Array.isArray(v) && v.length === 0))).toBe(true);
  });
});
