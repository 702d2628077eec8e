// The offline import (Neo4j's batch importer on a launcher-owned store) must leave exactly the
// graph the Cypher bulk path leaves: same nodes, labels, property values and types, links and
// :SupplyHop mirrors, and the same summary counts. Compared on one dataset with awkward values
// (quotes, commas, line breaks, Chinese, an empty list, verbatim repeats) imported both ways,
// dumped straight from Neo4j. And it refuses or fails without losing anything: a bad row, a
// database holding data, the tool itself failing, bad command-line use.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { generate } from '../../src/generate/generate.js';
import { CypherRegistry } from '../../src/graph/cypher.js';
import { createDriver, Graph } from '../../src/graph/graph.js';
import { applySchema } from '../../src/graph/setup.js';
import { ImportRejected, type ImportSummary, importDataset } from '../../src/import/import-dataset.js';
import { importDatasetOffline, OfflineImportRefused, type OfflineStore } from '../../src/import/offline-import.js';
import { type LocalNeo4j, startLocalNeo4j } from '../../src/neo4j/local.js';
import { freshGraph } from '../helpers/graph.js';
import { freePort } from '../helpers/ports.js';

const temp: string[] = [];
const tempDir = (prefix: string) => {
  const d = mkdtempSync(path.join(os.tmpdir(), prefix));
  temp.push(d);
  return d;
};

/**
 * Properties with their Neo4j types (valueType): an INTEGER and a FLOAT that print alike, as the
 * driver returns them here, must not compare equal.
 */
const PROPS = (v: string) => `[k IN keys(${v}) | [k, ${v}[k], valueType(${v}[k])]]`;
const sortedProps = (p: unknown) =>
  Object.fromEntries((p as [string, unknown, string][]).sort((a, b) => a[0].localeCompare(b[0])).map(([k, v, type]) => [k, { v, type }]));

/** Everything in the database, in a canonical order; SupplyHop nodes as the pair they join. */
async function dump(graph: Graph) {
  const run = async (q: string) => (await graph.driver.executeQuery(q, {}, { database: 'neo4j' })).records.map((r) => r.toObject());
  const nodes = (await run(`MATCH (n) WHERE NOT n:SupplyHop RETURN labels(n) AS labels, ${PROPS('n')} AS props`)).map((r) => ({
    labels: [...(r.labels as string[])].sort(),
    props: sortedProps(r.props),
  }));
  const links = (await run(`MATCH (a)-[r]->(b) WHERE type(r) <> 'SUPPLY_HOP' RETURN a.id AS from, type(r) AS type, b.id AS to, ${PROPS('r')} AS props`)).map(
    (r) => ({ from: r.from as string, type: r.type as string, to: r.to as string, props: sortedProps(r.props) }),
  );
  const hops = await run(
    'MATCH (a)-[x:SUPPLY_HOP]->(h:SupplyHop)-[y:SUPPLY_HOP]->(b) RETURN a.id AS from, b.id AS to, properties(h) AS hop, properties(x) AS in, properties(y) AS out, labels(h) AS labels',
  );
  const [{ total }] = (await run('MATCH (n) RETURN count(n) AS total')) as [{ total: unknown }];
  const byJson = (a: unknown, b: unknown) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);
  return { nodes: nodes.sort(byJson), links: links.sort(byJson), hops: hops.sort(byJson), total: String(total) };
}

const indexes = async (graph: Graph) =>
  (await graph.driver.executeQuery('SHOW INDEXES YIELD name, state, type, labelsOrTypes, properties RETURN *', {}, { database: 'neo4j' })).records
    .map((r) => r.toObject())
    .sort((a, b) => String(a.name).localeCompare(String(b.name)));

const counts = (s: ImportSummary) => ({
  rows: s.rows,
  files: s.files,
  duplicatesMerged: s.duplicatesMerged,
  nodesCreated: s.nodesCreated,
  relationshipsCreated: s.relationshipsCreated,
  propertiesSet: s.propertiesSet,
});

let dataset: string;
let dataDir: string;
let port: number;
let neo: LocalNeo4j | undefined;
let graph: Graph | undefined;

