// The synthetic generator: deterministic output that the importer will accept row for row
// (zod-valid, every reference resolvable, no duplicate ids or pairs) and that has the shape
// benchmarks and analytics rely on. No database needed.
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GenerateResult, generate } from '../../src/generate/generate.js';
import { NODE_FILES, type NodeFile, nodeSchemas, REL_FILES, type RelFile, relationshipKinds } from '../../src/model/records.js';

const ORGS = 2000;
const SEED = 42;

type Row = Record<string, string>;

let root: string;
let result: GenerateResult;
let progressCalls: [number, number][];
/** Every generated file, parsed: file kind (e.g. "member_of") -> rows. */
const data = new Map<string, Row[]>();
const headers = new Map<string, string[]>();

const rows = (kind: string): Row[] => data.get(kind) ?? [];
const dir = (name: string) => path.join(root, name);

function readDataset(d: string) {
  for (const name of readdirSync(d).sort()) {
    const kind = name.replace(/\.csv$/, '');
    const text = readFileSync(path.join(d, name), 'utf8');
    headers.set(kind, text.slice(0, text.indexOf('\n')).split(','));
    data.set(kind, parse(text, { columns: true, skip_empty_lines: true }) as Row[]);
  }
}

/** Like the importer: an empty CSV cell is an absent value. */
const present = (row: Row) => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== ''));

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

