// Analytics for planners: counted figures on a small fixture whose answers are worked out by hand
// below (platform counts, sibling ranks, project shares, betweenness on a drawn graph, partner
// scores), reported figures on the seed graph (Jinzhou's 98 / 65 / third / 69.7% / 92.1% from
// src:a000), and bad arguments, unknown ids and cap breaches as BAD_USER_INPUT errors.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import type { Graph } from '../../src/graph/graph.js';
import { resetDatabase } from '../../src/graph/setup.js';
import { importDataset } from '../../src/import/import-dataset.js';
import { loadSeed } from '../../src/seed/load-seed.js';
import { type App, fails, ok, testApp } from '../helpers/gql.js';
import { freshGraph } from '../helpers/graph.js';

const dirs: string[] = [];
function dataset(files: Record<string, string[]>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-analytics-'));
  dirs.push(dir);
  for (const [name, lines] of Object.entries(files)) writeFileSync(path.join(dir, name), `${lines.join('\n')}\n`);
  return dir;
}

// The fixture. Regions: country X with provinces A, B, C, D (D empty) and a macro-region M (not
// a sibling of provinces: another level); A has cities A1 (with county A1K) and A2.
//
// Collaboration graph in A (o1..o8), drawn:   o1 - o2      o8 (alone)
//                                                \  /
//                                                 o3 - o4 - o5 - o6 - o7
// o1 o2 o3: platform p1 (o1 o2 also project j3); o3 o4: project j1; o4 supplies o5; o5 o6:
// project j2; o6 member of p4, which o7 hosts. Outside A: o9 (B) supplies o1; o10, o12 (C),
// o11 (B), o13 (nowhere).
const FIXTURE = {
  'sources.csv': ['id,title', 'src:fx,Analytics fixture'],
  'regions.csv': [
    'id,name,level',
    'region:x,Xland,COUNTRY',
    'region:x-a,Province A,PROVINCE',
    'region:x-b,Province B,PROVINCE',
    'region:x-c,Province C,PROVINCE',
    'region:x-d,Province D,PROVINCE',
    'region:x-m,Macro M,MACRO_REGION',
    'region:x-a-1,City A1,CITY',
    'region:x-a-2,City A2,CITY',
    'region:x-a-1-k,County A1K,COUNTY',
  ],
  'part_of.csv': [
    'from,to',
    'region:x-a,region:x',
    'region:x-b,region:x',
    'region:x-c,region:x',
    'region:x-d,region:x',
    'region:x-m,region:x',
    'region:x-a-1,region:x-a',
    'region:x-a-2,region:x-a',
    'region:x-a-1-k,region:x-a-1',
  ],
  'industries.csv': ['id,name', 'ind:chips,Chips', 'ind:wafers,Wafers'],
  'upstream_of.csv': ['from,to,product', 'ind:wafers,ind:chips,silicon wafers'],
  'organizations.csv': [
    'id,kind,name,highTech',
    'org:o1,ENTERPRISE,Org 1,true',
    'org:o2,ENTERPRISE,Org 2,true',
    'org:o3,ENTERPRISE,Org 3,false',
    'org:o4,ENTERPRISE,Org 4,',
    'org:o5,ENTERPRISE,Org 5,',
    'org:o6,ENTERPRISE,Org 6,',
    'org:o7,UNIVERSITY,Org 7,',
    'org:o8,ENTERPRISE,Org 8,',
    'org:o9,ENTERPRISE,Org 9,true',
    'org:o10,ENTERPRISE,Org 10,',
    'org:o11,ENTERPRISE,Org 11,',
    'org:o12,ENTERPRISE,Org 12,',
    'org:o13,ENTERPRISE,Org 13,',
  ],
  'platforms.csv': [
    'id,kind,name,level',
    'plat:p1,KEY_LABORATORY,P1,PROVINCIAL',
    'plat:p2,KEY_LABORATORY,P2,PROVINCIAL',
    'plat:p3,KEY_LABORATORY,P3,NATIONAL',
    'plat:p4,INCUBATOR,P4,MUNICIPAL',
    'plat:p5,INCUBATOR,P5,',
    'plat:p6,RD_CENTER,P6,PROVINCIAL',
    'plat:p7,RD_CENTER,P7,MUNICIPAL',
    'plat:p8,ENTERPRISE_TECHNOLOGY_CENTER,P8,DISTRICT',
  ],
  // Years and funding for platformBackedShare; j6 is in USD, j5 has no funding.
  'projects.csv': [
    'id,name,startYear,endYear,funding,currency',
    'proj:j1,J1,2020,2021,1000000,CNY',
    'proj:j2,J2,2021,2021,3000000,CNY',
    'proj:j3,J3,2019,2019,500000,CNY',
    'proj:j4,J4,2021,2022,2000000,CNY',
    'proj:j5,J5,2022,2022,,',
    'proj:j6,J6,2021,2021,100,USD',
    'proj:j7,J7,2021,2021,700000,CNY',
  ],
  'located_in.csv': [
    'from,to',
    'org:o1,region:x-a-1',
    'org:o2,region:x-a-1',
    'org:o3,region:x-a-1-k',
    'org:o4,region:x-a-2',
    'org:o5,region:x-a-1',
    'org:o6,region:x-a-2',
    'org:o7,region:x-a-2',
    'org:o8,region:x-a-1',
    'org:o9,region:x-b',
    'org:o11,region:x-b',
    'org:o10,region:x-c',
    'org:o12,region:x-c',
    'plat:p1,region:x-a-1',
    'plat:p2,region:x-a-1-k',
    'plat:p3,region:x-a-2',
    'plat:p4,region:x-a-1',
    'plat:p5,region:x-a-1', // located twice in A's subtree: still one platform
    'plat:p5,region:x-a-1-k',
    'plat:p6,region:x-b',
    'plat:p7,region:x-b',
    'plat:p8,region:x-c',
    ...['j1', 'j2', 'j3', 'j4', 'j5', 'j6'].map((j) => `proj:${j},region:x-a-1`),
    'proj:j7,region:x-b',
  ],
  'in_industry.csv': ['from,to', 'org:o1,ind:chips', 'org:o5,ind:chips', 'org:o4,ind:wafers', 'org:o6,ind:wafers'],
  'member_of.csv': ['from,to,role', 'org:o1,plat:p1,LEAD', 'org:o2,plat:p1,MEMBER', 'org:o3,plat:p1,MEMBER', 'org:o6,plat:p4,MEMBER'],
  'hosted_by.csv': ['from,to', 'plat:p4,org:o7'],
  'undertakes.csv': [
    'from,to,role',
    'org:o3,proj:j1,LEAD',
    'org:o4,proj:j1,PARTICIPANT',
    'org:o5,proj:j2,LEAD',
    'org:o6,proj:j2,PARTICIPANT',
    'org:o1,proj:j3,LEAD',
    'org:o2,proj:j3,PARTICIPANT',
    'org:o8,proj:j4,LEAD',
    'org:o5,proj:j5,LEAD',
    'org:o4,proj:j6,LEAD',
    'org:o9,proj:j7,LEAD',
  ],
  'supplies.csv': ['from,to', 'org:o4,org:o5', 'org:o9,org:o1'],
  'indicators.jsonl': [
    '{"id":"fig:a-platforms","about":"region:x-a","metric":"platform_count","label":"40 platforms in A","value":40,"unit":"COUNT","year":2021,"source":"src:fx","evidence":"A has 40 platforms"}',
    '{"id":"fig:a1-platforms","about":"region:x-a-1","metric":"platform_count","label":"12 platforms in A1","value":12,"unit":"COUNT","year":2020,"source":"src:fx"}',
    '{"id":"fig:p1-projects","about":"plat:p1","metric":"project_count","label":"3 projects of P1","value":3,"unit":"COUNT","source":"src:fx"}',
    '{"id":"fig:a-rank","about":"region:x-a","metric":"rank_in_province","label":"A ranks second","value":2,"unit":"RANK","source":"src:fx"}',
    '{"id":"fig:b-platforms","about":"region:x-b","metric":"platform_count","label":"9 platforms in B","value":9,"unit":"COUNT","source":"src:fx"}',
  ],
};

