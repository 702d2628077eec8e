// Proportions and size distributions of the synthetic world: the knobs that decide what the
// graph looks like. Counts scale linearly with the number of organizations, so a benchmark at
// 10^6 has the same shape as a test at 10^3.
import type { Level, OrgKind, PlatformKind } from '../model/enums.js';
import { WeightedChoice } from './random.js';

/** The dataset's "now": founding years, memberships and supply relations end here. */
export const LAST_YEAR = 2025;

export const PLATFORMS_PER_ORG = 0.1;
export const PROJECTS_PER_ORG = 0.2;

/** Organization kinds: mostly enterprises, then the research and service institutions around them. */
export const ORG_KIND_CHOICE = new WeightedChoice<OrgKind>([
  ['ENTERPRISE', 0.85],
  ['UNIVERSITY', 0.02],
  ['INSTITUTE', 0.03],
  ['INVESTOR', 0.03],
  ['SERVICE_ORG', 0.03],
  ['FINANCIAL_INSTITUTION', 0.015],
  ['INCUBATOR_OPERATOR', 0.015],
  ['GOVERNMENT', 0.01],
]);

/** The first organizations take each kind once, so even a tiny dataset has every host a platform may need. */
export const GUARANTEED_KINDS: readonly OrgKind[] = [
  'ENTERPRISE',
  'UNIVERSITY',
  'INSTITUTE',
  'INVESTOR',
  'SERVICE_ORG',
  'FINANCIAL_INSTITUTION',
  'INCUBATOR_OPERATOR',
  'GOVERNMENT',
];

export const HIGH_TECH_SHARE = 0.2;
/** Above-designated-size ("规上") status is likelier for high-tech firms. */
export const ABOVE_SIZE_SHARE = { highTech: 0.5, other: 0.25 };
export const SECOND_INDUSTRY_SHARE = 0.3;

/** Rank-preference exponents: how strongly picks favour the most prominent (lowest-numbered) organizations. */
export const HOST_ZIPF = 0.8;
export const MEMBER_ZIPF = 0.8;
export const CUSTOMER_ZIPF = 0.8;
export const LEAD_ZIPF = 0.8;

export const PLATFORM_KIND_CHOICE = new WeightedChoice<PlatformKind>([
  ['ENTERPRISE_TECHNOLOGY_CENTER', 0.27],
  ['RD_CENTER', 0.12],
  ['ENGINEERING_TECHNOLOGY_CENTER', 0.1],
  ['KEY_LABORATORY', 0.08],
  ['INCUBATOR', 0.1],
  ['MAKER_SPACE', 0.09],
  ['ACADEMICIAN_WORKSTATION', 0.06],
  ['INNOVATION_CONSORTIUM', 0.05],
  ['OTHER', 0.03],
  ['INDUSTRIAL_TECHNOLOGY_INNOVATION_CENTER', 0.02],
  ['INDUSTRIAL_INNOVATION_SERVICE_COMPLEX', 0.02],
  ['RESEARCH_INNOVATION_BASE', 0.02],
  ['ACADEMICIAN_WORKSTATION_ALLIANCE', 0.01],
  ['ACHIEVEMENT_TRANSFORMATION_DEMO_ZONE', 0.005],
  ['INNOVATION_CORRIDOR', 0.005],
]);

