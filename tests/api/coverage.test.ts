// Coverage on the seed graph: every computed figure beside a reported one says how much of the
// reported population the graph holds. Expected counts are recomputed here from seeds/*.jsonl
// (region subtree by PART_OF, platforms by LOCATED_IN, projects by UNDERTAKES), not read from the API.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { ok, useSeededApp } from '../helpers/gql.js';

const rows = (file: string) =>
  readFileSync(path.join(PROJECT_ROOT, 'seeds', file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, any>);

const JINZHOU = 'region:cn-liaoning-jinzhou';
const fixture = useSeededApp();

/** The region and every region whose PART_OF chain reaches it. */
function subtree(root: string): Set<string> {
  const partOf = rows('part_of.jsonl');
  const inside = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const e of partOf)
      if (inside.has(e.to) && !inside.has(e.from)) {
        inside.add(e.from);
        grew = true;
      }
  }
  return inside;
}

function locatedIn(region: string): Set<string> {
  const inside = subtree(region);
  return new Set(
    rows('located_in.jsonl')
      .filter((e) => inside.has(e.to))
      .map((e) => e.from as string),
  );
}

describe('coverage beside reported figures (seed graph)', () => {
  it('platformCounts says how many of the reported platforms of each kind and level the graph holds', async () => {
    const { platformCounts } = await ok(
      fixture.app(),
      `{ platformCounts(region: "${JINZHOU}") { coverage { indicator { id } inGraph reported percent level note } } }`,
    );
    const here = locatedIn(JINZHOU);
    const platforms = rows('platforms.jsonl').filter((p) => here.has(p.id));
    const expected = rows('indicators.jsonl')
      .filter((i) => i.about === JINZHOU && i.unit === 'COUNT' && ['platform_count', 'provincial_platform_count'].includes(i.metric))
      .map((i) => ({
        id: i.id,
        reported: i.value,
        inGraph: platforms.filter((p) => (!i.platformKind || p.kind === i.platformKind) && (!i.level || p.level === i.level)).length,
      }));
    expect(expected.length).toBeGreaterThanOrEqual(3);
    const got = platformCounts.coverage.map((c: any) => ({ id: c.indicator.id, reported: c.reported, inGraph: c.inGraph }));
    expect(got.sort((a: any, b: any) => a.id.localeCompare(b.id))).toEqual(expected.sort((a, b) => a.id.localeCompare(b.id)));

    const provincial = platformCounts.coverage.find((c: any) => c.indicator.id === 'fig:a000-provincial-platform-count');
    const inGraph = expected.find((e) => e.id === 'fig:a000-provincial-platform-count')!.inGraph;
    expect(provincial.level).toBe(inGraph === 0 ? 'ABSENT' : 'THIN');
    expect(provincial.percent).toBeCloseTo((100 * inGraph) / 65, 1);
    expect(provincial.note).toContain(`${inGraph} of the 65 provincial-level platforms reported are in the graph`);
  });

  it('regionRank says when no sibling is in the graph, so that "rank 1 of 1" is not read as a finding', async () => {
    const { regionRank } = await ok(
      fixture.app(),
      `{ regionRank(region: "${JINZHOU}", measure: PROVINCIAL_PLATFORMS) {
          rank siblingCount reported { id value }
          coverage { siblingsInGraph siblingsWithData comparable level note value { indicator { id } inGraph reported level } } } }`,
    );
    // Siblings in the seed: other regions PART_OF Jinzhou's parent.
    const partOf = rows('part_of.jsonl');
    const parent = partOf.find((e) => e.from === JINZHOU)!.to;
    const siblings = partOf.filter((e) => e.to === parent && e.from !== JINZHOU);
    expect(regionRank.coverage.siblingsInGraph).toBe(siblings.length);
    if (siblings.length === 0) {
      expect(regionRank.coverage).toMatchObject({ comparable: false, level: 'ABSENT', siblingsWithData: 0 });
      expect(regionRank.coverage.note).toMatch(/^No sibling of Jinzhou is in the graph, so rank 1 of 1 is no finding; sources report rank 3/);
    }
    // The region's value beside the reported 65 provincial-level platforms.
    expect(regionRank.coverage.value.map((c: any) => [c.indicator.id, c.reported])).toEqual([['fig:a000-provincial-platform-count', 65]]);
  });

  it('regionRank among siblings that have data is comparable', async () => {
    // Jiangsu's cities or Zhejiang's: whichever seed parent has two or more children.
    const partOf = rows('part_of.jsonl');
    const byParent = new Map<string, string[]>();
    for (const e of partOf) byParent.set(e.to, [...(byParent.get(e.to) ?? []), e.from]);
    const [, children] = [...byParent].find(([, c]) => c.length >= 2)!;
    const { regionRank } = await ok(
      fixture.app(),
      `{ regionRank(region: "${children[0]}", measure: ORGANIZATIONS) { siblingCount coverage { siblingsInGraph comparable level note value { inGraph } } } }`,
    );
    expect(regionRank.coverage.siblingsInGraph).toBe(regionRank.siblingCount - 1);
    expect(regionRank.coverage.siblingsInGraph).toBeGreaterThanOrEqual(1);
    expect(regionRank.coverage.value).toEqual([]); // nothing reports an organization count
    expect(regionRank.coverage.note).toMatch(/^(Ranked among|None of the)/);
  });

  it('platformBackedShare shows the projects its share rests on beside the reported project counts', async () => {
    const { platformBackedShare: s } = await ok(
      fixture.app(),
      `{ platformBackedShare(region: "${JINZHOU}") { projects projectShare reported { id } coverage { indicator { id } inGraph reported level note } } }`,
    );
    const orgs = locatedIn(JINZHOU);
    const projects = new Set(
      rows('undertakes.jsonl')
        .filter((e) => orgs.has(e.from))
        .map((e) => e.to),
    );
    expect(s.projects).toBe(projects.size);
    const reportedCounts = rows('indicators.jsonl').filter((i) => i.about === JINZHOU && i.metric === 'project_count' && i.unit === 'COUNT');
    const counts = s.coverage.filter((c: any) => reportedCounts.some((i) => i.id === c.indicator.id));
    expect(counts.map((c: any) => [c.indicator.id, c.inGraph, c.reported]).sort()).toEqual(reportedCounts.map((i) => [i.id, projects.size, i.value]).sort());
    for (const c of counts) expect(c.level, c.note).toBe(projects.size === 0 ? 'ABSENT' : 'THIN');
    // The CNY funding beside the reported 49.9 million yuan.
    expect(s.coverage.map((c: any) => c.indicator.id)).toContain('fig:a000-special-funds');
    // The shares themselves stay in `reported`, the populations only in coverage.
    expect(s.reported.map((i: any) => i.id).sort()).toEqual(['fig:a000-share-of-funding', 'fig:a000-share-of-projects']);
  });

  it('the whole graph has no reported population to compare with', async () => {
    const { platformBackedShare: s } = await ok(fixture.app(), '{ platformBackedShare { coverage { level } } }');
    expect(s.coverage).toEqual([]);
  });
});