const openGraph = async (): Promise<Graph> => {
  neo = await startLocalNeo4j({ projectRoot: PROJECT_ROOT, port, dataDir, heap: '512m', pageCache: '256m', txTimeout: '60s' });
  graph = new Graph(createDriver({ uri: neo.uri }), 'neo4j', new CypherRegistry(path.join(PROJECT_ROOT, 'cypher')), 60_000);
  await applySchema(graph);
  return graph;
};
const store = (over: Partial<OfflineStore['tool']> = {}): OfflineStore => ({
  graph: graph!,
  tool: { projectRoot: PROJECT_ROOT, dataDir, heap: '512m', offHeap: '256m', ...over },
  stop: async () => {
    await graph?.close();
    await neo?.stop();
  },
  start: openGraph,
});

beforeAll(async () => {
  dataset = tempDir('kg-offline-dataset-');
  await generate({ orgs: 150, seed: 11, outDir: dataset });
  const orgs = readFileSync(path.join(dataset, 'organizations.csv'), 'utf8').split('\n');
  const header = orgs[0]!.split(',');
  const row = (values: Record<string, string>) => `${header.map((h) => values[h] ?? '').join(',')}\n`;
  const base = { kind: 'ENTERPRISE', country: 'CN', source: 'src:synthetic-11' };
  appendFileSync(
    path.join(dataset, 'organizations.csv'),
    row({
      ...base,
      id: 'org:odd-quotes',
      name: '"Acme, ""Quoted"" & Sons\nLine two"',
      nameZh: '奇（特）公司',
      aliases: '"A ""one""|B, two|C\\"',
      founded: '1999',
      highTech: 'true',
    }) +
      row({ ...base, id: 'org:empty-aliases', name: 'Empty Aliases Ltd', aliases: '|', aboveDesignatedSize: 'false' }) +
      row({ ...base, id: 'org:empty-aliases', name: 'Empty Aliases Ltd', aliases: '|', aboveDesignatedSize: 'false' }),
  );
  dataDir = tempDir('kg-offline-store-');
  port = await freePort();
});

afterAll(async () => {
  await graph?.close();
  await neo?.stop();
  for (const d of temp) rmSync(d, { recursive: true, force: true });
});

let online: { summary: ImportSummary; dump: Awaited<ReturnType<typeof dump>>; indexes: Awaited<ReturnType<typeof indexes>> };

