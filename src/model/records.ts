// The import format: one file per node kind and per relationship kind, as CSV or JSON Lines.
// These zod schemas are the single definition of that format; docs/import-format.md explains
// it for people, the importer validates every row with them, and the seed graph uses them too.
//
// CSV cells are strings: lists are '|'-separated, booleans are true/false, an empty cell is an
// absent value. JSON Lines rows use native JSON types (lists as arrays).
import { z } from 'zod';
import { echo } from '../echo.js';
import { isCountry, isCurrency, parseExternalId } from './codes.js';
import {
  CHAIN_POSITIONS,
  EVENT_KINDS,
  LEVELS,
  MEMBER_ROLES,
  ORG_KINDS,
  PERSON_ROLES,
  PLATFORM_KINDS,
  PLATFORM_STATUSES,
  PROGRAMME_ROLES,
  PROJECT_ROLES,
  REGION_LEVELS,
  SPECIALIZATIONS,
  UNITS,
} from './enums.js';

/**
 * Ids are `kind:name`: a lower-case ASCII kind, a colon, then a letter or digit of any script
 * followed by anything but whitespace and control or format characters (org:shengong-semiconductor,
 * ind:顺丁橡胶, org:中国石化（天津）). At most 200 characters; stored and compared exactly as given.
 */
export const ID_PATTERN = /^[a-z][a-z0-9_-]*:[\p{L}\p{N}][^\s\p{C}]*$/u;
export const MAX_ID_LENGTH = 200;
export const ID_RULE =
  'must look like kind:name (e.g. org:shengong-semiconductor or ind:顺丁橡胶): a lower-case kind, a colon, then a letter or digit of any script and no spaces or control characters';
export const isEntityId = (v: unknown): v is string => typeof v === 'string' && ID_PATTERN.test(v) && [...v].length <= MAX_ID_LENGTH;
/** Why `v` is not an id, for messages; undefined when it is one. */
export const idProblem = (v: unknown): string | undefined =>
  isEntityId(v) ? undefined : typeof v === 'string' && [...v].length > MAX_ID_LENGTH ? `is longer than ${MAX_ID_LENGTH} characters` : ID_RULE;
const id = z.string().refine((v) => isEntityId(v), { error: (i) => idProblem(i.input) ?? ID_RULE });

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
/** ISO 4217, checked against the standard's list. */
const currency = z
  .string()
  .refine(isCurrency, { error: (i) => `must be an ISO 4217 currency code such as EUR, CNY or USD, got ${echo(i.input)}` })
  .optional();
/** ISO 3166-1 alpha-2, checked against the standard's list. */
const country = z
  .string()
  .refine(isCountry, { error: (i) => `must be an ISO 3166-1 alpha-2 country code such as CN, DE or FR, got ${echo(i.input)}` })
  .optional();
/**
 * External ids as SCHEME:value (PIC:999993953|USCC:91330100716105852F), each checked by its
 * scheme's format and stored in normal form; one per scheme.
 */
const externalIds = z
  .preprocess(
    splitCell,
    z
      .array(z.string())
      .max(20, 'at most 20 external ids')
      .transform((items, ctx) => {
        const out: string[] = [];
        const schemes = new Set<string>();
        for (const item of items) {
          const p = parseExternalId(item);
          if ('error' in p) ctx.addIssue({ code: 'custom', message: p.error });
          else if (schemes.has(p.scheme)) ctx.addIssue({ code: 'custom', message: `two ${p.scheme} ids; give one per scheme` });
          else {
            schemes.add(p.scheme);
            out.push(p.key);
          }
        }
        return out;
      }),
  )
  .optional();
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

/**
 * Organizations and projects as registries list them: the name may be missing when the row
 * gives a Chinese name or an external id; the API then shows a label made from the id.
 */
const identified = { ...named, name: optText, externalIds };
const NAMELESS = 'is required unless nameZh or externalIds is given';
const hasName = (r: { name?: string; nameZh?: string; externalIds?: string[] }) => r.name !== undefined || r.nameZh !== undefined || !!r.externalIds?.length;

/** An amount needs its currency: 5000000 of what? */
const withCurrency = (amountKey: string) => (r: Record<string, unknown>) => r[amountKey] === undefined || r.currency !== undefined;
const CURRENCY_NEEDED = 'is required with an amount (an ISO 4217 code such as EUR or CNY)';

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
  regions: z.object({ ...named, ...provenance, level: z.enum(REGION_LEVELS), country }),
  industries: z.object({ ...named, ...provenance }),
  organizations: z
    .object({
      ...identified,
      ...provenance,
      kind: z.enum(Object.keys(ORG_KINDS) as [keyof typeof ORG_KINDS, ...(keyof typeof ORG_KINDS)[]]),
      country,
      highTech: bool,
      aboveDesignatedSize: bool,
      founded: year,
    })
    .refine(hasName, { path: ['name'], error: NAMELESS }),
  platforms: z.object({
    ...named,
    ...provenance,
    kind: z.enum(PLATFORM_KINDS),
    level: z.enum(LEVELS).optional(),
    specialization: z.enum(SPECIALIZATIONS).optional(),
    status: z.enum(PLATFORM_STATUSES).optional(),
    established: year,
  }),
  projects: z
    .object({
      ...identified,
      ...provenance,
      level: z.enum(LEVELS).optional(),
      startYear: year,
      endYear: year,
      /** The project's budget or grant, in `currency`. */
      funding: amount,
      currency,
    })
    .refine(hasName, { path: ['name'], error: NAMELESS })
    .refine(withCurrency('funding'), { path: ['currency'], error: CURRENCY_NEEDED }),
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
  indicators: z
    .object({
      id,
      ...provenance,
      about: id,
      metric: z.string().regex(/^[a-z][a-z0-9_]{1,80}$/, 'must be a snake_case metric key'),
      label: text,
      value: num(z.number({ error: 'must be a number' })),
      unit: z.enum(UNITS),
      /** For unit MONEY (CNY implies CNY). */
      currency,
      approximate: bool, // "about", "over", "more than"
      year,
      period: optText, // e.g. "2020-2021", "since 2017", "by 2015"
      scope: optText,
      platformKind: z.enum(PLATFORM_KINDS).optional(),
      specialization: z.enum(SPECIALIZATIONS).optional(),
      level: z.enum(LEVELS).optional(),
    })
    .refine((r) => r.unit !== 'MONEY' || r.currency !== undefined, { path: ['currency'], error: 'is required for unit MONEY (an ISO 4217 code such as EUR)' })
    .refine((r) => r.currency === undefined || r.unit === 'MONEY' || (r.unit === 'CNY' && r.currency === 'CNY'), {
      path: ['currency'],
      error: 'is only for unit MONEY (unit CNY means yuan)',
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
    /** contribution: what the organization receives or brings (its share of the grant), in `currency`. */
    schema: z
      .object({ ...edge, role: z.enum(PROJECT_ROLES), year, contribution: amount, currency })
      .refine(withCurrency('contribution'), { path: ['currency'], error: CURRENCY_NEEDED }),
  },
  funds: {
    type: 'FUNDS',
    from: ['organizations'],
    to: ['projects'],
    schema: z.object({ ...edge, amount, currency, year }).refine(withCurrency('amount'), { path: ['currency'], error: CURRENCY_NEEDED }),
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
    schema: z
      .object({ ...edge, role: z.enum(PROGRAMME_ROLES).optional(), contribution: amount, currency })
      .refine(withCurrency('contribution'), { path: ['currency'], error: CURRENCY_NEEDED }),
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
