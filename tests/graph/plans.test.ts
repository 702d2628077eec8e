// Every statement in cypher/ that is given an id (or ids) finds its nodes through an index:
// its plan, on a generated graph, has no NodeByLabelScan or AllNodesScan over a variable the
// statement binds by id. Statements are planned with EXPLAIN (nothing runs, so the write
// statements change nothing); templates are planned with their whitelisted values.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { generate } from '../../src/generate/generate.js';
import { CypherRegistry } from '../../src/graph/cypher.js';
import type { Graph } from '../../src/graph/graph.js';
import { importDataset } from '../../src/import/import-dataset.js';
import { freshGraph } from '../helpers/graph.js';

const registry = new CypherRegistry(path.join(PROJECT_ROOT, 'cypher'));
// Fragments and compiled parts are pieces of other statements, planned as part of those.
const names = [...new Set(['admin', 'analytics', 'import', 'lists', 'loaders', 'mutations', 'schema', 'traversals'].flatMap((f) => registry.names(f)))]
  .concat('search', 'search-count')
  .filter((n) => !n.includes('/fragments/'));
/** Template values, as the resolvers pass them (whitelisted types and labels). */
const VARS: Record<string, Record<string, string>> = {
  'loaders/edges-out': { type: 'MEMBER_OF' },
  'loaders/edges-in': { type: 'MEMBER_OF' },
  'traversals/neighborhood': { rel: 'MEMBER_OF' },
  'traversals/upstream-step': { type: 'SUPPLIES' },
  'traversals/downstream-step': { type: 'SUPPLIES' },
  'import/create-nodes': { label: 'Platform' },
  'import/create-nodes-kind': { label: 'Organization', kind: 'Enterprise' },
  'import/create-relationships': { type: 'MEMBER_OF' },
  'import/merge-relationships': { type: 'MEMBER_OF' },
  'import/unchanged-relationships': { type: 'MEMBER_OF' },
  'import/set-relationship-props': { type: 'MEMBER_OF' },
};
const LIST_VARS = { label: 'Organization', industryType: 'IN_INDUSTRY', sortKey: 'name', direction: 'ASC', after: '>' };

interface Plan {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: Plan[];
}
const operators = (p: Plan): Plan[] => [p, ...p.children.flatMap(operators)];

/** Variables the statement binds by id: `(x:Label {id: ...})` or `(x {id: ...})`. */
function boundById(text: string): Set<string> {
  return new Set([...text.matchAll(/\((\w+)(?::[\w|]+)*\s*\{\s*id:/g)].map((m) => m[1]!));
}

let graph: Graph;
let dir: string;
beforeAll(async () => {
  graph = await freshGraph();
  dir = mkdtempSync(path.join(os.tmpdir(), 'kg-plans-'));
  await generate({ orgs: 300, seed: 3, outDir: dir });
  await importDataset(graph, dir);
}, 600_000);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await graph?.close();
});

describe('index-backed lookups', () => {
  it('covers the statements', () => {
    expect(names.length).toBeGreaterThan(40);
  });

  it.each(names)('%s finds what it is given by id through an index', async (name) => {
    if (name.startsWith('schema/') || name.startsWith('admin/')) return; // DDL and admin counters
    const vars = VARS[name] ?? (name.startsWith('lists/') && name !== 'lists/regions' && name !== 'lists/indicators' ? LIST_VARS : undefined);
    const text = registry.get(name, vars);
    const params = Object.fromEntries([...text.matchAll(/\$(\w+)(?!\w|\()/g)].map((m) => [m[1]!, null]));
    const session = graph.driver.session({ database: 'neo4j' });
    try {
      const result = await session.run(`EXPLAIN ${text}`, params);
      const plan = result.summary.plan as unknown as Plan;
      const bound = boundById(text);
      const scans = operators(plan)
        .filter((o) => o.operatorType.startsWith('NodeByLabelScan') || o.operatorType.startsWith('AllNodesScan'))
        .map((o) => String(o.arguments.Details ?? o.arguments.details ?? ''))
        .filter((d) => bound.has(d.split(':')[0]!.trim()));
      expect(scans, `${name}: label or all-node scans over variables given by id`).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
