// Importing data as international registries publish it: money in several currencies, country
// codes and country groups, registry ids instead of names, Chinese ids, and the verbatim repeats
// real exports contain. Good rows are stored as given; every bad one is named by file, line and
// column, and then nothing at all is written.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/graph.js';
import { applySchema, resetDatabase } from '../../src/graph/setup.js';
import { ImportRejected, importDataset } from '../../src/import/import-dataset.js';
import { counts, freshGraph } from '../helpers/graph.js';
import { INTL, lines } from '../helpers/intl-dataset.js';

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

function dataset(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-intl-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

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

const node = async (id: string) => (await graph.session().read('admin/test/node-by-id', { id }))[0];
const rel = async (from: string, to: string) => graph.session().read('admin/test/relationship', { from, to });

describe('import of international registry data', () => {
  it('stores money with its currency, countries, registry ids, new roles and Chinese ids as given', async () => {
    const summary = await importDataset(graph, dataset(INTL));
    // 4 regions + 1 industry + 4 organizations + 2 projects + 1 platform + 1 programme + 1 indicator + 1 source.
    expect(summary.nodesCreated).toBe(15);
    expect(await node('org:p1')).toMatchObject({
      labels: expect.arrayContaining(['Organization', 'University']),
      props: { name: 'Technische Hochschule Nord', country: 'DE', externalIds: ['PIC:999993953', 'ROR:02mhbdp94'] },
    });
    const nameless = await node('org:p2');
    expect(nameless).toMatchObject({ labels: expect.arrayContaining(['Organization', 'OtherOrganization']), props: { externalIds: ['PIC:999880001'] } });
    expect(nameless!.props).not.toHaveProperty('name'); // no placeholder is stored
    expect(await node('org:中国石化（天津）')).toMatchObject({ props: { nameZh: '中国石化（天津）有限公司', externalIds: ['USCC:91330100716105852F'] } });
    expect(await node('region:de')).toMatchObject({ props: { level: 'COUNTRY', country: 'DE' } });
    expect(await node('region:eu')).toMatchObject({ props: { level: 'COUNTRY_GROUP' } });
    expect(await node('proj:h1')).toMatchObject({ props: { level: 'INTERNATIONAL', funding: 2_500_000, currency: 'EUR', externalIds: ['GRANT:101000001'] } });
    expect(await node('fig:fp-budget')).toMatchObject({ props: { unit: 'MONEY', currency: 'EUR', value: 95_500_000_000 } });
    expect(await rel('org:p1', 'proj:h1')).toEqual([
      expect.objectContaining({ type: 'UNDERTAKES', props: expect.objectContaining({ role: 'COORDINATOR', contribution: 1_200_000, currency: 'EUR' }) }),
    ]);
    expect(await rel('org:p1', 'prog:fp')).toEqual([
      expect.objectContaining({ type: 'PARTICIPATES_IN', props: expect.objectContaining({ role: 'COORDINATOR', contribution: 1_200_000, currency: 'EUR' }) }),
    ]);
    expect(await rel('org:中国石化（天津）', 'ind:顺丁橡胶')).toEqual([expect.objectContaining({ type: 'IN_INDUSTRY' })]);
  });

  it('merges rows and links repeated verbatim into the first, with a warning and a count per file', async () => {
    const summary = await importDataset(graph, dataset(INTL));
    expect(summary.duplicatesMerged).toBe(3);
    expect(summary.duplicatesByFile).toEqual({ 'organizations.csv': 1, 'located_in.csv': 1, 'undertakes.csv': 1 });
    expect(summary.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`)).toEqual([
      'organizations.csv:5: id "org:p3" repeats line 4 exactly; merged into it',
      'located_in.csv:5: link from "org:p3" to "region:fr" repeats line 4 exactly; merged into it',
      'undertakes.csv:5: link from "org:p3" to "proj:h1" repeats line 4 exactly; merged into it',
    ]);
    // One node and one relationship each, carrying the first row's line.
    expect(await node('org:p3')).toMatchObject({ props: { importLine: 4 } });
    expect(await rel('org:p3', 'region:fr')).toEqual([expect.objectContaining({ props: expect.objectContaining({ importLine: 4 }) })]);
    expect(await rel('org:p3', 'proj:h1')).toHaveLength(1);
    // 4 rows read in organizations.csv, though one was merged.
    expect(summary.files['organizations.csv']).toBe(5);
  });

  it('is idempotent, repeats and all', async () => {
    const dir = dataset(INTL);
    await importDataset(graph, dir);
    const after = await counts(graph);
    const again = await importDataset(graph, dir);
    expect(again).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0, duplicatesMerged: 3 });
    expect(await counts(graph)).toEqual(after);
  });
});

describe('import rejects bad international data and writes nothing', () => {
  it('names bad currencies, country codes, a missing currency and a nameless row without an external id', async () => {
    const problems = await rejected(
      dataset({
        ...INTL,
        'regions.csv': lines('id,name,level,country', 'region:x,Atlantis,COUNTRY,XA', 'region:y,Europe,COUNTRY,eu'),
        'organizations.csv': lines('id,kind,name,country', 'org:n1,OTHER,,', 'org:n2,ENTERPRISE,Fine,DEU'),
        'projects.csv': lines('id,name,funding,currency', 'proj:x1,X1,100,EURO', 'proj:x2,X2,100,', 'proj:x3,X3,100,eur'),
        'undertakes.csv': lines('from,to,role,contribution,currency', 'org:n2,proj:x1,SPONSOR,,', 'org:n2,proj:x2,PARTNER,5,'),
        'indicators.jsonl': '{"id":"fig:x","about":"region:x","metric":"budget","label":"x","value":1,"unit":"MONEY"}\n',
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'regions.csv:2 column "country": must be an ISO 3166-1 alpha-2 country code such as CN, DE or FR, got "XA"',
        'regions.csv:3 column "country": must be an ISO 3166-1 alpha-2 country code such as CN, DE or FR, got "eu"',
        'organizations.csv:2 column "name": is required unless nameZh or externalIds is given',
        'organizations.csv:3 column "country": must be an ISO 3166-1 alpha-2 country code such as CN, DE or FR, got "DEU"',
        'projects.csv:2 column "currency": must be an ISO 4217 currency code such as EUR, CNY or USD, got "EURO"',
        'projects.csv:3 column "currency": is required with an amount (an ISO 4217 code such as EUR or CNY)',
        'projects.csv:4 column "currency": must be an ISO 4217 currency code such as EUR, CNY or USD, got "eur"',
        expect.stringMatching(
          /^undertakes\.csv:2 column "role": Invalid option: expected one of "LEAD"\|"COORDINATOR"\|"PARTICIPANT"\|"PARTNER"\|"THIRD_PARTY"\|"ASSOCIATED"/,
        ),
        'undertakes.csv:3 column "currency": is required with an amount (an ISO 4217 code such as EUR or CNY)',
        'indicators.jsonl:1 column "currency": is required for unit MONEY (an ISO 4217 code such as EUR)',
      ]),
    );
  });

  it('checks external ids by their scheme, with check characters, and one per scheme', async () => {
    const problems = await rejected(
      dataset({
        'organizations.csv': lines(
          'id,kind,name,externalIds',
          'org:e1,ENTERPRISE,A,PIC:12345',
          'org:e2,ENTERPRISE,B,USCC:914403001922038217',
          'org:e3,ENTERPRISE,C,PIC:999993953|PIC:999993954',
          'org:e4,ENTERPRISE,D,999993953',
          'org:e5,ENTERPRISE,E,pic:999993953',
          'org:e6,ENTERPRISE,F,LEI:HWUPKR0MPOU8FGXBT395',
        ),
      }),
    );
    expect(problems).toEqual([
      'organizations.csv:2 column "externalIds": PIC:12345: a PIC is 9 digits',
      'organizations.csv:3 column "externalIds": USCC:914403001922038217: check character is wrong (expected 6)',
      'organizations.csv:4 column "externalIds": two PIC ids; give one per scheme',
      'organizations.csv:5 column "externalIds": "999993953" must be SCHEME:value, e.g. PIC:999993953',
      'organizations.csv:6 column "externalIds": scheme "pic" must be 2-20 capitals, digits or _ (known: PIC, USCC, ROR, LEI, WIKIDATA)',
      'organizations.csv:7 column "externalIds": LEI:HWUPKR0MPOU8FGXBT395: check digits are wrong',
    ]);
  });

  it('refuses an external id given to two entities, in the file or against the database', async () => {
    const inFile = await rejected(
      dataset({ 'organizations.csv': lines('id,kind,name,externalIds', 'org:a,ENTERPRISE,A,PIC:999880001', 'org:b,ENTERPRISE,B,PIC:999880001') }),
    );
    expect(inFile).toEqual([
      'organizations.csv:3 column "externalIds": PIC:999880001 is also given to "org:a" (organizations.csv:2); an external id names one entity',
    ]);

    await importDataset(graph, dataset({ 'organizations.csv': lines('id,kind,name,externalIds', 'org:a,ENTERPRISE,A,PIC:999880001') }));
    const inDb = await rejected(dataset({ 'organizations.csv': lines('id,kind,name,externalIds', 'org:b,ENTERPRISE,B,PIC:999880001') }));
    expect(inDb).toEqual([
      'organizations.csv:2 column "externalIds": PIC:999880001 already belongs to "org:a" in the database; an external id names one entity',
    ]);

    // Moving the id from org:a to org:b in one import is fine: org:a's list is rewritten without it.
    await importDataset(
      graph,
      dataset({ 'organizations.csv': lines('id,kind,name,externalIds', 'org:a,ENTERPRISE,A,PIC:999880009', 'org:b,ENTERPRISE,B,PIC:999880001') }),
    );
    expect(await node('org:b')).toMatchObject({ props: { externalIds: ['PIC:999880001'] } });
  });

  it('rejects repeats that differ, naming both lines and the columns that differ', async () => {
    const problems = await rejected(
      dataset({
        ...INTL,
        'organizations.csv': lines(
          'id,kind,name,externalIds,country',
          'org:p1,UNIVERSITY,Technische Hochschule Nord,PIC:999993953,DE',
          'org:p1,UNIVERSITY,TH Nord,PIC:999993953,AT',
          'org:p2,OTHER,,PIC:999880001,FR',
          'org:p3,ENTERPRISE,Société Lumière,PIC:999880002,FR',
          'org:中国石化（天津）,ENTERPRISE,Sinopec Tianjin,,CN',
        ),
        'undertakes.csv': lines('from,to,role,contribution,currency', 'org:p1,proj:h1,COORDINATOR,1200000,EUR', 'org:p1,proj:h1,PARTICIPANT,1200000,EUR'),
      }),
    );
    expect(problems).toEqual([
      'organizations.csv:3: id "org:p1" repeats line 2 with different name, country; keep one row (identical repeats are merged)',
      'undertakes.csv:3: link from "org:p1" to "proj:h1" repeats line 2 with different role; keep one row (identical repeats are merged)',
    ]);
  });

  it('accepts ids in any script, exactly as written, and refuses spaces, control characters and overlong ids', async () => {
    const long = `ind:${'链'.repeat(197)}`; // 201 characters
    const problems = await rejected(
      dataset({
        'industries.csv': lines(
          'id,name',
          'ind:顺丁橡胶,Butadiene rubber',
          'ind:顺丁 橡胶,Spaced',
          `"ind:顺丁\u200b橡胶",Zero-width space`,
          'IND:橡胶,Upper-case kind',
          '顺丁橡胶,No kind',
          'ind:-橡胶,Starts with punctuation',
          `${long},Too long`,
        ),
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^industries\.csv:3 column "id": must look like kind:name/),
      expect.stringMatching(/^industries\.csv:4 column "id": must look like kind:name/),
      expect.stringMatching(/^industries\.csv:5 column "id": must look like kind:name/),
      expect.stringMatching(/^industries\.csv:6 column "id": must look like kind:name/),
      expect.stringMatching(/^industries\.csv:7 column "id": must look like kind:name/),
      'industries.csv:8 column "id": is longer than 200 characters',
    ]);
    const ok = `ind:${'链'.repeat(196)}`; // 200 characters
    await importDataset(graph, dataset({ 'industries.csv': lines('id,name', 'ind:顺丁橡胶,Butadiene rubber', `${ok},Long`) }));
    expect(await node('ind:顺丁橡胶')).toMatchObject({ props: { name: 'Butadiene rubber' } });
    expect(await node(ok)).toMatchObject({ props: { name: 'Long' } });
    // Exact: the decomposed or differently written id is another id, not found.
    expect(await node('ind:顺丁橡')).toBeUndefined();
  });
});

describe('a database created before external ids', () => {
  it('gets its search index rebuilt with them at start-up, and finds entities imported before', async () => {
    await importDataset(graph, dataset({ 'organizations.csv': lines('id,kind,externalIds', 'org:old,OTHER,PIC:999880077') }));
    const db = graph.session();
    await db.write('admin/drop-index', { name: 'entity_names' });
    await db.write('admin/test/create-old-entity-names');
    const before = (await db.read('admin/fulltext-indexes')).find((r) => r.name === 'entity_names');
    expect(before?.properties).toEqual(['name', 'nameZh', 'aliasText']);
    await applySchema(graph);
    const after = (await db.read('admin/fulltext-indexes')).find((r) => r.name === 'entity_names');
    expect(after?.properties).toEqual(['name', 'nameZh', 'aliasText', 'externalIds', 'label']);
    const hits = await db.read('search', {
      query: '"999880077"',
      labels: null,
      options: {},
      cap: 5,
      offset: 0,
      limit: 5,
      exact: '999880077',
      words: [],
      wordStarts: [],
    });
    expect(hits.map((h) => (h.node as { id: string }).id)).toEqual(['org:old']);
    // A second start changes nothing.
    await applySchema(graph);
    expect((await db.read('admin/fulltext-indexes')).find((r) => r.name === 'entity_names')?.properties).toEqual(after?.properties);
  });
});