let graph: Graph;
let app: App;
beforeAll(async () => {
  graph = await freshGraph();
  app = testApp(graph);
});
afterAll(async () => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  await graph.close();
});

const ids = (nodes: { id: string }[]) => nodes.map((n) => n.id);

describe('on the fixture', () => {
  beforeAll(async () => {
    await importDataset(graph, dataset(FIXTURE));
  });

  describe('platformCounts', () => {
    const Q = `query ($region: ID!, $sub: Boolean) {
      platformCounts(region: $region, includeSubRegionIndicators: $sub) {
        region { id } total byKindAndLevel { kind level count } byKind { kind count } byLevel { level count }
        reported { id value provenance { source { id } evidence } }
      }
    }`;

    it('counts the platforms of the region and its sub-regions by kind and level, each once', async () => {
      const { platformCounts: c } = await ok(app, Q, { region: 'region:x-a' });
      expect(c.total).toBe(5); // p1..p5; p5 is located in A1 and A1K
      expect(c.byKindAndLevel).toEqual([
        { kind: 'INCUBATOR', level: 'MUNICIPAL', count: 1 },
        { kind: 'INCUBATOR', level: null, count: 1 },
        { kind: 'KEY_LABORATORY', level: 'NATIONAL', count: 1 },
        { kind: 'KEY_LABORATORY', level: 'PROVINCIAL', count: 2 },
      ]);
      expect(c.byKind).toEqual([
        { kind: 'INCUBATOR', count: 2 },
        { kind: 'KEY_LABORATORY', count: 3 },
      ]);
      expect(c.byLevel).toEqual([
        { level: 'NATIONAL', count: 1 },
        { level: 'PROVINCIAL', count: 2 },
        { level: 'MUNICIPAL', count: 1 },
        { level: null, count: 1 },
      ]);
      // Reported counts about A only, unless sub-regions are asked for; never the project count.
      expect(c.reported).toEqual([{ id: 'fig:a-platforms', value: 40, provenance: { source: { id: 'src:fx' }, evidence: 'A has 40 platforms' } }]);
      const withSub = await ok(app, Q, { region: 'region:x-a', sub: true });
      expect(ids(withSub.platformCounts.reported)).toEqual(['fig:a1-platforms', 'fig:a-platforms']); // by metric, then year
    });

    it('answers zeros and empty lists for a region without platforms', async () => {
      const { platformCounts: c } = await ok(app, Q, { region: 'region:x-d' });
      expect(c).toEqual({ region: { id: 'region:x-d' }, total: 0, byKindAndLevel: [], byKind: [], byLevel: [], reported: [] });
    });
  });

  describe('regionRank', () => {
    const Q = `query ($region: ID!, $measure: RegionMeasure!) {
      regionRank(region: $region, measure: $measure) {
        rank value siblingCount parent { id } siblings { region { id } value rank } reported { id value }
      }
    }`;
    const rank = async (region: string, measure: string) => (await ok(app, Q, { region, measure })).regionRank;

    it('ranks a region among the regions of its level under the same parent', async () => {
      const r = await rank('region:x-b', 'PLATFORMS');
      expect(r).toMatchObject({ rank: 2, value: 2, siblingCount: 4, parent: { id: 'region:x' }, reported: [] });
      expect(r.siblings).toEqual([
        { region: { id: 'region:x-a' }, value: 5, rank: 1 },
        { region: { id: 'region:x-b' }, value: 2, rank: 2 },
        { region: { id: 'region:x-c' }, value: 1, rank: 3 },
        { region: { id: 'region:x-d' }, value: 0, rank: 4 },
      ]); // the macro-region M shares the parent but not the level
    });

    it('counts each measure over the region and its sub-regions; ties share a rank', async () => {
      const values = async (measure: string) => (await rank('region:x-a', measure)).siblings.map((s: { value: number }) => s.value);
      expect(await values('PROVINCIAL_PLATFORMS')).toEqual([3, 1, 0, 0]); // A: p1 p2 (provincial) p3 (national); B: p6
      expect(await values('ORGANIZATIONS')).toEqual([8, 2, 2, 0]);
      expect(await values('ENTERPRISES')).toEqual([7, 2, 2, 0]); // o7 is a university
      expect(await values('HIGH_TECH_ENTERPRISES')).toEqual([2, 1, 0, 0]);
      expect(await values('PROJECTS')).toEqual([6, 1, 0, 0]);
      const c = await rank('region:x-c', 'ORGANIZATIONS');
      expect(c).toMatchObject({ rank: 2, value: 2 });
      expect(c.siblings.map((s: { rank: number }) => s.rank)).toEqual([1, 2, 2, 4]);
    });

    it('sets reported ranks beside the counted one, and ranks a root region alone', async () => {
      expect((await rank('region:x-a', 'PLATFORMS')).reported).toEqual([{ id: 'fig:a-rank', value: 2 }]);
      expect(await rank('region:x', 'PLATFORMS')).toMatchObject({ rank: 1, value: 8, siblingCount: 1, parent: null });
    });
  });

  describe('regionIndicators', () => {
    const Q = `query ($region: ID!, $sub: Boolean, $metric: String) {
      regionIndicators(region: $region, includeSubRegions: $sub, metric: $metric) { id metric year about { id } provenance { source { id } } }
    }`;

    it('lists figures about the region, its sub-regions and what is located in them, by metric and year', async () => {
      const { regionIndicators } = await ok(app, Q, { region: 'region:x-a' });
      expect(ids(regionIndicators)).toEqual(['fig:a1-platforms', 'fig:a-platforms', 'fig:p1-projects', 'fig:a-rank']);
      expect(regionIndicators[2]).toEqual({
        id: 'fig:p1-projects',
        metric: 'project_count',
        year: null,
        about: { id: 'plat:p1' },
        provenance: { source: { id: 'src:fx' } },
      });
    });

    it('keeps to the region itself, or to one metric, when asked', async () => {
      expect(ids((await ok(app, Q, { region: 'region:x-a', sub: false })).regionIndicators)).toEqual(['fig:a-platforms', 'fig:a-rank']);
      expect(ids((await ok(app, Q, { region: 'region:x', metric: 'platform_count' })).regionIndicators)).toEqual([
        'fig:a1-platforms',
        'fig:a-platforms',
        'fig:b-platforms',
      ]);
      expect((await ok(app, Q, { region: 'region:x-d' })).regionIndicators).toEqual([]);
    });

    it('rejects a metric that is not a metric key', async () => {
      const e = await fails(app, Q, { region: 'region:x', metric: 'Platform Count' });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.message).toMatch(/^metric must be a snake_case metric key/);
    });
  });

  describe('platformBackedShare', () => {
    const Q = `query ($region: ID, $from: Int, $to: Int) {
      platformBackedShare(region: $region, fromYear: $from, toYear: $to) {
        region { id } fromYear toYear projects platformBackedProjects projectShare funding platformBackedFunding fundingShare
        projectsWithFunding otherCurrencyProjects reported { id }
      }
    }`;

    it('counts projects of the region running in the years, and those with a platform-backed undertaker', async () => {
      // 2020-2021 in A: j1 (o3, member of p1), j2 (o6, member of p4), j4 (o8, no platform), j6 (o4, USD).
      const { platformBackedShare: s } = await ok(app, Q, { region: 'region:x-a', from: 2020, to: 2021 });
      expect(s).toEqual({
        region: { id: 'region:x-a' },
        fromYear: 2020,
        toYear: 2021,
        projects: 4,
        platformBackedProjects: 2,
        projectShare: 50,
        funding: 6_000_000,
        platformBackedFunding: 4_000_000,
        fundingShare: (100 * 4) / 6,
        projectsWithFunding: 3,
        otherCurrencyProjects: 1,
        reported: [],
      });
    });

    it('counts every project when no region and no years are given', async () => {
      // j1..j7; backed: j1 j2 j3; CNY funding: 1M + 3M + 0.5M + 2M + 0.7M, backed 4.5M.
      const { platformBackedShare: s } = await ok(app, Q, {});
      expect(s).toMatchObject({ region: null, projects: 7, platformBackedProjects: 3, funding: 7_200_000, platformBackedFunding: 4_500_000 });
      expect(s.projectShare).toBeCloseTo((100 * 3) / 7, 10);
      expect(s.fundingShare).toBeCloseTo(62.5, 10);
    });

    it('answers null shares when there is nothing to share', async () => {
      const { platformBackedShare: s } = await ok(app, Q, { region: 'region:x-d' });
      expect(s).toMatchObject({ projects: 0, projectShare: null, funding: 0, fundingShare: null });
    });

    it('rejects years out of range or in the wrong order, naming the argument', async () => {
      const e1 = await fails(app, Q, { from: 2022, to: 2020 });
      expect(e1.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e1.message).toBe('fromYear (2022) must not be after toYear (2020)');
      const e2 = await fails(app, Q, { from: 1700 });
      expect(e2.message).toBe('fromYear must be between 1800 and 2200, got 1700');
    });
  });

  describe('topConnectors', () => {
    const Q = `query ($region: ID, $first: Int, $measure: ConnectorMeasure) {
      topConnectors(region: $region, first: $first, measure: $measure) {
        organization { id } rank collaborators betweenness method platforms projects
      }
    }`;
    const top = async (vars: Record<string, unknown>) => (await ok(app, Q, vars)).topConnectors as Record<string, any>[];

    it('ranks by distinct collaborators in scope; ties share a rank and are ordered by id', async () => {
      const rows = await top({ region: 'region:x-a', first: 8 });
      expect(rows.map((r) => [r.organization.id, r.rank, r.collaborators])).toEqual([
        ['org:o3', 1, 3],
        ['org:o1', 2, 2], // o2 o3 (o9 supplies it but is outside A)
        ['org:o2', 2, 2],
        ['org:o4', 2, 2],
        ['org:o5', 2, 2],
        ['org:o6', 2, 2],
        ['org:o7', 7, 1],
        ['org:o8', 8, 0],
      ]);
      expect(rows.find((r) => r.organization.id === 'org:o1')).toMatchObject({ platforms: 1, projects: 1, method: 'exact' });
      expect(rows.find((r) => r.organization.id === 'org:o7')).toMatchObject({ platforms: 1, projects: 0 }); // hosts p4
    });

    it('computes exact betweenness on the drawn graph', async () => {
      // n = 8, normalized by 7·6/2 = 21 pairs. o4 lies on every path between {o1 o2 o3} and
      // {o5 o6 o7}: 9 pairs; o3 between {o1 o2} and {o4..o7}: 8; o5: 4·2 = 8; o6: 5.
      const rows = await top({ region: 'region:x-a', measure: 'BETWEENNESS', first: 5 });
      expect(rows.map((r) => [r.organization.id, r.rank])).toEqual([
        ['org:o4', 1],
        ['org:o3', 2],
        ['org:o5', 2],
        ['org:o6', 4],
        ['org:o1', 5],
      ]);
      const bc = Object.fromEntries(rows.map((r) => [r.organization.id, r.betweenness]));
      expect(bc['org:o4']).toBeCloseTo(9 / 21, 12);
      expect(bc['org:o3']).toBeCloseTo(8 / 21, 12);
      expect(bc['org:o6']).toBeCloseTo(5 / 21, 12);
      expect(bc['org:o1']).toBe(0);
    });

    it('takes every organization when no region is given', async () => {
      // n = 13 (o1..o13), 12·11/2 = 66 pairs; o9 - o1 joins the drawn graph: o3 and o4 now
      // both carry 12 pairs, o5 10, o1 and o6 6 each.
      const rows = await top({ measure: 'BETWEENNESS', first: 5 });
      expect(rows.map((r) => [r.organization.id, r.rank, r.betweenness])).toEqual([
        ['org:o3', 1, expect.closeTo(12 / 66, 12)],
        ['org:o4', 1, expect.closeTo(12 / 66, 12)],
        ['org:o5', 3, expect.closeTo(10 / 66, 12)],
        ['org:o1', 4, expect.closeTo(6 / 66, 12)],
        ['org:o6', 4, expect.closeTo(6 / 66, 12)],
      ]);
    });

    it('answers an empty list for a region without organizations', async () => {
      expect(await top({ region: 'region:x-d' })).toEqual([]);
    });

    it('rejects first outside 1..100', async () => {
      for (const first of [0, 101]) {
        const e = await fails(app, Q, { first });
        expect(e.extensions?.code).toBe('BAD_USER_INPUT');
        expect(e.message).toBe(`first must be between 1 and 100, got ${first}`);
      }
    });
  });

  describe('partnerSuggestions', () => {
    const Q = `query ($id: ID!, $first: Int) {
      partnerSuggestions(id: $id, first: $first) {
        organization { id } score
        reasons { kind industry { id } upstream { id } downstream { id } product partners { id } count region { id } }
      }
    }`;
    const none = { industry: null, upstream: null, downstream: null, product: null, partners: null, count: null, region: null };

    it('scores organizations not yet linked, with their reasons', async () => {
      // o1's partners (o2, o3, o9) are left out. o4: common partner o3 (3) + wafers -> chips (1);
      // o5: chips (2) + City A1 (1); o6: wafers -> chips (1); o8: City A1 (1).
      const { partnerSuggestions } = await ok(app, Q, { id: 'org:o1' });
      expect(partnerSuggestions).toEqual([
        {
          organization: { id: 'org:o4' },
          score: 4,
          reasons: [
            { ...none, kind: 'COMMON_PARTNERS', partners: [{ id: 'org:o3' }], count: 1 },
            { ...none, kind: 'CHAIN_ADJACENT', upstream: { id: 'ind:wafers' }, downstream: { id: 'ind:chips' }, product: 'silicon wafers' },
          ],
        },
        {
          organization: { id: 'org:o5' },
          score: 3,
          reasons: [
            { ...none, kind: 'SHARED_INDUSTRY', industry: { id: 'ind:chips' } },
            { ...none, kind: 'SAME_REGION', region: { id: 'region:x-a-1' } },
          ],
        },
        {
          organization: { id: 'org:o6' },
          score: 1,
          reasons: [{ ...none, kind: 'CHAIN_ADJACENT', upstream: { id: 'ind:wafers' }, downstream: { id: 'ind:chips' }, product: 'silicon wafers' }],
        },
        { organization: { id: 'org:o8' }, score: 1, reasons: [{ ...none, kind: 'SAME_REGION', region: { id: 'region:x-a-1' } }] },
      ]);
      expect(ids((await ok(app, Q, { id: 'org:o1', first: 2 })).partnerSuggestions.map((s: { organization: { id: string } }) => s.organization))).toEqual([
        'org:o4',
        'org:o5',
      ]);
    });

    it('answers an empty list for an organization with no partner, industry or region', async () => {
      expect((await ok(app, Q, { id: 'org:o13' })).partnerSuggestions).toEqual([]);
    });

    it('rejects first outside 1..50', async () => {
      const e = await fails(app, Q, { id: 'org:o1', first: 51 });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.message).toBe('first must be between 1 and 50, got 51');
    });
  });

  describe('ids', () => {
    const cases: [string, string, Record<string, unknown>, RegExp][] = [
      [
        'platformCounts',
        'query ($id: ID!) { platformCounts(region: $id) { total } }',
        { id: 'region:nowhere' },
        /^region: no region has id "region:nowhere"; regions\(level:, parent:\) lists region ids/,
      ],
      [
        'regionRank',
        'query ($id: ID!) { regionRank(region: $id, measure: PLATFORMS) { rank } }',
        { id: 'org:o1' },
        /^region: "org:o1" is an Organization, not a Region$/,
      ],
      ['regionIndicators', 'query ($id: ID!) { regionIndicators(region: $id) { id } }', { id: 'plat:p1' }, /^region: "plat:p1" is a Platform, not a Region$/],
      ['platformBackedShare', 'query ($id: ID) { platformBackedShare(region: $id) { projects } }', { id: 'region:nowhere' }, /"region:nowhere"/],
      ['topConnectors', 'query ($id: ID) { topConnectors(region: $id) { rank } }', { id: 'region:nowhere' }, /"region:nowhere"/],
      [
        'partnerSuggestions',
        'query ($id: ID!) { partnerSuggestions(id: $id) { score } }',
        { id: 'region:x' },
        /^id: "region:x" is a Region, not an Organization$/,
      ],
      [
        'partnerSuggestions',
        'query ($id: ID!) { partnerSuggestions(id: $id) { score } }',
        { id: 'org:nope' },
        /^id: no organization has id "org:nope"; search\(text:, kinds: \[ORGANIZATION\]\)/,
      ],
    ];
    it.each(cases)('%s: an unknown or wrong-kind id is a BAD_USER_INPUT error naming it', async (_, query, variables, message) => {
      const e = await fails(app, query, variables);
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.message).toMatch(message);
    });
  });
});

