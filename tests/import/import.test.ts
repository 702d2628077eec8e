// kg import: every bad row is named by file, line and column and nothing is written; good data
// is written once, idempotently, with its provenance.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/graph.js';
import { resetDatabase, secondaryIndexFiles } from '../../src/graph/setup.js';
import { ImportRejected, importDataset } from '../../src/import/import-dataset.js';
import { counts, freshGraph } from '../helpers/graph.js';

let graph: Graph;
const dirs: string[] = [];
beforeAll(async () => {
  graph = await freshGraph();
});
beforeEach(async () => {
  await resetDatabase(graph);
});
afterAll(async () => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  await graph.close();
});

/** A dataset directory from { fileName: contents }. */
function dataset(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-import-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const GOOD = {
  'sources.jsonl': '{"id":"src:t1","title":"Test report","date":"2022-04-26"}\n',
  'regions.csv': 'id,name,level,source\nregion:cn,China,COUNTRY,src:t1\nregion:cn-ln,Liaoning,PROVINCE,src:t1\n',
  'organizations.csv':
    'id,kind,name,nameZh,aliases,highTech,founded,source,evidence\n' +
    'org:a,ENTERPRISE,Shengong Semiconductor,锦州神工半导体,Shengong|神工股份,true,2013,src:t1,"Shengong, a wafer maker"\n' +
    'org:u,UNIVERSITY,Jinzhou Medical University,,,,,src:t1,\n',
  'platforms.jsonl': '{"id":"plat:c","kind":"INNOVATION_CONSORTIUM","name":"Wafer consortium","level":"PROVINCIAL","source":"src:t1"}\n',
  'part_of.csv': 'from,to,source\nregion:cn-ln,region:cn,src:t1\n',
  'located_in.csv': 'from,to\norg:a,region:cn-ln\norg:u,region:cn-ln\n',
  'member_of.csv': 'from,to,role,chainPosition,source,evidence\norg:a,plat:c,LEAD,UPSTREAM,src:t1,leads it\norg:u,plat:c,SUPPORT,,src:t1,\n',
  'indicators.jsonl':
    '{"id":"fig:t1","about":"region:cn-ln","metric":"platform_count","label":"98 platforms","value":98,"unit":"COUNT","year":2021,"source":"src:t1"}\n',
};

async function rejected(dir: string): Promise<string[]> {
  const before = await counts(graph);
  const err = await importDataset(graph, dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ImportRejected);
  expect(await counts(graph)).toEqual(before); // nothing written
  return (err as ImportRejected).message
    .split('\n')
    .slice(1)
    .map((l) => l.trim());
}

describe('import of a valid dataset', () => {
  it('writes nodes, labels, relationships and provenance', async () => {
    const summary = await importDataset(graph, dataset(GOOD));
    expect(summary).toMatchObject({ rows: 12, nodesCreated: 7, relationshipsCreated: 6 }); // 5 links + 1 ABOUT
    const db = graph.session();
    const [org] = await db.read('admin/test/node-by-id', { id: 'org:a' });
    expect(org).toMatchObject({
      labels: expect.arrayContaining(['Entity', 'Organization', 'Enterprise']),
      props: {
        name: 'Shengong Semiconductor',
        nameZh: '锦州神工半导体',
        aliases: ['Shengong', '神工股份'],
        aliasText: 'Shengong | 神工股份',
        highTech: true,
        founded: 2013,
        source: 'src:t1',
        evidence: 'Shengong, a wafer maker',
        importLine: 2,
      },
    });
    expect((org!.props as Record<string, unknown>).importFile).toMatch(/^kg-import-\w+\/organizations\.csv$/);
    const [lead] = await db.read('admin/test/relationship', { from: 'org:a', to: 'plat:c' });
    expect(lead).toMatchObject({
      type: 'MEMBER_OF',
      props: { role: 'LEAD', chainPosition: 'UPSTREAM', source: 'src:t1', evidence: 'leads it', importLine: 2 },
    });
    const [about] = await db.read('admin/test/relationship', { from: 'fig:t1', to: 'region:cn-ln' });
    expect(about).toMatchObject({ type: 'ABOUT' });
  });

  it('is idempotent: a second import creates nothing and changes no counts', async () => {
    const dir = dataset(GOOD);
    await importDataset(graph, dir);
    const after1 = await counts(graph);
    const second = await importDataset(graph, dir);
    expect(second).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
    expect(await counts(graph)).toEqual(after1);
  });

  it('re-importing unchanged rows sets no property; a changed row is written again', async () => {
    const dir = dataset(GOOD);
    const first = await importDataset(graph, dir);
    expect(first.propertiesSet).toBeGreaterThan(0);
    // Neo4j's own counters (summed from each transaction's summary): nothing was written.
    const second = await importDataset(graph, dir);
    // Every row was found holding its row hash, so none was even sent to MERGE.
    expect(second).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, unchanged: 12 });

    // One changed cell, in the same file (same importFile): that row alone is written again.
    // Neo4j counts every key of the `+=` map: org:a's 8 non-id cells plus importFile,
    // importLine, aliasText and importHash.
    writeFileSync(path.join(dir, 'organizations.csv'), GOOD['organizations.csv'].replace('Shengong Semiconductor', 'Shengong Wafer'));
    const third = await importDataset(graph, dir);
    expect(third).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 8 + 4, unchanged: 11 });
    const [row] = await graph.session().read('admin/test/node-by-id', { id: 'org:a' });
    expect((row?.props as { name: string }).name).toBe('Shengong Wafer');
  });

  it('accepts references to ids already in the database', async () => {
    await importDataset(graph, dataset(GOOD));
    const summary = await importDataset(graph, dataset({ 'supplies.csv': 'from,to,product,source\norg:a,org:u,silicon wafers,src:t1\n' }));
    expect(summary.relationshipsCreated).toBe(1);
  });

  it('gives a CSV record that spans lines (quoted line breaks, blank lines) the line it ends on, stored and in messages', async () => {
    const records = [
      'org:m1,ENTERPRISE,One,"first line\nsecond line"',
      'org:m2,ENTERPRISE,Two,"a ""quoted""\n\nword"',
      'org:m3,ENTERPRISE,Three,',
      'org:m4,NOT_A_KIND,Four,"x\ny"',
    ];
    const text = (rows: string[]) => `id,kind,name,evidence\n${rows.join('\n\n')}\n`;
    // Counted from the text itself: the newlines before the record's last physical line, plus one.
    const endLine = (all: string, record: string) => all.slice(0, all.indexOf(record) + record.length).split('\n').length;
    const good = text(records.slice(0, 3));
    await importDataset(graph, dataset({ 'organizations.csv': good }));
    const stored = await graph.session().read('admin/test/entities-by-ids', { ids: ['org:m1', 'org:m2', 'org:m3'] });
    expect(stored.every((r) => r.present)).toBe(true);
    for (const [i, id] of ['org:m1', 'org:m2', 'org:m3'].entries()) {
      const [row] = await graph.session().read('admin/test/node-by-id', { id });
      expect((row?.props as { importLine: number }).importLine).toBe(endLine(good, records[i]!));
    }
    // Header 1, org:m1 2-3, blank 4, org:m2 5-7, blank 8, org:m3 9.
    expect([0, 1, 2].map((i) => endLine(good, records[i]!))).toEqual([3, 7, 9]);

    const bad = text(records);
    const messages = await rejected(dataset({ 'organizations.csv': bad }));
    expect(messages).toEqual([expect.stringMatching(new RegExp(`^organizations\\.csv:${endLine(bad, records[3]!)} column "kind": Invalid option`))]);
    expect(endLine(bad, records[3]!)).toBe(12);
  });

  it('into an empty database, builds the range and full-text indexes at the end: all online, finding the new nodes', async () => {
    await importDataset(graph, dataset(GOOD));
    const [present] = await graph.session().read('admin/schema-names');
    const indexes = secondaryIndexFiles(graph).map((f) => f.index);
    expect(indexes).toEqual(expect.arrayContaining(['entity_names', 'entity_external_ids', 'organization_kind']));
    for (const index of indexes) expect(present!.names).toContain(index);
    const session = graph.driver.session({ database: graph.database });
    try {
      const hits = await session.run("CALL db.index.fulltext.queryNodes('entity_names', 'Shengong') YIELD node RETURN node.id AS id");
      expect(hits.records.map((r) => r.get('id'))).toEqual(['org:a']);
      const states = await session.run('SHOW INDEXES YIELD name, state WHERE name IN $indexes RETURN collect(DISTINCT state) AS states', { indexes });
      expect(states.records[0]!.get('states')).toEqual(['ONLINE']);
    } finally {
      await session.close();
    }
  });

  it('merges a JSON row repeated with its keys in another order, and rejects one that differs in a value', async () => {
    const a = '{"id":"plat:k","kind":"KEY_LABORATORY","name":"Lab K","level":"PROVINCIAL"}';
    const same = '{"level":"PROVINCIAL","name":"Lab K","kind":"KEY_LABORATORY","id":"plat:k"}';
    const summary = await importDataset(graph, dataset({ 'platforms.jsonl': `${a}\n${same}\n` }));
    expect(summary).toMatchObject({ nodesCreated: 1, duplicatesMerged: 1 });
    const other = '{"level":"NATIONAL","name":"Lab K","kind":"KEY_LABORATORY","id":"plat:k"}';
    await expect(importDataset(graph, dataset({ 'platforms.jsonl': `${a}\n${other}\n` }))).rejects.toThrow(/repeats line 1 with different level/);
  });

  it('settles many repeats of one file in line order: identical ones merged, differing ones refused and the first 200 listed with the columns that differ', async () => {
    // 500 organizations, then each repeated once: even ones verbatim, odd ones with another name
    // (and every fifth odd one also another founding year), interleaved as real exports are.
    const row = (i: number, name: string, founded: number) => `org:r${i},ENTERPRISE,${name},${founded}`;
    const firsts = Array.from({ length: 500 }, (_, i) => row(i, `Enterprise ${i}`, 2000));
    const again = Array.from({ length: 500 }, (_, i) => (i % 2 === 0 ? row(i, `Enterprise ${i}`, 2000) : row(i, `Renamed ${i}`, i % 10 === 1 ? 2001 : 2000)));
    const text = `id,kind,name,founded\n${firsts.join('\n')}\n${again.join('\n')}\n`;
    const before = await counts(graph);
    const err = (await importDataset(graph, dataset({ 'organizations.csv': text })).catch((e: unknown) => e)) as ImportRejected;
    expect(err).toBeInstanceOf(ImportRejected);
    expect(await counts(graph)).toEqual(before);
    // 250 odd ids differ (the repeat of id i is on line 502 + i); the first 200 are listed.
    expect(err.issueCount).toBe(250);
    expect(err.issues.map((i) => i.line)).toEqual(Array.from({ length: 200 }, (_, k) => 503 + 2 * k));
    expect(err.issues[0]!.message).toBe('id "org:r1" repeats line 3 with different name, founded; keep one row (identical repeats are merged)');
    expect(err.issues[1]!.message).toBe('id "org:r3" repeats line 5 with different name; keep one row (identical repeats are merged)');

    // Only verbatim repeats: all merged, one warning each, the first rows written once.
    const merged = await importDataset(graph, dataset({ 'organizations.csv': `id,kind,name,founded\n${firsts.join('\n')}\n${firsts.join('\n')}\n` }));
    expect(merged).toMatchObject({ nodesCreated: 500, duplicatesMerged: 500 });
    expect(merged.warnings.length).toBe(200);
    expect(merged.warnings[0]!.message).toBe('id "org:r0" repeats line 2 exactly; merged into it');
  });

  it('writes in several batches when files exceed the batch size', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => `org:e${i},ENTERPRISE,Enterprise ${i}`).join('\n');
    const summary = await importDataset(graph, dataset({ 'organizations.csv': `id,kind,name\n${rows}\n` }), { batchSize: 10 });
    expect(summary.nodesCreated).toBe(25);
  });

  it('re-imports in batches: only the changed rows of each batch are written, links and nodes alike', async () => {
    const orgs = Array.from({ length: 25 }, (_, i) => `org:e${i},ENTERPRISE,Enterprise ${i}`);
    const links = Array.from({ length: 24 }, (_, i) => `org:e${i},org:e${i + 1},part ${i}`);
    const files = (o: string[], l: string[]) => ({
      'organizations.csv': `id,kind,name\n${o.join('\n')}\n`,
      'supplies.csv': `from,to,product\n${l.join('\n')}\n`,
    });
    const dir = dataset(files(orgs, links));
    await importDataset(graph, dir, { batchSize: 4 });
    const changedOrgs = [1, 9, 22];
    const changedLinks = [0, 13, 23];
    const o2 = orgs.map((r, i) => (changedOrgs.includes(i) ? `${r} renamed` : r));
    const l2 = links.map((r, i) => (changedLinks.includes(i) ? `${r} revised` : r));
    for (const [name, text] of Object.entries(files(o2, l2))) writeFileSync(path.join(dir, name), text);
    const again = await importDataset(graph, dir, { batchSize: 4 });
    expect(again).toMatchObject({ rows: 49, unchanged: 49 - 6, nodesCreated: 0, relationshipsCreated: 0 });
    const db = graph.session();
    for (let i = 0; i < 25; i++) {
      const [n] = await db.read('admin/test/node-by-id', { id: `org:e${i}` });
      expect((n!.props as { name: string }).name).toBe(`Enterprise ${i}${changedOrgs.includes(i) ? ' renamed' : ''}`);
    }
    for (let i = 0; i < 24; i++) {
      const [r] = await db.read('admin/test/relationship', { from: `org:e${i}`, to: `org:e${i + 1}` });
      expect((r!.props as { product: string }).product).toBe(`part ${i}${changedLinks.includes(i) ? ' revised' : ''}`);
    }
  });
});

