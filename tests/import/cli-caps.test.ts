// `kg import` applies the same file caps as an API import (KG_IMPORT_MAX_*): a line over the cap
// is refused with the file, the line and the setting to change, and nothing is written.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import type { Graph } from '../../src/graph/graph.js';
import { resetDatabase } from '../../src/graph/setup.js';
import { counts, freshGraph } from '../helpers/graph.js';

let graph: Graph;
let dir: string;
beforeAll(async () => {
  graph = await freshGraph();
  await resetDatabase(graph);
  dir = mkdtempSync(path.join(os.tmpdir(), 'kg-cli-caps-'));
  writeFileSync(path.join(dir, 'organizations.csv'), `id,kind,name\norg:short,ENTERPRISE,Short\norg:long,ENTERPRISE,${'x'.repeat(1500)}\n`);
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await graph?.close();
});

function kgImport(env: Record<string, string>) {
  const { uri, user, password } = inject('neo4j');
  return spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'bin/kg.mjs'), 'import', dir], {
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user ?? 'neo4j', NEO4J_PASSWORD: password ?? '', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

it('refuses a line over KG_IMPORT_MAX_LINE_BYTES, naming the file, the line and the setting, and writes nothing', async () => {
  const before = await counts(graph);
  const r = kgImport({ KG_IMPORT_MAX_LINE_BYTES: '1024' });
  expect(r.status, r.stderr).not.toBe(0);
  expect(r.stderr).toMatch(/organizations\.csv/);
  expect(r.stderr).toMatch(/KG_IMPORT_MAX_LINE_BYTES/);
  expect(await counts(graph)).toEqual(before);
}, 150_000);

it('imports the same file under the default caps', async () => {
  const r = kgImport({});
  expect(r.status, r.stderr).toBe(0);
  expect((await counts(graph)).nodeCount).toBeGreaterThanOrEqual(2);
}, 150_000);
