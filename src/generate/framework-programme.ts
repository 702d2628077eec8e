// The `framework-programme` profile: a dataset shaped like the public registry of a multi-country
// R&D framework programme (about 36k organizations, 31k projects and 145k participations in the
// real one). What matters for network analytics is the shape, so that is what is reproduced:
// - participation is heavy-tailed: participants are drawn by rank with a Zipf exponent solved so
//   that the top organization takes part in about 4 % of all projects (thousands of collaborators);
// - about 12 % of organizations are isolated: a tenth take part in nothing, a few more only in
//   single-participant projects;
// - projects have about 4 participants, most between 1 and 40 (a bounded power law), the first
//   one coordinating (role LEAD);
// - funding in several currencies, organizations in several countries grouped under two
//   country groups, a few platforms and supply links so every kind of collaboration occurs.
// Deterministic: the same orgs and seed give byte-identical files.
import { mkdir } from 'node:fs/promises';
import type { OrgKind } from '../model/enums.js';
import { Dataset } from './dataset.js';
import type { GenerateOptions, GenerateResult } from './generate.js';
import { orgId, platformId, projectId, sourceId } from './ids.js';
import { buildIndustries, writeIndustries } from './industries.js';
import { Rng, WeightedChoice, WeightedTable } from './random.js';

/** Projects per organization and participants per project, as in the registry (31,451 / 35,871; 144,726 / 31,451). */
const PROJECTS_PER_ORG = 0.877;
const TOP_SHARE = 0.04;
const NEVER_PARTICIPATES = 0.1;
/** Participants per project: P(k) ∝ k^-1.72 on [1, 40], mean about 4.6; a rare consortium up to 80. */
const SIZE = { exponent: 1.72, max: 40, largeShare: 0.001, largeMax: 80 };
const PLATFORMS_PER_ORG = 0.01;
const SUPPLIES_PER_ORG = 0.05;

const COUNTRY_GROUPS = [
  { id: 'region:fp-member-states', name: 'Member states', level: 'MACRO_REGION' },
  { id: 'region:fp-associated-countries', name: 'Associated countries', level: 'MACRO_REGION' },
] as const;
/** [code, name, group, weight]: where organizations are. */
const COUNTRIES: readonly (readonly [string, string, number, number])[] = [
  ['de', 'Germany', 0, 0.16],
  ['fr', 'France', 0, 0.12],
  ['es', 'Spain', 0, 0.12],
  ['it', 'Italy', 0, 0.11],
  ['nl', 'Netherlands', 0, 0.06],
  ['be', 'Belgium', 0, 0.05],
  ['pl', 'Poland', 0, 0.04],
  ['se', 'Sweden', 0, 0.04],
  ['at', 'Austria', 0, 0.03],
  ['pt', 'Portugal', 0, 0.03],
  ['gr', 'Greece', 0, 0.03],
  ['fi', 'Finland', 0, 0.02],
  ['dk', 'Denmark', 0, 0.02],
  ['ie', 'Ireland', 0, 0.02],
  ['uk', 'United Kingdom', 1, 0.06],
  ['ch', 'Switzerland', 1, 0.03],
  ['no', 'Norway', 1, 0.02],
  ['il', 'Israel', 1, 0.01],
  ['tr', 'Turkey', 1, 0.01],
  ['cn', 'China', 1, 0.02],
];
const KIND_CHOICE = new WeightedChoice<OrgKind>([
  ['ENTERPRISE', 0.45],
  ['UNIVERSITY', 0.12],
  ['INSTITUTE', 0.18],
  ['GOVERNMENT', 0.05],
  ['SERVICE_ORG', 0.15],
  ['INVESTOR', 0.02],
  ['SOCIETY', 0.03],
]);
/** Currencies of project funding; most in EUR. */
const CURRENCY_CHOICE = new WeightedChoice([
  ['EUR', 0.9],
  ['CNY', 0.04],
  ['USD', 0.03],
  ['GBP', 0.02],
  ['CHF', 0.01],
] as const);
const FUNDING = { min: 50_000, max: 50_000_000, exponent: 1.8 };