describe('on the seed graph (reported figures with their source)', () => {
  beforeAll(async () => {
    await resetDatabase(graph);
    await loadSeed(graph, PROJECT_ROOT);
  });
  const jinzhou = { region: 'region:cn-liaoning-jinzhou' };
  const byId = (list: { id: string }[], id: string) => list.find((i) => i.id === id);

  it("sets Jinzhou's reported 98 and 65 platforms beside the one platform the graph holds", async () => {
    const { platformCounts: c } = await ok(
      app,
      `query ($region: ID!) { platformCounts(region: $region) {
        total byKindAndLevel { kind level count }
        reported { id metric value unit level platformKind provenance { source { id } evidence } }
      } }`,
      jinzhou,
    );
    expect(c.total).toBe(1);
    expect(c.byKindAndLevel).toEqual([{ kind: 'INDUSTRIAL_TECHNOLOGY_INNOVATION_CENTER', level: 'PROVINCIAL', count: 1 }]);
    expect(byId(c.reported, 'fig:a000-platform-count')).toMatchObject({
      metric: 'platform_count',
      value: 98,
      unit: 'COUNT',
      provenance: { source: { id: 'src:a000' } },
    });
    expect(byId(c.reported, 'fig:a000-provincial-platform-count')).toMatchObject({
      metric: 'provincial_platform_count',
      value: 65,
      level: 'PROVINCIAL',
      provenance: { source: { id: 'src:a000' }, evidence: expect.stringContaining('65 provincial-level') },
    });
    expect(c.reported.every((i: { metric: string }) => /platform_count$/.test(i.metric))).toBe(true);
  });

  it('sets the reported third place beside the counted rank', async () => {
    const { regionRank: r } = await ok(
      app,
      `query ($region: ID!) { regionRank(region: $region, measure: PROVINCIAL_PLATFORMS) {
        rank value siblingCount reported { id metric value unit level provenance { source { id } } }
      } }`,
      jinzhou,
    );
    expect(r).toMatchObject({ rank: 1, value: 1, siblingCount: 1 }); // the graph knows no other city of Liaoning
    expect(byId(r.reported, 'fig:a000-provincial-platform-rank')).toEqual({
      id: 'fig:a000-provincial-platform-rank',
      metric: 'rank_in_province',
      value: 3,
      unit: 'RANK',
      level: 'PROVINCIAL',
      provenance: { source: { id: 'src:a000' } },
    });
    expect(r.reported.every((i: { unit: string }) => i.unit === 'RANK')).toBe(true);
  });

  it('sets the reported 69.7% and 92.1% beside the counted shares', async () => {
    const { platformBackedShare: s } = await ok(
      app,
      `query ($region: ID!) { platformBackedShare(region: $region) {
        projects platformBackedProjects projectShare reported { id metric value unit provenance { source { id } } }
      } }`,
      jinzhou,
    );
    // One project is enumerated (Shengong's wafer project) and Shengong is a platform member.
    expect(s).toMatchObject({ projects: 1, platformBackedProjects: 1, projectShare: 100 });
    expect(s.reported).toEqual([
      { id: 'fig:a000-share-of-funding', metric: 'share_of_funding', value: 92.1, unit: 'PERCENT', provenance: { source: { id: 'src:a000' } } },
      { id: 'fig:a000-share-of-projects', metric: 'share_of_projects', value: 69.7, unit: 'PERCENT', provenance: { source: { id: 'src:a000' } } },
    ]);
  });

  it('lists every figure about Jinzhou, including the one about its provincial technical center', async () => {
    const { regionIndicators } = await ok(app, 'query ($region: ID!) { regionIndicators(region: $region) { id provenance { source { id } } } }', jinzhou);
    expect(regionIndicators).toHaveLength(19); // the 19 figures of article 000
    expect(regionIndicators.every((i: { provenance: { source: { id: string } } }) => i.provenance.source.id === 'src:a000')).toBe(true);
    expect(ids(regionIndicators)).toContain('fig:a000-major-provincial-project-count');
  });
});

