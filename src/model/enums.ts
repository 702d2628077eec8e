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

/** Administrative level of a platform, project or programme. */
export const LEVELS = ['NATIONAL', 'CROSS_REGIONAL', 'PROVINCIAL', 'MUNICIPAL', 'DISTRICT', 'ENTERPRISE'] as const;
export type Level = (typeof LEVELS)[number];

/** Industrial technology innovation centres come generic (共性) or specialized (专业). */
export const SPECIALIZATIONS = ['GENERIC', 'SPECIALIZED'] as const;

export const PLATFORM_STATUSES = ['OPERATING', 'PLANNED', 'SHORTLISTED', 'UNDER_CONSTRUCTION'] as const;

export const REGION_LEVELS = ['COUNTRY', 'MACRO_REGION', 'PROVINCE', 'CITY', 'COUNTY'] as const;

export const CHAIN_POSITIONS = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'] as const;

/** Role of an organization in a platform. */
export const MEMBER_ROLES = ['LEAD', 'MEMBER', 'SUPPORT', 'GUIDE', 'PARTNER'] as const;

/** Role of an organization in a project. */
export const PROJECT_ROLES = ['LEAD', 'PARTICIPANT'] as const;

export const PERSON_ROLES = ['ACADEMICIAN', 'OFFICIAL', 'EXPERT', 'REPORTER', 'AUTHOR', 'ENTREPRENEUR', 'RESEARCHER'] as const;

export const EVENT_KINDS = ['ACHIEVEMENT_FAIR', 'MEETING', 'FIELD_SURVEY', 'TRAINING'] as const;

/** Units of a reported indicator's value. */
export const UNITS = ['COUNT', 'CNY', 'PERCENT', 'RANK', 'PERSON', 'TIMES', 'YEARS', 'MULTIPLE'] as const;
