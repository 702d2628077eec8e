// Invented but plausible names in English and Chinese. A brand is a pure function of (seed,
// organization number), so platforms and projects can name their host or lead without the
// generator keeping a million strings in memory.
import type { OrgKind, PlatformKind } from '../model/enums.js';
import { BRAND_SYLLABLES } from './catalog.js';
import { hash32 } from './random.js';

export interface Name {
  en: string;
  zh: string;
}

export interface Brand extends Name {
  /** Hash bits for choosing among name variants. */
  variant: number;
}

export function brandOf(seed: number, org: number): Brand {
  const h = hash32(seed, Math.floor(seed / 0x100000000), org);
  const n = BRAND_SYLLABLES.length;
  const first = h % n;
  const second = (first + 1 + ((h >>> 8) % (n - 1))) % n; // never the first syllable again
  const [a, aZh] = BRAND_SYLLABLES[first]!;
  const [b, bZh] = BRAND_SYLLABLES[second]!;
  return { en: a.charAt(0).toUpperCase() + a.slice(1) + b, zh: aZh + bZh, variant: h >>> 16 };
}

const MINOR_WORDS = new Set(['and', 'of', 'for']);

/** Industry names are sentence case ("Power batteries"); inside a proper name they read as a title. */
const titleCase = (s: string) =>
  s
    .split(' ')
    .map((w) => (MINOR_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');

/** Variants per kind, chosen by hash bits so names vary without drawing from the random stream. */
const UNIVERSITY_SUFFIX = [
  ['University of Technology', '理工大学'],
  ['University', '大学'],
  ['University of Science and Technology', '科技大学'],
  ['Normal University', '师范大学'],
  ['Polytechnic University', '工业大学'],
] as const;
const GOVERNMENT_SUFFIX = [
  ['Science and Technology Bureau', '科学技术局'],
  ['Bureau of Industry and Information Technology', '工业和信息化局'],
  ['Development and Reform Commission', '发展和改革委员会'],
  ['High-tech Zone Administrative Committee', '高新区管理委员会'],
] as const;
const SERVICE_SUFFIX = [
  ['Technology Transfer Center', '技术转移中心'],
  ['Productivity Promotion Center', '生产力促进中心'],
  ['Science and Technology Project Management Center', '科技项目管理中心'],
] as const;

/**
 * `place` is the organization's city or county name without suffix ("Anlin"), `industry` its
 * main sub-industry; both appear in the name the way they do in real registrations.
 */
export function orgName(kind: OrgKind, brand: Brand, place: Name, industry: Name): [string, string] {
  const field = titleCase(industry.en);
  const v = <T>(list: readonly T[]) => list[brand.variant % list.length]!;
  switch (kind) {
    case 'ENTERPRISE':
      return [`${place.en} ${brand.en} ${field} Co., Ltd.`, `${place.zh}${brand.zh}${industry.zh}有限公司`];
    case 'UNIVERSITY': {
      const [en, zh] = v(UNIVERSITY_SUFFIX);
      return [`${place.en} ${en}`, `${place.zh}${zh}`];
    }
    case 'INSTITUTE':
      return [`${place.en} ${brand.en} Institute of ${field}`, `${place.zh}${brand.zh}${industry.zh}研究院`];
    case 'GOVERNMENT': {
      const [en, zh] = v(GOVERNMENT_SUFFIX);
      return [`${place.en} ${en}`, `${place.zh}${zh}`];
    }
    case 'INVESTOR':
      return [`${brand.en} Venture Capital Co., Ltd.`, `${brand.zh}创业投资有限公司`];
    case 'SERVICE_ORG': {
      const [en, zh] = v(SERVICE_SUFFIX);
      return [`${place.en} ${brand.en} ${en}`, `${place.zh}${brand.zh}${zh}`];
    }
    case 'FINANCIAL_INSTITUTION':
      return [`${place.en} ${brand.en} Rural Commercial Bank`, `${place.zh}${brand.zh}农村商业银行`];
    case 'INCUBATOR_OPERATOR':
      return [`${brand.en} Incubator Management Co., Ltd.`, `${brand.zh}孵化器管理有限公司`];
    case 'SOCIETY':
      return [`${place.en} Society of ${field}`, `${place.zh}${industry.zh}学会`];
    case 'OTHER':
      return [`${place.en} ${brand.en} ${field} Association`, `${place.zh}${brand.zh}${industry.zh}协会`];
  }
}

const PLATFORM_SUFFIX: Record<PlatformKind, readonly [string, string]> = {
  KEY_LABORATORY: ['Key Laboratory', '重点实验室'],
  ENGINEERING_TECHNOLOGY_CENTER: ['Engineering Technology Research Center', '工程技术研究中心'],
  ENTERPRISE_TECHNOLOGY_CENTER: ['Enterprise Technology Center', '企业技术中心'],
  RD_CENTER: ['R&D Center', '研发中心'],
  INDUSTRIAL_TECHNOLOGY_INNOVATION_CENTER: ['Industrial Technology Innovation Center', '产业技术创新中心'],
  INNOVATION_CONSORTIUM: ['Innovation Consortium', '创新联合体'],
  INDUSTRIAL_INNOVATION_SERVICE_COMPLEX: ['Industrial Innovation Service Complex', '产业创新服务综合体'],
  RESEARCH_INNOVATION_BASE: ['Research and Innovation Base', '研发创新基地'],
  ACADEMICIAN_WORKSTATION: ['Academician Workstation', '院士工作站'],
  ACADEMICIAN_WORKSTATION_ALLIANCE: ['Academician Workstation Alliance', '院士工作站联盟'],
  INCUBATOR: ['Technology Business Incubator', '科技企业孵化器'],
  MAKER_SPACE: ['Maker Space', '众创空间'],
  ACHIEVEMENT_TRANSFORMATION_DEMO_ZONE: ['Achievement Transformation Demonstration Zone', '科技成果转化示范区'],
  INNOVATION_CORRIDOR: ['Science and Technology Innovation Corridor', '科创走廊'],
  OTHER: ['Innovation Platform', '创新平台'],
};

/** Platforms are named after the host and the industry they serve, as most real ones are. */
export function platformName(kind: PlatformKind, host: Name, industry: Name): [string, string] {
  const [en, zh] = PLATFORM_SUFFIX[kind];
  return [`${host.en} ${titleCase(industry.en)} ${en}`, `${host.zh}${industry.zh}${zh}`];
}

const PROJECT_PREFIX = [
  ['Key technologies for', '关键技术研究'],
  ['Industrialization of', '产业化项目'],
  ['Demonstration application of', '示范应用'],
  ['Core equipment development for', '核心装备研制'],
] as const;

/** "Power batteries" reads "power batteries" mid-sentence, but "IC design" keeps its acronym. */
const midSentence = (s: string) => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

export function projectName(lead: Name, industry: Name, variant: number): [string, string] {
  const [en, zh] = PROJECT_PREFIX[variant % PROJECT_PREFIX.length]!;
  return [`${en} ${midSentence(industry.en)} (${lead.en})`, `${lead.zh}${industry.zh}${zh}`];
}
