// Research projects: a lead organization with heavy-tailed funding and participants, often
// co-funded by a local government and sometimes supported by a platform one of the
// participants belongs to.
import type { Dataset } from './dataset.js';
import { orgId, platformId, projectId } from './ids.js';
import type { IndustryTree } from './industries.js';
import { brandOf, projectName } from './names.js';
import { kindCode, type OrgTable, pickCollaborator } from './orgs.js';
import type { PlatformTable } from './platforms.js';
import type { Progress } from './progress.js';
import { Rng } from './random.js';
import type { RegionTree } from './regions.js';
import {
  FUNDING_FLOOR,
  FUNDING_TAIL,
  GOVERNMENT_FUNDED_SHARE,
  LAST_YEAR,
  LEAD_ZIPF,
  MEMBER_ZIPF,
  PARTICIPANT_SOURCES,
  PARTICIPANTS,
  PLATFORM_SUPPORTED_SHARE,
  PROJECT_LEAD_CHOICE,
  PROJECT_LEVEL_CHOICE,
  PROJECTS_PER_ORG,
} from './shape.js';

const GOVERNMENT = kindCode('GOVERNMENT');
/** Amounts are stated to the thousand yuan, as in funding notices. */
const roundCny = (x: number) => Math.round(x / 1000) * 1000;

export function projectCount(orgs: number): number {
  return Math.round(orgs * PROJECTS_PER_ORG);
}

export async function generateProjects(
  seed: number,
  orgs: OrgTable,
  platforms: PlatformTable,
  regions: RegionTree,
  industries: IndustryTree,
  ds: Dataset,
  progress: Progress,
): Promise<void> {
  const rng = new Rng(seed, 'projects');
  const count = projectCount(orgs.count);
  const seen = new Set<number>();

  for (let j = 0; j < count; j++) {
    const level = PROJECT_LEVEL_CHOICE.sample(rng);
    const lead = orgs.byKind.pickRanked(kindCode(PROJECT_LEAD_CHOICE.sample(rng)), rng, LEAD_ZIPF);
    const leaf = orgs.industry[lead]!;
    const province = orgs.province[lead]!;
    const startYear = rng.int(Math.max(2010, orgs.founded[lead]!), LAST_YEAR - 1);
    const funding = roundCny(FUNDING_FLOOR[level] * rng.powerLawReal(1, FUNDING_TAIL.maxMultiple, FUNDING_TAIL.exponent));
    const id = projectId(j);
    const [name, nameZh] = projectName(brandOf(seed, lead), { en: industries.leafNames[leaf]!, zh: industries.leafNamesZh[leaf]! }, j);
    ds.out.projects.row({
      id,
      name,
      nameZh,
      level,
      startYear,
      endYear: startYear + rng.int(1, 4),
      funding,
      currency: 'CNY',
    });
    ds.out.located_in.row({ from: id, to: regions.ids[orgs.region[lead]!] });
    ds.out.in_industry.row({ from: id, to: industries.leafIds[leaf] });
    ds.out.undertakes.row({ from: orgId(lead), to: id, role: 'LEAD', year: startYear });

    let supporter = platforms.ofOrg[lead]!;
    seen.clear();
    seen.add(lead);
    const wanted = rng.powerLaw(1, PARTICIPANTS.max, PARTICIPANTS.exponent) - 1;
    for (let n = 0, attempt = 0; n < wanted && attempt < 3 * wanted; attempt++) {
      const participant = pickCollaborator(orgs, rng, leaf, province, PARTICIPANT_SOURCES, MEMBER_ZIPF);
      if (participant < 0 || seen.has(participant)) continue;
      seen.add(participant);
      n++;
      if (supporter < 0) supporter = platforms.ofOrg[participant]!;
      ds.out.undertakes.row({ from: orgId(participant), to: id, role: 'PARTICIPANT', year: startYear });
    }

    if (rng.chance(GOVERNMENT_FUNDED_SHARE)) {
      // National projects are funded by whichever government body; others by one in their province if there is one.
      const local = level !== 'NATIONAL' && orgs.governmentsByProvince.size(province) > 0;
      const funder = local ? orgs.governmentsByProvince.pickRanked(province, rng, LEAD_ZIPF) : orgs.byKind.pickRanked(GOVERNMENT, rng, LEAD_ZIPF);
      const share = 0.2 + 0.4 * rng.float();
      ds.out.funds.row({ from: orgId(funder), to: id, amount: roundCny(funding * share), currency: 'CNY', year: startYear });
    }
    if (supporter >= 0 && rng.chance(PLATFORM_SUPPORTED_SHARE)) ds.out.supports.row({ from: platformId(supporter), to: id });
    await progress.step();
  }
}
