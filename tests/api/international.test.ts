import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/graph.js';
import { type App, fails, ok, testApp } from '../helpers/gql.js';
import { freshGraph, importFiles } from '../helpers/graph.js';
import { INTL, lines } from '../helpers/intl-dataset.js';

// Beside the extract: registry-only organizations with nothing but a PIC, and one whose name
// holds the word a user searches for.
const NAMELESS = Array.from({ length: 30 }, (_, i) => `org:reg${i},OTHER,,,PIC:${999_770_000 + i},FR,src:fp`);
const FILES: Record<string, string> = {
  ...INTL,
  'organizations.csv': `${INTL['organizations.csv']}${lines(...NAMELESS, 'org:named,OTHER,Nordic Research Organization,,,SE,src:fp')}`,
};

let graph: Graph;
let app: App;
beforeAll(async () => {
  graph = await freshGraph();
  await importFiles(graph, FILES);
  app = testApp(graph);
});
afterAll(async () => {
  await graph.close();
});

const rowsOf = (file: string) => parse(FILES[file]!, { columns: true, skip_empty_lines: true }) as Record<string, string>[];

describe('lookup by external id', () => {
  const Q = `query($org: ExternalIdInput, $proj: ExternalIdInput) {
    organization(externalId: $org) { id displayName }
    project(externalId: $proj) { id }
  }`;

  it('finds organizations and projects by any of their registry ids, in the scheme normal form', async () => {
    for (const [scheme, value, id] of [
      ['PIC', '999993953', 'org:p1'],
      ['ROR', 'https://ror.org/02MHBDP94', 'org:p1'],
      ['USCC', '91330100716105852f', 'org:中国石化（天津）'],
      ['PIC', '999770007', 'org:reg7'],
    ]) {
      const data = await ok(app, Q, { org: { scheme, value }, proj: { scheme: 'GRANT', value: '101000001' } });
      expect(data.organization?.id, `${scheme}:${value}`).toBe(id);
      expect(data.project).toEqual({ id: 'proj:h1' });
    }
    const none = await ok(
      app,
      `{ organization(externalId: {scheme: "PIC", value: "999000000"}) { id } entityByExternalId(externalId: {scheme: "GRANT", value: "101000001"}) { __typename id } }`,
    );
    expect(none).toEqual({ organization: null, entityByExternalId: { __typename: 'Project', id: 'proj:h1' } });
  });

  it('says what is wrong with a malformed id, a wrong kind, or both or neither of id and externalId', async () => {
    expect((await fails(app, `{ organization(externalId: {scheme: "PIC", value: "12"}) { id } }`)).message).toBe('externalId: PIC:12: a PIC is 9 digits');
    expect((await fails(app, `{ organization(externalId: {scheme: "GRANT", value: "101000001"}) { id } }`)).message).toBe(
      'GRANT:101000001 belongs to proj:h1, a Project, not a Organization; use entityByExternalId',
    );
    for (const args of ['id: "org:p1", externalId: {scheme: "PIC", value: "999993953"}', '']) {
      const e = await fails(app, `{ organization${args ? `(${args})` : ''} { id } }`);
      expect(e).toMatchObject({ message: 'give exactly one of id and externalId', extensions: { code: 'BAD_USER_INPUT' } });
    }
  });
});

