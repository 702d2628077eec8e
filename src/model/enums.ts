// Closed vocabularies of the model. Each list is the whitelist that Cypher labels, relationship
// types and GraphQL enums are drawn from: nothing a user types becomes a label or a type.

export const ORG_KINDS = {
  ENTERPRISE: 'Enterprise',
  UNIVERSITY: 'University',
  INSTITUTE: 'Institute', // research institute, academy of sciences branch, lab outside a university
  GOVERNMENT: 'GovernmentDepartment',
  INVESTOR: 'Investor', // venture capital, investment fund
  SERVICE_ORG: 'ServiceOrganization', // technology-transfer institution, project-management centre
  FINANCIAL_INSTITUTION: 'FinancialInstitution',
  INCUBATOR_OPERATOR: 'IncubatorOperator',
  SOCIETY: 'Society', // learned society or academy of engineers, e.g. the Canadian Academy of Engineering
  OTHER: 'OtherOrganization', // none of the above, or not stated by the source (e.g. "OTH" in a framework-programme registry)
} as const;
export type OrgKind = keyof typeof ORG_KINDS;

export const PLATFORM_KINDS = [
  'KEY_LABORATORY',
  'ENGINEERING_TECHNOLOGY_CENTER',
  'ENTERPRISE_TECHNOLOGY_CENTER',
  'RD_CENTER',
  'INDUSTRIAL_TECHNOLOGY_INNOVATION_CENTER',
  'INNOVATION_CONSORTIUM',
  'INDUSTRIAL_INNOVATION_SERVICE_COMPLEX',
  'RESEARCH_INNOVATION_BASE',
  'ACADEMICIAN_WORKSTATION',
  'ACADEMICIAN_WORKSTATION_ALLIANCE',
  'INCUBATOR',
  'MAKER_SPACE',
  'ACHIEVEMENT_TRANSFORMATION_DEMO_ZONE',
  'INNOVATION_CORRIDOR',
  'OTHER',
] as const;
export type PlatformKind = (typeof PLATFORM_KINDS)[number];

/** Administrative level of a platform, project or programme; INTERNATIONAL is above national (multi-country programmes). */
export const LEVELS = ['INTERNATIONAL', 'NATIONAL', 'CROSS_REGIONAL', 'PROVINCIAL', 'MUNICIPAL', 'DISTRICT', 'ENTERPRISE'] as const;
export type Level = (typeof LEVELS)[number];

/** Industrial technology innovation centres come generic (共性) or specialized (专业). */
export const SPECIALIZATIONS = ['GENERIC', 'SPECIALIZED'] as const;

export const PLATFORM_STATUSES = ['OPERATING', 'PLANNED', 'SHORTLISTED', 'UNDER_CONSTRUCTION'] as const;

/**
 * Levels of the region tree (PART_OF). COUNTRY_GROUP holds countries (the EU, the countries
 * associated to a programme); a country may be PART_OF several groups. COUNTRY regions carry an
 * ISO 3166-1 alpha-2 `country` code.
 */
export const REGION_LEVELS = ['COUNTRY_GROUP', 'COUNTRY', 'MACRO_REGION', 'PROVINCE', 'CITY', 'COUNTY'] as const;

export const CHAIN_POSITIONS = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'] as const;

/** Role of an organization in a platform. */
export const MEMBER_ROLES = ['LEAD', 'MEMBER', 'SUPPORT', 'GUIDE', 'PARTNER'] as const;

/**
 * Role of an organization in a project (UNDERTAKES). LEAD is the undertaking organization of a
 * Chinese project (牵头单位); COORDINATOR is the coordinator of a multi-partner grant (one per
 * project, signs the grant). Both lead, see LEADING_PROJECT_ROLES. PARTICIPANT is a full
 * participant or beneficiary (参与单位); PARTNER a partner without a grant share of its own;
 * THIRD_PARTY an entity linked to a participant (in-kind or affiliated); ASSOCIATED an associated
 * partner. docs/model.md maps registry roles onto these.
 */
export const PROJECT_ROLES = ['LEAD', 'COORDINATOR', 'PARTICIPANT', 'PARTNER', 'THIRD_PARTY', 'ASSOCIATED'] as const;

/** The project roles that lead a project: a project has one organization in one of them. */
export const LEADING_PROJECT_ROLES = ['LEAD', 'COORDINATOR'] as const;

/** Role in a programme (PARTICIPATES_IN): the platform roles and the project roles. */
export const PROGRAMME_ROLES = ['LEAD', 'COORDINATOR', 'MEMBER', 'PARTICIPANT', 'PARTNER', 'SUPPORT', 'GUIDE', 'THIRD_PARTY', 'ASSOCIATED'] as const;

export const PERSON_ROLES = ['ACADEMICIAN', 'OFFICIAL', 'EXPERT', 'REPORTER', 'AUTHOR', 'ENTREPRENEUR', 'RESEARCHER'] as const;

export const EVENT_KINDS = ['ACHIEVEMENT_FAIR', 'MEETING', 'FIELD_SURVEY', 'TRAINING'] as const;

/**
 * Units of a reported indicator's value. MONEY is an amount in the indicator's `currency`; CNY
 * (kept for the figures already recorded with it) is MONEY in yuan.
 */
export const UNITS = ['COUNT', 'CNY', 'MONEY', 'PERCENT', 'RANK', 'PERSON', 'TIMES', 'YEARS', 'MULTIPLE'] as const;

/**
 * External identifier schemes whose format is known and checked (docs/import-format.md). Any
 * other scheme of 2-20 capitals, digits or '_' is accepted, its value taken as given.
 */
export const EXTERNAL_ID_SCHEMES = {
  PIC: 'participant identification code of the EU funding programmes (9 digits)',
  USCC: 'unified social credit code, 统一社会信用代码 (18 characters, GB 32100-2015, with its check character)',
  ROR: 'Research Organization Registry id (e.g. 02mhbdp94; https://ror.org/... is accepted and stored bare)',
  LEI: 'legal entity identifier, ISO 17442 (20 characters, with its check digits)',
  WIKIDATA: 'Wikidata item (Q and digits)',
} as const;