function countBy<T>(items: T[], key: (t: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return m;
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'kg-generate-'));
  progressCalls = [];
  result = await generate({ orgs: ORGS, seed: SEED, outDir: dir('a'), onProgress: (done, total) => progressCalls.push([done, total]) });
  readDataset(dir('a'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('generate: determinism', () => {
  const filesOf = (d: string) => Object.fromEntries(readdirSync(d).map((f) => [f, readFileSync(path.join(d, f))]));

  it('writes byte-identical files for the same orgs and seed', async () => {
    await generate({ orgs: ORGS, seed: SEED, outDir: dir('b') });
    const a = filesOf(dir('a'));
    const b = filesOf(dir('b'));
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    for (const name of Object.keys(a)) expect(b[name]?.equals(a[name] as Buffer), name).toBe(true);
  });

  it('writes different data for a different seed', async () => {
    await generate({ orgs: ORGS, seed: SEED + 1, outDir: dir('c') });
    for (const name of ['organizations.csv', 'member_of.csv', 'supplies.csv', 'projects.csv']) {
      expect(readFileSync(path.join(dir('c'), name)).equals(readFileSync(path.join(dir('a'), name))), name).toBe(false);
    }
  });

  it('rejects sizes and seeds it cannot honour', async () => {
    await expect(generate({ orgs: 10, seed: 1, outDir: dir('x') })).rejects.toThrow(RangeError);
    await expect(generate({ orgs: 1000, seed: 1.5, outDir: dir('x') })).rejects.toThrow(RangeError);
  });
});

describe('generate: import format', () => {
  it('reports the rows it wrote and finishes its progress', () => {
    for (const [kind, list] of data) expect(result.files[`${kind}.csv`], kind).toBe(list.length);
    expect(Object.keys(result.files)).toHaveLength(data.size);
    expect(result.seconds).toBeGreaterThan(0);
    const last = progressCalls.at(-1);
    expect(last?.[0]).toBe(last?.[1]);
  });

  it('writes only known files, with columns the schemas define', () => {
    for (const [kind, header] of headers) {
      const schema = (NODE_FILES as string[]).includes(kind) ? nodeSchemas[kind as NodeFile] : relationshipKinds[kind as RelFile]?.schema;
      expect(schema, `${kind} is a known file`).toBeDefined();
      const known = Object.keys(schema?.shape ?? {});
      for (const column of header) expect(known, `${kind}.${column}`).toContain(column);
    }
  });

  it('every row parses with its zod schema', () => {
    for (const [kind, list] of data) {
      const schema = (NODE_FILES as string[]).includes(kind) ? nodeSchemas[kind as NodeFile] : relationshipKinds[kind as RelFile].schema;
      list.forEach((row, i) => {
        const parsed = schema.safeParse(present(row));
        if (!parsed.success) throw new Error(`${kind}.csv row ${i + 2}: ${parsed.error.message}`);
      });
    }
  });

  it('has one source, named after orgs and seed, that every row cites', () => {
    expect(rows('sources')).toEqual([expect.objectContaining({ id: `src:synthetic-${SEED}`, title: `Synthetic dataset orgs=${ORGS} seed=${SEED}` })]);
    for (const [kind, list] of data) {
      if (kind !== 'sources')
        expect(
          list.filter((row) => row.source !== `src:synthetic-${SEED}`),
          kind,
        ).toEqual([]);
    }
  });

  it('never repeats a node id', () => {
    const ids = NODE_FILES.flatMap((kind) => rows(kind).map((r) => r.id));
    expect(ids.length).toBeGreaterThan(ORGS);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never repeats a (from, to) pair within a relationship file', () => {
    for (const kind of REL_FILES) {
      const pairs = rows(kind).map((r) => `${r.from} ${r.to}`);
      expect(new Set(pairs).size, kind).toBe(pairs.length);
    }
  });

  it('only references ids it generated, of the kinds each relationship allows', () => {
    const idsOf = new Map(NODE_FILES.map((kind) => [kind as string, new Set(rows(kind).map((r) => r.id))]));
    const allIds = new Set([...idsOf.values()].flatMap((s) => [...s]));
    const inAny = (files: readonly string[], id: string | undefined) => files.some((f) => idsOf.get(f)?.has(id));
    for (const kind of REL_FILES) {
      const { from, to } = relationshipKinds[kind];
      expect(
        rows(kind).filter((row) => !inAny(from, row.from) || !inAny(to, row.to)),
        kind,
      ).toEqual([]);
    }
    expect(rows('indicators').filter((row) => !allIds.has(row.about))).toEqual([]);
  });
});

describe('generate: shape', () => {
  const orgKind = () => new Map(rows('organizations').map((o) => [o.id as string, o.kind as string]));

  it('builds a China > province > city > county tree with organizations in cities and counties', () => {
    const levels = countBy(rows('regions'), (r) => r.level as string);
    expect(levels.get('COUNTRY')).toBe(1);
    expect(levels.get('PROVINCE')).toBe(31);
    expect(levels.get('CITY')).toBeGreaterThan(31);
    expect(levels.get('COUNTY')).toBeGreaterThan(0);
    const level = new Map(rows('regions').map((r) => [r.id, r.level]));
    const parent = new Map(rows('part_of').map((r) => [r.from, r.to]));
    const expectedParent: Record<string, string> = { PROVINCE: 'COUNTRY', CITY: 'PROVINCE', COUNTY: 'CITY' };
    for (const r of rows('regions')) {
      if (r.level === 'COUNTRY') expect(parent.has(r.id)).toBe(false);
      else expect(level.get(parent.get(r.id)), r.id).toBe(expectedParent[r.level as string]);
    }
    const orgPlaces = rows('located_in').filter((r) => r.from?.startsWith('org:'));
    expect(orgPlaces).toHaveLength(ORGS);
    expect(new Set(orgPlaces.map((r) => level.get(r.to)))).toEqual(new Set(['CITY', 'COUNTY']));
    // Heavy-tailed region sizes: the busiest place holds many times the median.
    const sizes = [...countBy(orgPlaces, (r) => r.to as string).values()];
    expect(Math.max(...sizes)).toBeGreaterThan(5 * median(sizes));
  });

  it('has about 85% enterprises, every organization in 1-2 industries, flags only on enterprises', () => {
    const kinds = countBy(rows('organizations'), (o) => o.kind as string);
    expect((kinds.get('ENTERPRISE') ?? 0) / ORGS).toBeGreaterThan(0.8);
    expect((kinds.get('ENTERPRISE') ?? 0) / ORGS).toBeLessThan(0.9);
    for (const k of ['UNIVERSITY', 'INSTITUTE', 'INVESTOR', 'SERVICE_ORG', 'FINANCIAL_INSTITUTION', 'INCUBATOR_OPERATOR', 'GOVERNMENT']) {
      expect(kinds.get(k), k).toBeGreaterThan(0);
    }
    const industriesPerOrg = countBy(
      rows('in_industry').filter((r) => r.from?.startsWith('org:')),
      (r) => r.from as string,
    );
    expect(industriesPerOrg.size).toBe(ORGS);
    expect(new Set(industriesPerOrg.values())).toEqual(new Set([1, 2]));
    const flagged = rows('organizations').filter((o) => o.highTech !== '' || o.aboveDesignatedSize !== '');
    expect(new Set(flagged.map((o) => o.kind))).toEqual(new Set(['ENTERPRISE']));
    expect(rows('organizations').some((o) => o.highTech === 'true')).toBe(true);
  });

  it('has an industry tree with product-labelled UPSTREAM_OF chains', () => {
    const subs = rows('subindustry_of');
    expect(new Set(subs.map((r) => r.to)).size).toBe(10);
    expect(rows('industries')).toHaveLength(10 + subs.length);
    expect(rows('upstream_of').length).toBeGreaterThan(20);
    expect(rows('upstream_of').filter((r) => r.product === '')).toEqual([]);
  });

  it('sizes platforms, projects and memberships with the number of organizations', () => {
    expect(rows('platforms')).toHaveLength(ORGS / 10);
    expect(rows('projects')).toHaveLength(ORGS / 5);
    const perOrg = rows('member_of').length / ORGS;
    expect(perOrg).toBeGreaterThan(1);
    expect(perOrg).toBeLessThan(2.5);
  });

  it('gives every platform one host, its place, an industry and at least one member', () => {
    for (const kind of ['hosted_by', 'serves']) expect(countBy(rows(kind), (r) => r.from as string).size, kind).toBe(ORGS / 10);
    const platformPlace = rows('located_in').filter((r) => r.from?.startsWith('plat:'));
    expect(platformPlace).toHaveLength(ORGS / 10);
    const orgPlace = new Map(rows('located_in').map((r) => [r.from, r.to]));
    const host = new Map(rows('hosted_by').map((r) => [r.from, r.to]));
    expect(platformPlace.filter((r) => r.to !== orgPlace.get(host.get(r.from)))).toEqual([]);
    expect(countBy(rows('member_of'), (r) => r.to as string).size).toBe(ORGS / 10);
    const levels = countBy(rows('platforms'), (p) => p.level as string);
    expect(levels.get('NATIONAL') ?? 0).toBeLessThan(levels.get('PROVINCIAL') ?? 0);
    expect(levels.get('PROVINCIAL') ?? 0).toBeLessThan(levels.get('MUNICIPAL') ?? 0);
  });

  it('has heavy-tailed platform membership: the largest many times the median', () => {
    const sizes = [...countBy(rows('member_of'), (r) => r.to as string).values()];
    expect(median(sizes)).toBeLessThanOrEqual(5);
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(10 * median(sizes));
  });

  it('leads each consortium by its host and places every consortium member on the chain', () => {
    const kindOf = new Map(rows('platforms').map((p) => [p.id, p.kind]));
    const host = new Map(rows('hosted_by').map((r) => [r.from, r.to]));
    const consortia = rows('platforms').filter((p) => p.kind === 'INNOVATION_CONSORTIUM');
    expect(consortia.length).toBeGreaterThan(0);
    const consortiumRows = rows('member_of').filter((r) => kindOf.get(r.to) === 'INNOVATION_CONSORTIUM');
    expect(new Set(consortiumRows.map((r) => r.chainPosition))).toEqual(new Set(['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM']));
    for (const c of consortia) {
      const leads = consortiumRows.filter((r) => r.to === c.id && r.role === 'LEAD');
      expect(
        leads.map((r) => r.from),
        c.id,
      ).toEqual([host.get(c.id)]);
    }
    const others = rows('member_of').filter((r) => kindOf.get(r.to) !== 'INNOVATION_CONSORTIUM');
    expect(others.filter((r) => r.role !== 'MEMBER' || r.chainPosition !== '')).toEqual([]);
  });

  it('gives each project one lead, government funders and supporting platforms of its participants', () => {
    const undertakes = rows('undertakes');
    const leads = countBy(
      undertakes.filter((r) => r.role === 'LEAD'),
      (r) => r.to as string,
    );
    expect(leads.size).toBe(ORGS / 5);
    expect(new Set(leads.values())).toEqual(new Set([1]));
    const kinds = orgKind();
    expect(rows('funds').length).toBeGreaterThan(0);
    expect(new Set(rows('funds').map((r) => kinds.get(r.from as string)))).toEqual(new Set(['GOVERNMENT']));
    // A supporting platform is hosted by, or counts as a member, one of the project's organizations.
    const platformOrgs = new Map<string, Set<string>>();
    for (const r of [...rows('hosted_by').map((h) => ({ org: h.to, plat: h.from })), ...rows('member_of').map((m) => ({ org: m.from, plat: m.to }))]) {
      const set = platformOrgs.get(r.plat as string) ?? new Set<string>();
      set.add(r.org as string);
      platformOrgs.set(r.plat as string, set);
    }
    const projectOrgs = new Map<string, string[]>();
    for (const r of undertakes) projectOrgs.set(r.to as string, [...(projectOrgs.get(r.to as string) ?? []), r.from as string]);
    expect(rows('supports').length).toBeGreaterThan(0);
    const unrelated = rows('supports').filter((r) => !projectOrgs.get(r.to as string)?.some((o) => platformOrgs.get(r.from as string)?.has(o)));
    expect(unrelated).toEqual([]);
    const funding = rows('projects').map((p) => Number(p.funding));
    expect(Math.max(...funding)).toBeGreaterThan(20 * median(funding));
  });

  it('links suppliers to customers in the next industry down the chain, about two per enterprise', () => {
    const kinds = orgKind();
    const mainIndustry = new Map<string, string>();
    for (const r of rows('in_industry')) if (!mainIndustry.has(r.from as string)) mainIndustry.set(r.from as string, r.to as string);
    const links = new Map(rows('upstream_of').map((r) => [`${r.from} ${r.to}`, r.product]));
    const supplies = rows('supplies');
    const ends = new Set(supplies.flatMap((r) => [kinds.get(r.from as string), kinds.get(r.to as string)]));
    expect(ends).toEqual(new Set(['ENTERPRISE']));
    const offChain = supplies.filter((r) => r.product !== links.get(`${mainIndustry.get(r.from as string)} ${mainIndustry.get(r.to as string)}`));
    expect(offChain).toEqual([]);
    const enterprises = [...kinds.values()].filter((k) => k === 'ENTERPRISE').length;
    expect(supplies.length / enterprises).toBeGreaterThan(1);
    expect(supplies.length / enterprises).toBeLessThan(4);
    const outDegree = [...countBy(supplies, (r) => r.from as string).values()];
    expect(Math.max(...outDegree)).toBeGreaterThan(20);
  });

  it('states per-province platform counts that match the platforms it placed', () => {
    const provinceOf = new Map(rows('part_of').map((r) => [r.from, r.to]));
    const level = new Map(rows('regions').map((r) => [r.id, r.level]));
    const toProvince = (region: string | undefined) => {
      let r = region;
      while (r && level.get(r) !== 'PROVINCE') r = provinceOf.get(r);
      return r;
    };
    const placed = countBy(
      rows('located_in').filter((r) => r.from?.startsWith('plat:')),
      (r) => toProvince(r.to) as string,
    );
    const totals = rows('indicators').filter((i) => i.level === '');
    expect(totals).toHaveLength(31);
    for (const i of totals) expect(Number(i.value), i.about).toBe(placed.get(i.about as string) ?? 0);
  });
});
