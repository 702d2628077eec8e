// Enum values as the interface shows them: entity kinds, levels, relationship types, roles and
// chain positions, in Chinese when the language is Chinese. Here, under graph/, because the graph
// component draws them on edges for the explorer and for <kg-graph> alike (explore/i18n.ts
// re-exports enumLabel for its panels); English shows them as the API names them, so they match
// the GraphQL playground and exports.

const ENUM_ZH: Record<string, string> = {
  // Kinds
  ORGANIZATION: '机构',
  PLATFORM: '平台',
  PROJECT: '项目',
  PROGRAMME: '计划',
  REGION: '地区',
  INDUSTRY: '产业',
  PERSON: '人物',
  EVENT: '事件',
  INDICATOR: '指标',
  SOURCE: '来源',
  // Platform levels
  NATIONAL: '国家级',
  CROSS_REGIONAL: '跨区域',
  PROVINCIAL: '省级',
  MUNICIPAL: '市级',
  DISTRICT: '区县级',
  ENTERPRISE: '企业级',
  // Relationship types (NeighborhoodRel in schema/traversals.graphql)
  MEMBER_OF: '成员',
  HOSTED_BY: '依托',
  UNDERTAKES: '承担',
  FUNDS: '资助',
  SUPPORTS: '支持',
  SUPPLIES: '供应',
  LOCATED_IN: '位于',
  PART_OF: '隶属',
  IN_INDUSTRY: '所属产业',
  SERVES: '服务',
  UPSTREAM_OF: '上游于',
  SUBINDUSTRY_OF: '子产业',
  PARTICIPATES_IN: '参与',
  AFFILIATED_WITH: '任职于',
  ORGANIZED: '主办',
  ATTENDED: '参加',
  CONCERNS: '涉及',
  ABOUT: '关于',
  AUTHORED: '撰写',
  // Roles (MemberRole, ProjectRole, ProgrammeRole, HopRole, PersonRole)
  LEAD: '牵头',
  MEMBER: '成员单位',
  SUPPORT: '支撑',
  GUIDE: '指导',
  PARTNER: '合作',
  HOST: '依托单位',
  PARTICIPANT: '参与',
  COORDINATOR: '协调',
  THIRD_PARTY: '第三方',
  ASSOCIATED: '关联',
  FUNDER: '资助方',
  SUPPLIER: '供应方',
  CUSTOMER: '客户',
  ACADEMICIAN: '院士',
  OFFICIAL: '官员',
  EXPERT: '专家',
  REPORTER: '记者',
  AUTHOR: '作者',
  ENTREPRENEUR: '企业家',
  RESEARCHER: '研究员',
  // Chain positions
  UPSTREAM: '上游',
  MIDSTREAM: '中游',
  DOWNSTREAM: '下游',
};

/** An enum value as the interface shows it: translated in Chinese where a translation exists. */
export const enumLabel = (value: string, lang: string): string => (lang === 'zh' ? (ENUM_ZH[value] ?? value) : value);
