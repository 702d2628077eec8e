// Organizations: kind, place, industries, founding year and size flags, written as they are
// drawn. What later phases need to know about each one is kept in typed arrays (about 30
// bytes per organization with the indexes), never as row objects.
import { ORG_KINDS, type OrgKind } from '../model/enums.js';
import { PROVINCES } from './catalog.js';
import type { Dataset } from './dataset.js';
import { GroupIndex } from './group-index.js';
import { orgId } from './ids.js';
import type { IndustryTree } from './industries.js';
import { brandOf, orgName } from './names.js';
import type { Progress } from './progress.js';
import { Rng } from './random.js';
import type { RegionTree } from './regions.js';
import { ABOVE_SIZE_SHARE, GUARANTEED_KINDS, HIGH_TECH_SHARE, LAST_YEAR, ORG_KIND_CHOICE, SECOND_INDUSTRY_SHARE } from './shape.js';

const KIND_CODES = Object.keys(ORG_KINDS) as OrgKind[];
export const kindCode = (kind: OrgKind) => KIND_CODES.indexOf(kind);

export interface OrgTable {
  count: number;
  kind: Uint8Array;
  region: Int32Array;
  province: Uint8Array;
  /** Main sub-industry (leaf index); the optional second one is only written, never needed again. */
  industry: Uint8Array;
  founded: Uint16Array;
  byKind: GroupIndex;
  byProvince: GroupIndex;
  enterprisesByIndustry: GroupIndex;
  governmentsByProvince: GroupIndex;
}

function foundedYear(kind: OrgKind, rng: Rng): number {
  switch (kind) {
    case 'ENTERPRISE':
      // Most firms are young; a power law on age gives the long tail of old state-owned ones.
      return LAST_YEAR - rng.powerLaw(1, 45, 1.1);
    case 'UNIVERSITY':
      return rng.int(1902, 2012);
    case 'INSTITUTE':
    case 'GOVERNMENT':
      return rng.int(1950, 2018);
    default:
      return rng.int(1985, LAST_YEAR - 1);
  }
}

export async function generateOrganizations(
  count: number,
  seed: number,
  regions: RegionTree,
  industries: IndustryTree,
  ds: Dataset,
  progress: Progress,
): Promise<OrgTable> {
  const rng = new Rng(seed, 'organizations');
  const kind = new Uint8Array(count);
  const region = new Int32Array(count);
  const province = new Uint8Array(count);
  const industry = new Uint8Array(count);
  const founded = new Uint16Array(count);

  for (let i = 0; i < count; i++) {
    const k = GUARANTEED_KINDS[i] ?? ORG_KIND_CHOICE.sample(rng);
    const r = regions.placementRegion[regions.placement.sample(rng)]!;
    const leaf = industries.popularity.sample(rng);
    let second = -1;
    if (rng.chance(SECOND_INDUSTRY_SHARE)) {
      // Firms diversify along their chain; research and service bodies range more widely.
      const near = industries.neighbours[leaf]!;
      second = k === 'ENTERPRISE' && near.length > 0 ? rng.pick(near) : industries.popularity.sample(rng);
    }
    const year = foundedYear(k, rng);
    kind[i] = kindCode(k);
    region[i] = r;
    province[i] = regions.province[r]!;
    industry[i] = leaf;
    founded[i] = year;

    const brand = brandOf(seed, i);
    const place = { en: regions.bases[r]!, zh: regions.basesZh[r]! };
    const [name, nameZh] = orgName(k, brand, place, { en: industries.leafNames[leaf]!, zh: industries.leafNamesZh[leaf]! });
    let highTech: boolean | undefined;
    let aboveDesignatedSize: boolean | undefined;
    let aliases: string | undefined;
    if (k === 'ENTERPRISE') {
      highTech = rng.chance(HIGH_TECH_SHARE);
      aboveDesignatedSize = rng.chance(highTech ? ABOVE_SIZE_SHARE.highTech : ABOVE_SIZE_SHARE.other);
      // Firms are often cited by their brand alone, and brands repeat: a realistic source of ambiguity.
      if (rng.chance(0.3)) aliases = `${brand.en}|${brand.zh}`;
    }
    const id = orgId(i);
    ds.out.organizations.row({ id, name, nameZh, aliases, kind: k, country: 'CN', highTech, aboveDesignatedSize, founded: year });
    ds.out.located_in.row({ from: id, to: regions.ids[r] });
    ds.out.in_industry.row({ from: id, to: industries.leafIds[leaf] });
    if (second >= 0 && second !== leaf) ds.out.in_industry.row({ from: id, to: industries.leafIds[second] });
    await progress.step();
  }

  const enterprise = kindCode('ENTERPRISE');
  const government = kindCode('GOVERNMENT');
  return {
    count,
    kind,
    region,
    province,
    industry,
    founded,
    byKind: new GroupIndex(KIND_CODES.length, count, (i) => kind[i]!),
    byProvince: new GroupIndex(PROVINCES.length, count, (i) => province[i]!),
    enterprisesByIndustry: new GroupIndex(industries.leafIds.length, count, (i) => (kind[i] === enterprise ? industry[i]! : -1)),
    governmentsByProvince: new GroupIndex(PROVINCES.length, count, (i) => (kind[i] === government ? province[i]! : -1)),
  };
}

const UNIVERSITY = kindCode('UNIVERSITY');
const INSTITUTE = kindCode('INSTITUTE');

/**
 * A collaborator for a platform or project: a firm of the given sub-industry, a university or
 * institute, or anyone in the province, in the given shares, favouring prominent organizations.
 * -1 when the chosen pool is empty (a rare sub-industry in a small dataset).
 */
export function pickCollaborator(
  orgs: OrgTable,
  rng: Rng,
  leaf: number,
  province: number,
  shares: { industry: number; academia: number },
  exponent: number,
): number {
  const u = rng.float();
  if (u < shares.industry) return orgs.enterprisesByIndustry.pickRanked(leaf, rng, exponent);
  if (u < shares.industry + shares.academia) return orgs.byKind.pickRanked(rng.chance(0.4) ? UNIVERSITY : INSTITUTE, rng, exponent);
  return orgs.byProvince.pickRanked(province, rng, exponent);
}