describe('scale', () => {
  const Q = 'query ($region: ID) { topConnectors(region: $region, measure: BETWEENNESS, first: 3) { rank collaborators betweenness method } }';

  it('ranks a scope with more than 200,000 linked pairs, which the first topConnectors refused', async () => {
    // One platform with 700 members: 700·699/2 = 244,650 pairs; each member lies on no shortest
    // path between two others, so every betweenness is 0 and all share rank 1.
    await resetDatabase(graph);
    const orgs = Array.from({ length: 700 }, (_, i) => `org:m${i}`);
    await importDataset(
      graph,
      dataset({
        'regions.csv': ['id,name,level', 'region:big,Big,PROVINCE'],
        'organizations.csv': ['id,kind,name', ...orgs.map((o) => `${o},ENTERPRISE,${o}`)],
        'platforms.csv': ['id,kind,name', 'plat:huge,INNOVATION_CONSORTIUM,Huge'],
        'located_in.csv': ['from,to', ...orgs.map((o) => `${o},region:big`)],
        'member_of.csv': ['from,to,role', ...orgs.map((o) => `${o},plat:huge,MEMBER`)],
      }),
    );
    const { topConnectors } = await ok(app, Q, { region: 'region:big' });
    expect(topConnectors).toEqual(Array.from({ length: 3 }, () => ({ rank: 1, collaborators: 699, betweenness: 0, method: expect.any(String) })));
  });

  it('ranks more than 20,000 organizations, which the first topConnectors refused', async () => {
    await resetDatabase(graph);
    await importDataset(graph, dataset({ 'organizations.csv': ['id,kind,name', ...Array.from({ length: 20_001 }, (_, i) => `org:n${i},ENTERPRISE,N${i}`)] }));
    const { topConnectors } = await ok(app, Q, {});
    expect(topConnectors).toHaveLength(3);
    expect(topConnectors[0]).toMatchObject({ rank: 1, collaborators: 0, betweenness: 0 });
  });
});