describe('names, display labels and search', () => {
  it('shows a nameless organization by its Chinese name or its first external id, never stored as a name', async () => {
    const data = await ok(
      app,
      `{ a: organization(id: "org:p2") { name displayName kind country externalIds { scheme value } }
         b: organization(id: "org:中国石化（天津）") { name displayName }
         c: organization(id: "org:p1") { name displayName externalIds { scheme value } } }`,
    );
    expect(data).toEqual({
      a: { name: null, displayName: 'PIC 999880001', kind: 'OTHER', country: 'FR', externalIds: [{ scheme: 'PIC', value: '999880001' }] },
      b: { name: null, displayName: '中国石化（天津）有限公司' },
      c: {
        name: 'Technische Hochschule Nord',
        displayName: 'Technische Hochschule Nord',
        externalIds: [
          { scheme: 'PIC', value: '999993953' },
          { scheme: 'ROR', value: '02mhbdp94' },
        ],
      },
    });
  });

  it('finds entities by external id, and nameless ones never crowd a search for words', async () => {
    const byPic = await ok(app, `{ search(text: "999880001") { entity { id displayName } } }`);
    expect(byPic.search).toEqual([{ entity: { id: 'org:p2', displayName: 'PIC 999880001' } }]);
    const byUscc = await ok(app, `{ search(text: "91330100716105852F") { entity { id } } }`);
    expect(byUscc.search.map((h: any) => h.entity.id)).toEqual(['org:中国石化（天津）']);
    // 31 organizations of kind OTHER, 30 without a name: a search for a word finds the named one only.
    const words = await ok(app, `{ search(text: "organization", first: 100) { entity { id name } } }`);
    expect(words.search).toEqual([{ entity: { id: 'org:named', name: 'Nordic Research Organization' } }]);
  });
});

describe('money per currency', () => {
  it('shows every amount with its currency: project funding, contributions, fundings, indicators', async () => {
    const data = await ok(
      app,
      `{ h1: project(id: "proj:h1") { level funding { amount currency } participants { role organization { id } contribution { amount currency } } }
         c1: project(id: "proj:c1") { funding { amount currency } funders { amount { amount currency } funder { id } } }
         fig: indicator(id: "fig:fp-budget") { unit value money { amount currency } }
         prog: programme(id: "prog:fp") { participants { role contribution { amount currency } participant { id } } } }`,
    );
    expect(data.h1.level).toBe('INTERNATIONAL');
    expect(data.h1.funding).toEqual({ amount: 2_500_000, currency: 'EUR' });
    const byOrg = Object.fromEntries(data.h1.participants.map((p: any) => [p.organization.id, [p.role, p.contribution]]));
    expect(byOrg).toEqual({
      'org:p1': ['COORDINATOR', { amount: 1_200_000, currency: 'EUR' }],
      'org:p2': ['PARTICIPANT', { amount: 800_000, currency: 'EUR' }],
      'org:p3': ['THIRD_PARTY', null],
    });
    expect(data.c1).toEqual({
      funding: { amount: 8_000_000, currency: 'CNY' },
      funders: [{ amount: { amount: 3_000_000, currency: 'CNY' }, funder: { id: 'org:中国石化（天津）' } }],
    });
    expect(data.fig).toEqual({ unit: 'MONEY', value: 95_500_000_000, money: { amount: 95_500_000_000, currency: 'EUR' } });
    expect(data.prog.participants).toEqual(
      expect.arrayContaining([{ role: 'COORDINATOR', contribution: { amount: 1_200_000, currency: 'EUR' }, participant: { id: 'org:p1' } }]),
    );
  });

  it('sums funding per currency in platformBackedShare, equal to a sum over the files, and never drops one', async () => {
    // Independent computation: every undertaken project's funding by currency; backed when an
    // undertaker hosts a platform (hosted_by.csv) or is a member of one (none here).
    const hosts = new Set(rowsOf('hosted_by.csv').map((r) => r.to));
    const undertakers = new Map<string, string[]>();
    for (const r of rowsOf('undertakes.csv')) undertakers.set(r.to!, [...(undertakers.get(r.to!) ?? []), r.from!]);
    const expected = new Map<string, { projects: number; funding: number; backed: number }>();
    for (const p of rowsOf('projects.csv')) {
      if (!undertakers.has(p.id!) || !p.funding) continue;
      const e = expected.get(p.currency!) ?? { projects: 0, funding: 0, backed: 0 };
      e.projects += 1;
      e.funding += Number(p.funding);
      if (undertakers.get(p.id!)!.some((o) => hosts.has(o))) e.backed += Number(p.funding);
      expected.set(p.currency!, e);
    }
    expect([...expected.keys()].sort()).toEqual(['CNY', 'EUR']);

    const { platformBackedShare: s } = await ok(
      app,
      `{ platformBackedShare { projects fundingByCurrency { currency projects funding { amount currency } platformBackedFunding { amount currency } share }
           funding otherCurrencyProjects } }`,
    );
    expect(s.fundingByCurrency).toEqual(
      [...expected.entries()]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([currency, e]) => ({
          currency,
          projects: e.projects,
          funding: { amount: e.funding, currency },
          platformBackedFunding: { amount: e.backed, currency },
          share: (100 * e.backed) / e.funding,
        })),
    );
    // The deprecated CNY-only fields read the CNY entry; the EUR project is counted there, not lost.
    expect(s).toMatchObject({ projects: 2, funding: 8_000_000, otherCurrencyProjects: 1 });

    const eu = await ok(app, `{ platformBackedShare(region: "region:eu") { fundingByCurrency { currency projects } } }`);
    expect(eu.platformBackedShare.fundingByCurrency).toEqual([{ currency: 'EUR', projects: 1 }]);
  });

  it('filters projects by funding only within one currency', async () => {
    const eur = await ok(app, `{ projects(filter: {fundingCurrency: "EUR", fundingMin: 1000000}) { nodes { id } } }`);
    expect(eur.projects.nodes).toEqual([{ id: 'proj:h1' }]);
    expect((await fails(app, `{ projects(filter: {fundingMin: 1000000}) { nodes { id } } }`)).message).toMatch(
      /^fundingMin and fundingMax compare amounts in one currency/,
    );
    expect((await fails(app, `{ projects(filter: {fundingCurrency: "EURO"}) { nodes { id } } }`)).message).toBe(
      'filter.fundingCurrency must be an ISO 4217 code such as EUR, CNY or USD, got "EURO"',
    );
  });
});

