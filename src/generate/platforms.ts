// Innovation platforms: each hosted by one organization, located where the host is, serving
// an industry, with a heavy-tailed membership. Innovation consortia are the exception that
// matters for analytics: they serve a whole sector, their host is the LEAD member, and members
// are drawn along the sector's chain with their chain position recorded.
import { SPECIALIZATIONS } from '../model/enums.js';
import { PROVINCES, SECTORS } from './catalog.js';
import type { Dataset } from './dataset.js';
import { orgId, platformId } from './ids.js';
import type { IndustryTree } from './industries.js';
import { brandOf, platformName } from './names.js';
import { kindCode, type OrgTable, pickCollaborator } from './orgs.js';
import type { Progress } from './progress.js';
import { Rng } from './random.js';
import type { RegionTree } from './regions.js';
import {
  CONSORTIUM_MIN_MEMBERS,
  HOST_ZIPF,
  LAST_YEAR,
  MEMBER_SOURCES,
  MEMBER_ZIPF,
  MEMBERS,
  PLATFORM_HOSTS,
  PLATFORM_KIND_CHOICE,
  PLATFORM_LEVEL_CHOICE,
  PLATFORM_STATUS_CHOICE,
  PLATFORMS_PER_ORG,
} from './shape.js';

const ENTERPRISE = kindCode('ENTERPRISE');

export interface PlatformTable {
  /** For each organization, a platform it hosts or belongs to (the last drawn), or -1: where project support comes from. */
  ofOrg: Int32Array;
  perProvince: Int32Array;
  nationalPerProvince: Int32Array;
}

export function platformCount(orgs: number): number {
  return Math.round(orgs * PLATFORMS_PER_ORG);
}

export async function generatePlatforms(
  seed: number,
  orgs: OrgTable,
  regions: RegionTree,
  industries: IndustryTree,
  ds: Dataset,
  progress: Progress,
): Promise<PlatformTable> {
  const rng = new Rng(seed, 'platforms');
  const count = platformCount(orgs.count);
  const ofOrg = new Int32Array(orgs.count).fill(-1);
  const perProvince = new Int32Array(PROVINCES.length);
  const nationalPerProvince = new Int32Array(PROVINCES.length);
  const seen = new Set<number>();

  for (let p = 0; p < count; p++) {
    const kind = PLATFORM_KIND_CHOICE.sample(rng);
    const consortium = kind === 'INNOVATION_CONSORTIUM';
    const host = orgs.byKind.pickRanked(kindCode(PLATFORM_HOSTS[kind].sample(rng)), rng, HOST_ZIPF);
    const leaf = orgs.industry[host]!;
    const sector = industries.leafSector[leaf]!;
    const province = orgs.province[host]!;
    const drawnLevel = PLATFORM_LEVEL_CHOICE.sample(rng);
    // Only a firm recognizes its own centres at enterprise level; anyone else's would be municipal.
    const level = drawnLevel === 'ENTERPRISE' && orgs.kind[host] !== ENTERPRISE ? 'MUNICIPAL' : drawnLevel;
    const established = rng.int(Math.max(1995, orgs.founded[host]!), LAST_YEAR - 1);
    const id = platformId(p);
    // A consortium spans its sector's chain, so it serves (and is named after) the sector.
    const served = consortium
      ? { id: industries.sectorIds[sector]!, en: SECTORS[sector]!.name, zh: SECTORS[sector]!.nameZh }
      : { id: industries.leafIds[leaf]!, en: industries.leafNames[leaf]!, zh: industries.leafNamesZh[leaf]! };
    const [name, nameZh] = platformName(kind, brandOf(seed, host), served);
    ds.out.platforms.row({
      id,
      name,
      nameZh,
      kind,
      level,
      specialization: kind === 'INDUSTRIAL_TECHNOLOGY_INNOVATION_CENTER' ? rng.pick(SPECIALIZATIONS) : undefined,
      status: PLATFORM_STATUS_CHOICE.sample(rng),
      established,
    });
    ds.out.hosted_by.row({ from: id, to: orgId(host) });
    ds.out.located_in.row({ from: id, to: regions.ids[orgs.region[host]!] });
    ds.out.serves.row({ from: id, to: served.id });
    perProvince[province]!++;
    if (level === 'NATIONAL') nationalPerProvince[province]!++;
    ofOrg[host] = p;

    // The host is not also listed as a member, except as the LEAD of a consortium.
    const target = rng.powerLaw(1, MEMBERS.max, MEMBERS.exponent);
    let members = 0;
    seen.clear();
    seen.add(host);
    if (consortium) {
      ds.out.member_of.row({ from: orgId(host), to: id, role: 'LEAD', chainPosition: industries.leafPosition[leaf], since: established });
      members++;
    }
    const wanted = consortium ? Math.max(CONSORTIUM_MIN_MEMBERS, target) : target;
    // Bounded retries: small pools run out of fresh members, and a platform then stays smaller.
    for (let attempt = 0; members < wanted && attempt < 3 * wanted; attempt++) {
      let member: number;
      let memberLeaf = -1;
      if (consortium) {
        memberLeaf = rng.pick(industries.sectorLeaves[sector]!);
        member = orgs.enterprisesByIndustry.pickRanked(memberLeaf, rng, MEMBER_ZIPF);
      } else {
        member = pickCollaborator(orgs, rng, leaf, province, MEMBER_SOURCES, MEMBER_ZIPF);
      }
      if (member < 0 || seen.has(member)) continue;
      seen.add(member);
      members++;
      ofOrg[member] = p;
      ds.out.member_of.row({
        from: orgId(member),
        to: id,
        role: 'MEMBER',
        chainPosition: consortium ? industries.leafPosition[memberLeaf] : undefined,
        since: rng.int(Math.max(established, orgs.founded[member]!), LAST_YEAR),
      });
    }
    await progress.step();
  }
  return { ofOrg, perProvince, nationalPerProvince };
}

/** Per-province platform counts as indicators, so analytics can be checked against stated figures. */
export function writePlatformIndicators(platforms: PlatformTable, regions: RegionTree, ds: Dataset): void {
  PROVINCES.forEach((province, p) => {
    const region = regions.provinceRegion[p]!;
    const key = regions.ids[region]!.slice('region:'.length);
    ds.out.indicators.row({
      id: `fig:${key}-platforms`,
      about: regions.ids[region],
      metric: 'platform_count',
      label: `Innovation platforms in ${province.name}`,
      value: platforms.perProvince[p],
      unit: 'COUNT',
      scope: 'all platform kinds and levels',
    });
    ds.out.indicators.row({
      id: `fig:${key}-national-platforms`,
      about: regions.ids[region],
      metric: 'platform_count',
      label: `National-level innovation platforms in ${province.name}`,
      value: platforms.nationalPerProvince[p],
      unit: 'COUNT',
      level: 'NATIONAL',
    });
  });
}