describe('kg import --offline', () => {
  beforeAll(async () => {
    const g = await freshGraph();
    try {
      const summary = await importDataset(g, dataset);
      online = { summary, dump: await dump(g), indexes: await indexes(g) };
    } finally {
      await g.close();
    }
    await openGraph();
  }, 300_000);

  it('rejects a dataset with a bad row before stopping Neo4j, writing nothing and leaving no files', async () => {
    const bad = tempDir('kg-offline-bad-');
    for (const f of ['sources.csv', 'organizations.csv']) appendFileSync(path.join(bad, f), readFileSync(path.join(dataset, f)));
    appendFileSync(path.join(bad, 'organizations.csv'), 'org:bad-year,Bad Year Co,,,,ENTERPRISE,CN,,,20x1,src:synthetic-11\n');
    const pid = neo!.pid;
    const err = await importDatasetOffline(store(), bad).catch((e) => e);
    expect(err).toBeInstanceOf(ImportRejected);
    expect(String(err.message)).toMatch(/organizations\.csv:\d+ column "founded": must be a year/);
    expect(neo!.pid, 'the same Neo4j process still runs').toBe(pid);
    expect((await dump(graph!)).total).toBe('0');
    expect(existsSync(path.join(dataDir, 'import-csv'))).toBe(false);
  });

  it('reports the import tool failing, and starts Neo4j again on the untouched store', async () => {
    const err = await importDatasetOffline(store({ offHeap: 'lots' }), dataset).catch((e) => e);
    expect(String(err?.message)).toMatch(/import tool failed \(exit \d+\); the database was not changed/);
    expect((await dump(graph!)).total).toBe('0');
    expect(existsSync(path.join(dataDir, 'import-csv'))).toBe(false);
    expect(existsSync(path.join(dataDir, 'data', 'databases', 'kgimport'))).toBe(false);
    // The restarted Neo4j takes writes (the schema) as before.
    await applySchema(graph!);
  }, 180_000);

  it('leaves exactly the graph, indexes and counts the Cypher import leaves', async () => {
    const offline = await importDatasetOffline(store(), dataset);
    graph = offline.graph;
    expect(counts(offline)).toEqual(counts(online.summary));
    expect(offline.duplicatesMerged).toBe(1);
    const got = await dump(graph);
    expect(got.total).toBe(online.dump.total);
    expect(got.nodes.length).toBe(online.dump.nodes.length);
    expect(got.nodes).toEqual(online.dump.nodes);
    expect(got.links).toEqual(online.dump.links);
    expect(got.hops).toEqual(online.dump.hops);
    expect(got.hops.length).toBeGreaterThan(10);
    // The awkward row, spelled out (not only "equal to the other path").
    const node = (id: string) => got.nodes.find((n) => n.props.id?.v === id)!.props;
    expect(node('org:odd-quotes')).toMatchObject({
      name: { v: 'Acme, "Quoted" & Sons\nLine two', type: 'STRING NOT NULL' },
      nameZh: { v: '奇（特）公司' },
      aliases: { v: ['A "one"', 'B, two', 'C\\'], type: 'LIST<STRING NOT NULL> NOT NULL' },
      founded: { v: 1999, type: 'INTEGER NOT NULL' },
      highTech: { v: true, type: 'BOOLEAN NOT NULL' },
    });
    expect(node('org:empty-aliases')).toMatchObject({ aliases: { v: [] }, aliasText: { v: '' }, aboveDesignatedSize: { v: false } });
    // Amounts are floats on both paths, years integers.
    const fund = got.links.find((l) => l.type === 'FUNDS' && l.props.amount)!;
    expect(fund.props).toMatchObject({ amount: { type: 'FLOAT NOT NULL' }, year: { type: 'INTEGER NOT NULL' } });
    expect(await indexes(graph)).toEqual(online.indexes);
    expect(existsSync(path.join(dataDir, 'import-csv'))).toBe(false);
    expect(existsSync(path.join(dataDir, 'data', 'databases', 'neo4j.before-import'))).toBe(false);
    expect(offline.phases.toolNodes).toBe(offline.nodesCreated + got.hops.length);
  }, 300_000);

  it('refuses a database that holds data, and changes nothing', async () => {
    const before = await dump(graph!);
    const pid = neo!.pid;
    await expect(importDatasetOffline(store(), dataset)).rejects.toThrow(OfflineImportRefused);
    await expect(importDatasetOffline(store(), dataset)).rejects.toThrow(/needs an empty database.*without --offline/);
    expect(neo!.pid).toBe(pid);
    expect(await dump(graph!)).toEqual(before);
  });
});

describe('kg import options', () => {
  const kg = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'bin/kg.mjs'), 'import', ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });

  it('kg import --offline runs the whole way on a local store: same counts as the Cypher path, its phases logged', { timeout: 300_000 }, async () => {
    const env = {
      NEO4J_URI: '',
      NEO4J_DATA_DIR: tempDir('kg-offline-cli-'),
      NEO4J_BOLT_PORT: String(await freePort()),
      NEO4J_HEAP: '512m',
      NEO4J_PAGECACHE: '256m',
    };
    const run = kg(['--offline', dataset], env);
    expect(run.status, run.stderr).toBe(0);
    const s = online.summary;
    expect(run.stderr).toContain(`imported ${s.rows} rows from ${Object.keys(s.files).length} files`);
    expect(run.stderr).toContain(`${s.nodesCreated} nodes and ${s.relationshipsCreated} relationships created, ${s.propertiesSet} properties set`);
    expect(run.stderr).toMatch(/offline import: validation and CSV [\d.]+ s, stopping Neo4j [\d.]+ s, Neo4j's importer [\d.]+ s/);
    // The store now holds data: a second offline import is refused with what to do instead.
    const again = kg(['--offline', dataset], env);
    expect(again.status).not.toBe(0);
    expect(again.stderr).toMatch(/needs an empty database, and this one holds data; run `kg import` without --offline/);
  });

  it('explains --offline against a server named by NEO4J_URI, and unknown options', () => {
    const remote = kg(['--offline', dataset], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(remote.status).not.toBe(0);
    expect(remote.stderr).toMatch(/--offline builds the store of the local Neo4j .* unset NEO4J_URI, or import without --offline/);
    const unknown = kg(['--fast', dataset], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toMatch(/unknown option --fast; usage: kg import \[--offline \| --online\] <dir>/);
  });
});