/** Which kinds of organization host each kind of platform. */
export const PLATFORM_HOSTS: Record<PlatformKind, WeightedChoice<OrgKind>> = {
  KEY_LABORATORY: new WeightedChoice<OrgKind>([
    ['UNIVERSITY', 0.5],
    ['INSTITUTE', 0.35],
    ['ENTERPRISE', 0.15],
  ]),
  ENGINEERING_TECHNOLOGY_CENTER: new WeightedChoice<OrgKind>([
    ['ENTERPRISE', 0.5],
    ['UNIVERSITY', 0.25],
    ['INSTITUTE', 0.25],
  ]),
  ENTERPRISE_TECHNOLOGY_CENTER: new WeightedChoice<OrgKind>([['ENTERPRISE', 1]]),
  RD_CENTER: new WeightedChoice<OrgKind>([
    ['ENTERPRISE', 0.8],
    ['INSTITUTE', 0.2],
  ]),
  INDUSTRIAL_TECHNOLOGY_INNOVATION_CENTER: new WeightedChoice<OrgKind>([
    ['INSTITUTE', 0.4],
    ['ENTERPRISE', 0.4],
    ['UNIVERSITY', 0.2],
  ]),
  INNOVATION_CONSORTIUM: new WeightedChoice<OrgKind>([['ENTERPRISE', 1]]),
  INDUSTRIAL_INNOVATION_SERVICE_COMPLEX: new WeightedChoice<OrgKind>([
    ['SERVICE_ORG', 0.7],
    ['GOVERNMENT', 0.3],
  ]),
  RESEARCH_INNOVATION_BASE: new WeightedChoice<OrgKind>([
    ['UNIVERSITY', 0.5],
    ['INSTITUTE', 0.5],
  ]),
  ACADEMICIAN_WORKSTATION: new WeightedChoice<OrgKind>([
    ['ENTERPRISE', 0.8],
    ['UNIVERSITY', 0.2],
  ]),
  ACADEMICIAN_WORKSTATION_ALLIANCE: new WeightedChoice<OrgKind>([
    ['SERVICE_ORG', 0.5],
    ['GOVERNMENT', 0.5],
  ]),
  INCUBATOR: new WeightedChoice<OrgKind>([
    ['INCUBATOR_OPERATOR', 0.6],
    ['UNIVERSITY', 0.2],
    ['ENTERPRISE', 0.2],
  ]),
  MAKER_SPACE: new WeightedChoice<OrgKind>([
    ['INCUBATOR_OPERATOR', 0.6],
    ['ENTERPRISE', 0.2],
    ['UNIVERSITY', 0.2],
  ]),
  ACHIEVEMENT_TRANSFORMATION_DEMO_ZONE: new WeightedChoice<OrgKind>([['GOVERNMENT', 1]]),
  INNOVATION_CORRIDOR: new WeightedChoice<OrgKind>([['GOVERNMENT', 1]]),
  OTHER: new WeightedChoice<OrgKind>([
    ['SERVICE_ORG', 0.5],
    ['ENTERPRISE', 0.5],
  ]),
};

/** Few national platforms, most recognized by provinces and cities. */
export const PLATFORM_LEVEL_CHOICE = new WeightedChoice<Level>([
  ['NATIONAL', 0.04],
  ['CROSS_REGIONAL', 0.01],
  ['PROVINCIAL', 0.3],
  ['MUNICIPAL', 0.45],
  ['DISTRICT', 0.15],
  ['ENTERPRISE', 0.05],
]);

export const PLATFORM_STATUS_CHOICE = new WeightedChoice([
  ['OPERATING', 0.85],
  ['UNDER_CONSTRUCTION', 0.07],
  ['PLANNED', 0.04],
  ['SHORTLISTED', 0.04],
] as const);

/**
 * Members per platform: a power law on [1, max], so most platforms have a handful of members
 * and a few alliances have hundreds. With these values member_of has about 1.5 rows per
 * organization, the size the importer is benchmarked on.
 */
export const MEMBERS = { exponent: 1.685, max: 800 };
export const CONSORTIUM_MIN_MEMBERS = 3;
/** Non-consortium members: share drawn from enterprises of the served industry, from universities/institutes, the rest from the host's province. */
export const MEMBER_SOURCES = { industry: 0.55, academia: 0.25 };

export const PROJECT_LEVEL_CHOICE = new WeightedChoice<Level>([
  ['NATIONAL', 0.08],
  ['PROVINCIAL', 0.3],
  ['MUNICIPAL', 0.4],
  ['DISTRICT', 0.12],
  ['ENTERPRISE', 0.1],
]);

export const PROJECT_LEAD_CHOICE = new WeightedChoice<OrgKind>([
  ['ENTERPRISE', 0.7],
  ['UNIVERSITY', 0.18],
  ['INSTITUTE', 0.12],
]);

/** Project funding in CNY: a Pareto tail above a level-dependent floor. */
export const FUNDING_FLOOR: Record<Level, number> = {
  INTERNATIONAL: 5_000_000,
  NATIONAL: 2_000_000,
  CROSS_REGIONAL: 1_000_000,
  PROVINCIAL: 500_000,
  MUNICIPAL: 200_000,
  DISTRICT: 100_000,
  ENTERPRISE: 100_000,
};
export const FUNDING_TAIL = { exponent: 2.2, maxMultiple: 1000 };

/** Participants besides the lead: power law on [1, max] minus one, so half the projects have none and a few dozens. */
export const PARTICIPANTS = { exponent: 2.0, max: 40 };
export const PARTICIPANT_SOURCES = { industry: 0.5, academia: 0.3 };
export const GOVERNMENT_FUNDED_SHARE = 0.5;
export const PLATFORM_SUPPORTED_SHARE = 0.35;

/**
 * Customers per enterprise that has a downstream industry: power law on [1, max] minus one, so
 * many have none and a few hundreds; about two supplies rows per enterprise overall.
 */
export const CUSTOMERS = { exponent: 2.2, max: 300 };
/**
 * Enterprises known only by their industry (IN_INDUSTRY, no SUPPLIES either way), as in
 * enterprise-product datasets without company-to-company links: chainPartners must find them
 * through the industry chain alone.
 */
export const CHAIN_ONLY_SHARE = 0.15;