export const frameworkProjectCount = (orgs: number) => Math.round(orgs * PROJECTS_PER_ORG);

/**
 * Cumulative Zipf weights 1/(r+1)^a over n ranks with a chosen so that rank 0 has the given share
 * of all draws (bisection: the share grows with a).
 */
function zipfWithTopShare(n: number, share: number): WeightedTable {
  const topShare = (a: number) => {
    let sum = 0;
    for (let r = 0; r < n; r++) sum += (r + 1) ** -a;
    return 1 / sum;
  };
  let lo = 0;
  let hi = 3;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (topShare(mid) < share) lo = mid;
    else hi = mid;
  }
  const weights = new Float64Array(n);
  for (let r = 0; r < n; r++) weights[r] = (r + 1) ** -hi;
  return new WeightedTable(weights);
}

export async function generateFrameworkProgramme(opts: GenerateOptions): Promise<GenerateResult> {
  const { orgs, seed, outDir } = opts;
  if (!Number.isSafeInteger(orgs) || orgs < 100) throw new RangeError(`orgs must be an integer of at least 100, got ${orgs}`);
  const started = performance.now();
  await mkdir(outDir, { recursive: true });
  const source = sourceId(seed);
  const ds = new Dataset(outDir, source);
  const rng = new Rng(seed, 'framework-programme');
  try {
    ds.out.sources.row({
      id: source,
      title: `Synthetic framework-programme dataset orgs=${orgs} seed=${seed}`,
      publisher: 'innovation-kg synthetic generator (profile framework-programme)',
      language: 'en',
      note: 'Invented organizations and projects shaped like a multi-country R&D framework programme registry.',
    });
    for (const g of COUNTRY_GROUPS) ds.out.regions.row({ id: g.id, name: g.name, level: g.level });
    const countryIds = COUNTRIES.map(([code, name, group]) => {
      const id = `region:fp-${code}`;
      ds.out.regions.row({ id, name, level: 'COUNTRY' });
      ds.out.part_of.row({ from: id, to: COUNTRY_GROUPS[group]!.id });
      return id;
    });
    const countryChoice = new WeightedTable(COUNTRIES.map((c) => c[3]));
    const industries = buildIndustries(seed);
    writeIndustries(industries, ds);

    // Organizations. Rank = index: org 0 is the most active. A tenth, spread over all ranks but
    // the first hundred, never participate.
    const country = new Uint8Array(orgs);
    const active: number[] = [];
    for (let i = 0; i < orgs; i++) {
      const kind = i === 0 ? 'INSTITUTE' : KIND_CHOICE.sample(rng);
      country[i] = countryChoice.sample(rng);
      const leaf = industries.popularity.sample(rng);
      const countryName = COUNTRIES[country[i]!]![1];
      ds.out.organizations.row({ id: orgId(i), name: `${countryName} ${kind.toLowerCase().replace('_', ' ')} ${i}`, kind, founded: rng.int(1900, 2020) });
      ds.out.located_in.row({ from: orgId(i), to: countryIds[country[i]!] });
      ds.out.in_industry.row({ from: orgId(i), to: industries.leafIds[leaf] });
      if (i < 100 || !rng.chance(NEVER_PARTICIPATES)) active.push(i);
      if (i % 4096 === 0) await ds.pace();
    }

    // Project sizes first, so the participations to place are known.
    const projects = frameworkProjectCount(orgs);
    const sizes = new Uint16Array(projects);
    let slots = 0;
    for (let j = 0; j < projects; j++) {
      sizes[j] = rng.chance(SIZE.largeShare) ? rng.int(SIZE.max + 1, SIZE.largeMax) : rng.powerLaw(1, SIZE.max, SIZE.exponent);
      slots += sizes[j]!;
    }
    // Every active organization takes part once, in a slot drawn without replacement (so project
    // sizes stay as drawn); the remaining slots are drawn by rank, the top organization's share of
    // them set so that it ends up in about TOP_SHARE of all projects.
    const slotProject = new Int32Array(slots);
    for (let j = 0, k = 0; j < projects; j++) for (let n = 0; n < sizes[j]!; n++) slotProject[k++] = j;
    const guaranteed = new Map<number, number[]>();
    for (let i = 0; i < active.length && i < slots; i++) {
      const k = rng.int(i, slots - 1);
      const j = slotProject[k]!;
      slotProject[k] = slotProject[i]!;
      slotProject[i] = j;
      const list = guaranteed.get(j) ?? [];
      list.push(active[i]!);
      guaranteed.set(j, list);
    }
    const drawn = Math.max(1, slots - active.length);
    const byRank = zipfWithTopShare(active.length, Math.min(0.5, (TOP_SHARE * projects) / drawn));
    const members = new Set<number>();
    for (let j = 0; j < projects; j++) {
      members.clear();
      for (const o of guaranteed.get(j) ?? []) members.add(o);
      const want = sizes[j]!;
      for (let attempt = 0; members.size < want && attempt < 4 * want; attempt++) members.add(active[byRank.sample(rng)]!);
      const list = [...members];
      const id = projectId(j);
      const startYear = rng.int(2014, 2024);
      const currency = CURRENCY_CHOICE.sample(rng);
      const lead = list[0]!;
      ds.out.projects.row({
        id,
        name: `Project ${j}`,
        startYear,
        endYear: startYear + rng.int(1, 5),
        funding: Math.round(rng.powerLawReal(FUNDING.min, FUNDING.max, FUNDING.exponent) / 1000) * 1000,
        currency,
      });
      ds.out.located_in.row({ from: id, to: countryIds[country[lead]!] });
      list.forEach((o, k) => {
        ds.out.undertakes.row({ from: orgId(o), to: id, role: k === 0 ? 'LEAD' : 'PARTICIPANT', year: startYear });
      });
      if (j % 4096 === 0) await ds.pace();
    }

    // A few platforms (hosted by a ranked active organization, members drawn by rank) and supply
    // links between active enterprises, so every kind of collaboration occurs.
    const platforms = Math.max(1, Math.round(orgs * PLATFORMS_PER_ORG));
    for (let p = 0; p < platforms; p++) {
      const id = platformId(p);
      const host = active[byRank.sample(rng)]!;
      ds.out.platforms.row({ id, name: `Research infrastructure ${p}`, kind: 'RESEARCH_INNOVATION_BASE', level: 'CROSS_REGIONAL' });
      ds.out.hosted_by.row({ from: id, to: orgId(host) });
      ds.out.located_in.row({ from: id, to: countryIds[country[host]!] });
      members.clear();
      members.add(host);
      const want = rng.powerLaw(2, 30, 1.8);
      for (let attempt = 0; members.size < want && attempt < 4 * want; attempt++) {
        const m = active[byRank.sample(rng)]!;
        if (members.has(m)) continue;
        members.add(m);
        ds.out.member_of.row({ from: orgId(m), to: id, role: 'MEMBER' });
      }
    }
    const pairs = new Set<string>();
    const supplies = Math.round(orgs * SUPPLIES_PER_ORG);
    for (let s = 0; s < supplies; s++) {
      const a = active[byRank.sample(rng)]!;
      const b = active[rng.int(0, active.length - 1)]!;
      if (a === b || pairs.has(`${a}:${b}`)) continue;
      pairs.add(`${a}:${b}`);
      ds.out.supplies.row({ from: orgId(a), to: orgId(b) });
    }
    opts.onProgress?.(1, 1);
  } catch (err) {
    ds.destroy();
    throw err;
  }
  const files = await ds.close();
  return { files, seconds: (performance.now() - started) / 1000 };
}