describe('import rejects bad input and writes nothing', () => {
  it('names file, line and column for type, enum, id and required-column errors', async () => {
    const problems = await rejected(
      dataset({
        ...GOOD,
        'organizations.csv':
          'id,kind,name,highTech,founded\norg:ok,ENTERPRISE,Fine,,\norg:x,COMPANY,X,yes,twenty\nBAD ID,ENTERPRISE,Y,,\norg:z,ENTERPRISE,,,\n',
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^organizations\.csv:3 column "kind": Invalid option: expected one of "ENTERPRISE"/),
        'organizations.csv:3 column "highTech": must be true or false',
        'organizations.csv:3 column "founded": must be a year such as 2021',
        expect.stringMatching(/^organizations\.csv:4 column "id": must look like kind:name \(e\.g\. org:shengong-semiconductor or ind:顺丁橡胶\)/),
        'organizations.csv:5 column "name": is required unless nameZh or externalIds is given',
      ]),
    );
  });

  it('rejects malformed numbers, dates and currencies', async () => {
    const problems = await rejected(
      dataset({
        'projects.csv': 'id,name,funding,currency,startYear\nproj:a,A,12abc,CNY,2020\nproj:b,B,-5,yuan,2020.5\n',
        'events.csv': 'id,name,kind,date\nevent:a,Fair,ACHIEVEMENT_FAIR,26/04/2022\n',
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'projects.csv:2 column "funding": must be a number',
        'projects.csv:3 column "funding": must not be negative',
        'projects.csv:3 column "currency": must be an ISO 4217 currency code such as EUR, CNY or USD, got "yuan"',
        'projects.csv:3 column "startYear": must be a whole year',
        'events.csv:2 column "date": must be YYYY, YYYY-MM or YYYY-MM-DD',
      ]),
    );
  });

  it('rejects unknown columns, listing the known ones', async () => {
    const problems = await rejected(dataset({ 'regions.csv': 'id,name,level,colour\nregion:x,X,PROVINCE,red\n' }));
    expect(problems).toEqual([expect.stringMatching(/^regions\.csv:2 column "colour": unknown column; known columns: id, name, nameZh/)]);
  });

  it('rejects duplicate ids across files and repeated links that differ', async () => {
    const problems = await rejected(
      dataset({
        ...GOOD,
        'platforms.jsonl': `${GOOD['platforms.jsonl']}{"id":"org:a","kind":"INCUBATOR","name":"Clash"}\n`,
        'located_in.csv': 'from,to,evidence\norg:a,region:cn-ln,in Liaoning\norg:a,region:cn-ln,in Jinzhou\n',
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'platforms.jsonl:2 column "id": duplicate id "org:a" (first defined at organizations.csv:2)',
        'located_in.csv:3: link from "org:a" to "region:cn-ln" repeats line 2 with different evidence; keep one row (identical repeats are merged)',
      ]),
    );
  });

  it('rejects unknown references and references to the wrong kind, even when only the last file is bad', async () => {
    const problems = await rejected(
      dataset({
        ...GOOD,
        'member_of.csv': 'from,to,role\norg:a,plat:c,LEAD\nregion:cn,plat:c,MEMBER\norg:u,plat:nowhere,MEMBER\n',
        'indicators.jsonl': '{"id":"fig:x","about":"fig:nope","metric":"platform_count","label":"x","value":1,"unit":"COUNT","source":"src:missing"}\n',
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'member_of.csv:3 column "from": "region:cn" is a regions row (regions.csv:2); expected one of: organizations',
        'member_of.csv:4 column "to": unknown reference "plat:nowhere": no such id in this dataset or in the database',
        'indicators.jsonl:1 column "about": unknown reference "fig:nope": no such id in this dataset or in the database',
        'indicators.jsonl:1 column "source": unknown reference "src:missing": no such id in this dataset or in the database',
      ]),
    );
  });

  it('rejects an id the database already holds as another kind', async () => {
    await importDataset(graph, dataset(GOOD));
    const problems = await rejected(dataset({ 'platforms.csv': 'id,kind,name\norg:a,INCUBATOR,Clash\n' }));
    expect(problems).toEqual(['platforms.csv:2 column "id": "org:a" already exists in the database as organizations, not platforms']);
  });

  it('rejects malformed CSV and JSON', async () => {
    const problems = await rejected(
      dataset({
        'regions.csv': 'id,name,level\nregion:a,"Unclosed,PROVINCE\n',
        'industries.jsonl': '{"id":"ind:a","name":"A"}\n{not json}\n[1,2]\n',
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^regions\.csv:\d+: malformed CSV: /),
        expect.stringMatching(/^industries\.jsonl:2: not valid JSON/),
        'industries.jsonl:3: each line must be a JSON object',
      ]),
    );
  });

  it('rejects a directory with unknown or doubled files, or no data at all', async () => {
    expect(await rejected(dataset({ 'companies.csv': 'id\n', 'regions.csv': 'id,name,level\n', 'regions.jsonl': '' }))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^companies\.csv: unknown file kind "companies"; expected one of sources, regions/),
        'regions.jsonl: both regions.csv and regions.jsonl are present; keep one',
      ]),
    );
    expect(await rejected(dataset({ 'README.md': '# nothing here' }))).toEqual([expect.stringMatching(/holds no dataset files/)]);
    expect(await rejected(path.join(os.tmpdir(), 'kg-no-such-dir'))).toEqual([expect.stringMatching(/kg-no-such-dir: is not a readable directory$/)]);
  });
});
