// The import format: one file per node kind and per relationship kind, as CSV or JSON Lines.
// These zod schemas are the single definition of that format; docs/import-format.md explains
// it for people, the importer validates every row with them, and the seed graph uses them too.
//
// CSV cells are strings: lists are '|'-separated, booleans are true/false, an empty cell is an
// absent value. JSON Lines rows use native JSON types (lists as arrays).
import { z } from 'zod';
import {
  CHAIN_POSITIONS,
  EVENT_KINDS,
  LEVELS,
  MEMBER_ROLES,
  ORG_KINDS,
  PERSON_ROLES,
  PLATFORM_KINDS,
  PLATFORM_STATUSES,
  PROJECT_ROLES,
  REGION_LEVELS,
  SPECIALIZATIONS,
  UNITS,
} from './enums.js';

export const ID_PATTERN = /^[a-z][a-z0-9_-]*:[A-Za-z0-9][A-Za-z0-9._:-]{0,120}$/;
const id = z.string().regex(ID_PATTERN, 'must look like kind:name (e.g. org:shengong-semiconductor)');

// Values may arrive as CSV strings; these coerce them the same way for both formats.
const text = z.string().trim().min(1, 'must not be empty').max(2000, 'is longer than 2000 characters');
const optText = text.optional();
const splitCell = (v: unknown) =>
  typeof v === 'string'
    ? v
        .split('|')
        .map((s) => s.trim())
        .filter(Boolean)
    : v;
const list = z.preprocess(splitCell, z.array(text).max(50)).optional();
const enumList = <T extends readonly [string, ...string[]]>(values: T) => z.preprocess(splitCell, z.array(z.enum(values)).max(20)).optional();
const bool = z.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean({ error: 'must be true or false' })).optional();
const num = (schema: z.ZodNumber) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : v), schema.refine(Number.isFinite, 'must be a finite number'));
const year = num(z.number({ error: 'must be a year such as 2021' }).int('must be a whole year').min(1800).max(2200)).optional();
const amount = num(z.number({ error: 'must be a number' }).nonnegative('must not be negative')).optional();
/** A date as precise as the source gives it: 2022, 2022-04 or 2022-04-26. */
const date = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .optional();

/**
 * Provenance, on every row of every file. `source` names a row of sources.*; `evidence` is the
 * sentence or figure the row was taken from; `note` records an ambiguity or a reading of the
 * text; `inferred` marks a fact the source does not state (e.g. which province a city is in).
 * Imported rows also get their file name and line recorded by the importer.
 */
const provenance = {
  source: id.optional(),
  evidence: optText,
  note: optText,
  inferred: bool,
};

const named = {
  id,
  name: text,
  nameZh: optText,
  aliases: list,
  description: optText,
};

export const nodeSchemas = {
  sources: z.object({
    id,
    title: text,
    date,
    author: optText,
    publisher: optText,
    url: optText,
    file: optText,
    language: optText,
    note: optText,
  }),
  regions: z.object({ ...named, ...provenance, level: z.enum(REGION_LEVELS) }),
  industries: z.object({ ...named, ...provenance }),
  organizations: z.object({
    ...named,
    ...provenance,
    kind: z.enum(Object.keys(ORG_KINDS) as [keyof typeof ORG_KINDS, ...(keyof typeof ORG_KINDS)[]]),
    highTech: bool,
    aboveDesignatedSize: bool,
    founded: year,
  }),
  platforms: z.object({
    ...named,
    ...provenance,
    kind: z.enum(PLATFORM_KINDS),
    level: z.enum(LEVELS).optional(),
    specialization: z.enum(SPECIALIZATIONS).optional(),
    status: z.enum(PLATFORM_STATUSES).optional(),
    established: year,
  }),
  projects: z.object({
    ...named,
    ...provenance,
    level: z.enum(LEVELS).optional(),
    startYear: year,
    endYear: year,
    funding: amount,
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'must be an ISO currency code such as CNY')
      .optional(),
  }),
  programmes: z.object({
    ...named,
    ...provenance,
    level: z.enum(LEVELS).optional(),
    status: z.enum(PLATFORM_STATUSES).optional(),
    startYear: year,
    endYear: year,
  }),
  people: z.object({ ...named, ...provenance, roles: enumList(PERSON_ROLES), title: optText }),
  events: z.object({ ...named, ...provenance, kind: z.enum(EVENT_KINDS), date }),
  /**
   * A figure a source states that cannot be enumerated as nodes (a count, amount, share or
   * rank). `about` is the entity it describes (region, programme, platform, event);
   * `platformKind`/`level` let analytics set it beside counted platforms.
   */
  indicators: z.object({
    id,
    ...provenance,
    about: id,
    metric: z.string().regex(/^[a-z][a-z0-9_]{1,80}$/, 'must be a snake_case metric key'),
    label: text,
    value: num(z.number({ error: 'must be a number' })),
    unit: z.enum(UNITS),
    approximate: bool, // "about", "over", "more than"
    year,
    period: optText, // e.g. "2020-2021", "since 2017", "by 2015"
    scope: optText,
    platformKind: z.enum(PLATFORM_KINDS).optional(),
    specialization: z.enum(SPECIALIZATIONS).optional(),
    level: z.enum(LEVELS).optional(),
  }),
} as const;