describe('countries and country groups', () => {
  it('holds countries under a country group, with their codes, and filters organizations by country', async () => {
    const data = await ok(
      app,
      `{ region(id: "region:de") { level country parent { id level children { id country } } }
         organizations(filter: {countries: ["FR"]}, first: 100) { totalCount nodes { id country } } }`,
    );
    expect(data.region).toEqual({
      level: 'COUNTRY',
      country: 'DE',
      parent: {
        id: 'region:eu',
        level: 'COUNTRY_GROUP',
        children: [
          { id: 'region:fr', country: 'FR' },
          { id: 'region:de', country: 'DE' },
        ],
      },
    });
    const french = rowsOf('organizations.csv').filter((r) => r.country === 'FR');
    expect(data.organizations.totalCount).toBe(new Set(french.map((r) => r.id)).size);
    expect(data.organizations.nodes.every((n: any) => n.country === 'FR')).toBe(true);
    expect((await fails(app, `{ organizations(filter: {countries: ["France"]}) { totalCount } }`)).message).toBe(
      'filter.countries: "France" is not an ISO 3166-1 alpha-2 country code (e.g. CN, DE, FR)',
    );
  });
});

describe('Chinese ids', () => {
  it('are looked up exactly and page through cursors', async () => {
    const data = await ok(app, `{ a: industry(id: "ind:顺丁橡胶") { id name } b: entity(id: "ind:顺丁") { id } }`);
    expect(data).toEqual({ a: { id: 'ind:顺丁橡胶', name: 'Butadiene rubber' }, b: null });
    // Walk the organization list one at a time: every id comes back once, the Chinese one included.
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const page: any = await ok(app, `query($after: String) { organizations(first: 7, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }`, {
        after,
      });
      seen.push(...page.organizations.nodes.map((n: any) => n.id));
      if (!page.organizations.pageInfo.hasNextPage) break;
      after = page.organizations.pageInfo.endCursor;
    }
    expect(seen.sort()).toEqual([...new Set(rowsOf('organizations.csv').map((r) => r.id))].sort());
  });
});