/** Node files an indicator's `about` may name (its ABOUT relationship's far end). */
export const INDICATOR_SUBJECTS = ['regions', 'organizations', 'platforms', 'projects', 'programmes', 'events', 'industries'] as const;

const edge = { from: id, to: id, ...provenance };

/** Relationship files; `ends` names the node files each end may refer to. */
export const relationshipKinds = {
  part_of: { type: 'PART_OF', from: ['regions'], to: ['regions'], schema: z.object(edge) },
  located_in: {
    type: 'LOCATED_IN',
    from: ['organizations', 'platforms', 'projects', 'programmes', 'events'],
    to: ['regions'],
    schema: z.object(edge),
  },
  in_industry: { type: 'IN_INDUSTRY', from: ['organizations', 'projects'], to: ['industries'], schema: z.object(edge) },
  serves: { type: 'SERVES', from: ['platforms', 'programmes'], to: ['industries'], schema: z.object(edge) },
  subindustry_of: { type: 'SUBINDUSTRY_OF', from: ['industries'], to: ['industries'], schema: z.object(edge) },
  upstream_of: { type: 'UPSTREAM_OF', from: ['industries'], to: ['industries'], schema: z.object({ ...edge, product: optText }) },
  hosted_by: { type: 'HOSTED_BY', from: ['platforms'], to: ['organizations'], schema: z.object(edge) },
  member_of: {
    type: 'MEMBER_OF',
    from: ['organizations'],
    to: ['platforms'],
    schema: z.object({ ...edge, role: z.enum(MEMBER_ROLES), chainPosition: z.enum(CHAIN_POSITIONS).optional(), since: year }),
  },
  undertakes: {
    type: 'UNDERTAKES',
    from: ['organizations'],
    to: ['projects'],
    schema: z.object({ ...edge, role: z.enum(PROJECT_ROLES), year }),
  },
  funds: {
    type: 'FUNDS',
    from: ['organizations'],
    to: ['projects'],
    schema: z.object({
      ...edge,
      amount,
      currency: z
        .string()
        .regex(/^[A-Z]{3}$/)
        .optional(),
      year,
    }),
  },
  supports: { type: 'SUPPORTS', from: ['platforms'], to: ['projects'], schema: z.object(edge) },
  supplies: {
    type: 'SUPPLIES',
    from: ['organizations'],
    to: ['organizations'],
    schema: z.object({ ...edge, product: optText, since: year }),
  },
  affiliated_with: {
    type: 'AFFILIATED_WITH',
    from: ['people'],
    to: ['organizations', 'platforms'],
    schema: z.object({ ...edge, role: z.enum(PERSON_ROLES), title: optText }),
  },
  participates_in: {
    type: 'PARTICIPATES_IN',
    from: ['organizations', 'platforms', 'regions'],
    to: ['programmes'],
    schema: z.object({ ...edge, role: z.enum(MEMBER_ROLES).optional() }),
  },
  organized: { type: 'ORGANIZED', from: ['organizations'], to: ['events'], schema: z.object(edge) },
  attended: {
    type: 'ATTENDED',
    from: ['people', 'organizations', 'regions'],
    to: ['events'],
    schema: z.object({ ...edge, role: optText }),
  },
  /** What an event was about: the complex a survey visited, the programme a meeting promoted. */
  concerns: {
    type: 'CONCERNS',
    from: ['events'],
    to: ['platforms', 'programmes', 'events', 'organizations'],
    schema: z.object(edge),
  },
  authored: { type: 'AUTHORED', from: ['people'], to: ['sources'], schema: z.object(edge) },
} as const;

export type NodeFile = keyof typeof nodeSchemas;
export type RelFile = keyof typeof relationshipKinds;
export const NODE_FILES = Object.keys(nodeSchemas) as NodeFile[];
export const REL_FILES = Object.keys(relationshipKinds) as RelFile[];
export type NodeRow<K extends NodeFile> = z.infer<(typeof nodeSchemas)[K]>;