describe('mutations of the international model', () => {
  const CREATE = `mutation($input: OrganizationInput!) { createOrganization(input: $input, provenance: {source: "src:fp"}) { id name displayName country externalIds { scheme value } } }`;

  it('creates a nameless organization from its registry id, and refuses one with neither name nor id', async () => {
    const data = await ok(app, CREATE, {
      input: { id: 'org:新材料', kind: 'OTHER', country: 'CN', externalIds: [{ scheme: 'USCC', value: '914403001922038216' }] },
    });
    expect(data.createOrganization).toEqual({
      id: 'org:新材料',
      name: null,
      displayName: 'USCC 914403001922038216',
      country: 'CN',
      externalIds: [{ scheme: 'USCC', value: '914403001922038216' }],
    });
    const found = await ok(app, `{ organization(externalId: {scheme: "USCC", value: "914403001922038216"}) { id } }`);
    expect(found.organization).toEqual({ id: 'org:新材料' });
    const e = await fails(app, CREATE, { input: { id: 'org:anon', kind: 'OTHER' } });
    expect(e).toMatchObject({ message: 'input.name: is required unless nameZh or externalIds is given', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses a taken external id, a bad country, an amount without its currency, and writes nothing', async () => {
    const taken = await fails(app, CREATE, { input: { id: 'org:copy', kind: 'OTHER', externalIds: [{ scheme: 'PIC', value: '999993953' }] } });
    expect(taken.message).toBe(
      'input.externalIds: PIC:999993953 already belongs to "org:p1"; an external id names one entity (merge the two with mergeEntities)',
    );
    const country = await fails(app, CREATE, { input: { id: 'org:copy', kind: 'OTHER', name: 'Copy', country: 'XX' } });
    expect(country.message).toBe('input.country: must be an ISO 3166-1 alpha-2 country code such as CN, DE or FR, got "XX"');
    const project = await fails(app, `mutation { createProject(input: {id: "proj:x", name: "X", funding: 100}, provenance: {source: "src:fp"}) { id } }`);
    expect(project.message).toBe('input.currency: is required with an amount (an ISO 4217 code such as EUR or CNY)');
    const link = await fails(
      app,
      `mutation { link(kind: UNDERTAKES, from: "org:p2", to: "proj:c1", properties: {role: "PARTNER", contribution: 5}, provenance: {source: "src:fp"}) { created } }`,
    );
    expect(link.message).toBe('properties.currency: is required with an amount (an ISO 4217 code such as EUR or CNY)');
    const after = await ok(
      app,
      `{ a: entity(id: "org:copy") { id } b: entity(id: "proj:x") { id } c: organization(id: "org:p2") { projects { project { id } } } }`,
    );
    expect(after).toEqual({ a: null, b: null, c: { projects: [{ project: { id: 'proj:h1' } }] } });
  });

  it('merges a nameless registry entry into a named one: the name and both external ids stay findable', async () => {
    await ok(app, CREATE, {
      input: { id: 'org:lumiere-dup', kind: 'ENTERPRISE', name: 'Lumière SA', externalIds: [{ scheme: 'LEI', value: 'HWUPKR0MPOU8FGXBT394' }] },
    });
    const merged = await ok(app, `mutation { mergeEntities(keep: "org:reg3", drop: "org:lumiere-dup") { propertiesFilled entity { id name displayName } } }`);
    expect(merged.mergeEntities).toEqual({
      propertiesFilled: ['name', 'externalIds'],
      entity: { id: 'org:reg3', name: 'Lumière SA', displayName: 'Lumière SA' },
    });
    for (const [scheme, value] of [
      ['PIC', '999770003'],
      ['LEI', 'HWUPKR0MPOU8FGXBT394'],
    ]) {
      const r = await ok(app, `query($e: ExternalIdInput!) { entityByExternalId(externalId: $e) { id } }`, { e: { scheme, value } });
      expect(r.entityByExternalId, scheme).toEqual({ id: 'org:reg3' });
    }
  });
});
