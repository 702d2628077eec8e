// The hostile-input corpus (tests/hardening/corpus.ts) against the real application. The cross
// product "every string argument of every query and mutation x every hostile string" is derived
// from the schema, so a new argument is covered without touching this file. Each answer must be
// a clear, intended one (a result, or BAD_USER_INPUT / NOT_FOUND / a validation or limit error),
// never a 5xx, a masked internal error or a leak (stack, driver error, Cypher, server paths). The
// read-only part must leave the database exactly as it was (every node, relationship and value,
// a canary included); mutations must store a hostile string verbatim or refuse it, whole.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  buildSchema,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import type { Graph } from '../../src/graph/graph.js';
import { importDataset } from '../../src/import/import-dataset.js';
import { loadSeed } from '../../src/seed/load-seed.js';
import { loadTypeDefs } from '../../src/server/app.js';
import { type App, testApp } from '../helpers/gql.js';
import { counts, freshGraph } from '../helpers/graph.js';
import { BAD_CURSORS, BAD_NUMBER_LITERALS, BAD_NUMBERS, HOSTILE_STRINGS, type Hostile, STRUCTURAL_BOMBS } from './corpus.js';

const CONCURRENCY = 8;
// The SDL the app serves (loadTypeDefs, as createApp reads it), built with this module's graphql so
// its type predicates apply (makeExecutableSchema hands back types of graphql's other build).
const schema = buildSchema(loadTypeDefs(path.join(PROJECT_ROOT, 'schema')).join('\n'));
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/**
 * Properties an update writes besides the field it names: provenance, the edit stamp, the alias
 * index text, and the import's row hash, which every edit removes (src/mutations/editor.ts).
 */
const STAMPED = new Set(['source', 'evidence', 'note', 'inferred', 'editedAt', 'editedBy', 'aliasText', 'importHash']);
const stats = { mutationsStored: 0, mutationsRefused: 0, storedTrimmed: 0, bombsMs: 0 };

// ---------------------------------------------------------------------------------------------
// Requests and the checks every answer must pass.

interface Answer {
  status: number;
  text: string;
  body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, any> }[]; extensions?: Record<string, any> };
  ms: number;
}

let app: App;
let casesRun = 0;

async function send(body: string): Promise<Answer> {
  const started = performance.now();
  const res = await app.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await res.text();
  let parsed: Answer['body'];
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`HTTP ${res.status}: the answer is not JSON: ${text.slice(0, 300)}`);
  }
  casesRun += 1;
  return { status: res.status, text, body: parsed, ms: performance.now() - started };
}

const request = (query: string, variables?: Record<string, unknown>) => send(JSON.stringify({ query, variables }));

/** Codes of errors written for clients; an error without a code is graphql-js's or armor's own. */
const CLEAR_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'TRAVERSAL_LIMIT',
  'QUERY_TOO_COSTLY',
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'TOO_MANY_DIRECTIVES',
  'TOO_MANY_TOKENS',
  'PAYLOAD_TOO_LARGE',
]);

const LEAKS: [string, RegExp][] = [
  ['a driver error', /Neo4jError|Neo\.(?:Client|Transient|Database)Error|org\.neo4j|GQLSTATUS|gql_status/],
  ['Cypher', /Cypher|\bMATCH \(n:Entity|\bUNWIND \$/],
  ['a stack frame', /\n\s+at |\bat (?:async )?[\w$.<>[\]]+ \(|\bat file:\/\/|\bat node:/],
  ['a server path', /\/work\/|\/home\/|\/tmp\/|\/usr\/|\/var\/|node_modules|file:\/\/|[A-Za-z]:\\\\|\.(?:ts|js|mjs|cjs):\d+/],
];

/** Every string in a parsed answer (object keys included). */
function answerStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) answerStrings(v, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      answerStrings(v, out);
    }
  return out;
}

/** The leak a string shows, once the hostile input it may quote is taken out (echoing input is fine). */
function leakIn(s: string, echoes: () => string[]): string | undefined {
  if (!LEAKS.some(([, pattern]) => pattern.test(s))) return undefined;
  let rest = s;
  for (const e of echoes()) if (e.length) rest = rest.split(e).join('');
  const found = LEAKS.find(([, pattern]) => pattern.test(rest));
  return found && `${found[0]}: ${rest.slice(0, 300)}`;
}

/** The echo forms of an input: as sent, trimmed, and JSON-quoted (messages quote ids with JSON.stringify). */
function echoesOf(inputs: unknown[]): string[] {
  const out = new Set<string>();
  for (const input of inputs) {
    if (typeof input !== 'string') continue;
    for (const s of [input, input.trim()]) {
      const quoted = JSON.stringify(s);
      out.add(quoted);
      out.add(quoted.slice(1, -1));
      out.add(s);
    }
  }
  // Longest first, so a quoted form is removed before the bare one inside it.
  return [...out].sort((a, b) => b.length - a.length);
}

const STORED_ECHOES = echoesOf(HOSTILE_STRINGS.map((h) => h.value));

/** (a) never 5xx, (b) data or errors, each error clear and intended, (c) nothing leaked. */
function expectClear(a: Answer, what: string, inputs: unknown[] = []): void {
  const ctx = `${what}: HTTP ${a.status} ${a.text.slice(0, 500)}`;
  expect(a.status, ctx).toBeLessThan(500);
  expect([200, 400, 403, 404, 405, 413, 415], ctx).toContain(a.status);
  expect(a.body.data !== undefined || (a.body.errors?.length ?? 0) > 0, ctx).toBe(true);
  for (const e of a.body.errors ?? []) {
    expect(typeof e.message === 'string' && e.message.trim().length > 0, ctx).toBe(true);
    expect(e.message, ctx).not.toBe('Unexpected error.');
    expect(e.message, ctx).not.toMatch(/internal error|request id/i);
    const code = e.extensions?.code;
    expect(code === undefined || CLEAR_CODES.has(code), `${ctx} (code ${code})`).toBe(true);
    expect(e.extensions?.stack, ctx).toBeUndefined();
    expect(e.extensions?.exception, ctx).toBeUndefined();
  }
  // Data may hold any hostile string the mutations stored; errors and extensions only this request's input.
  const { data, ...rest } = a.body;
  for (const s of answerStrings(rest))
    expect(
      leakIn(s, () => echoesOf(inputs)),
      ctx,
    ).toBeUndefined();
  for (const s of answerStrings(data))
    expect(
      leakIn(s, () => [...echoesOf(inputs), ...STORED_ECHOES]),
      ctx,
    ).toBeUndefined();
}

/** Runs `tasks` CONCURRENCY at a time. */
async function inBatches<T>(items: T[], task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const failures: unknown[] = [];
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      try {
        await task(item);
      } catch (e) {
        failures.push(e);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  // Report the first failures in full rather than stopping at the first one mid-batch.
  if (failures.length)
    throw new AggregateError(
      failures.slice(0, 5),
      `${failures.length} of ${items.length} cases failed; first: ${String((failures[0] as Error)?.message ?? failures[0]).slice(0, 3000)}`,
    );
}

// ---------------------------------------------------------------------------------------------
// The database's state: every node and relationship, counted and fingerprinted.

interface Snapshot {
  nodeCount: number;
  relationshipCount: number;
  perLabel: Record<string, number>;
  perType: Record<string, number>;
  digest: string;
  nodes: Map<string, { labels: string[]; props: Record<string, unknown> }>;
  /** Relationship properties by `from -TYPE-> to`. */
  rels: Map<string, Record<string, unknown>>;
}

const canonical = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(canonical)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
        )
      : v;

async function snapshot(graph: Graph): Promise<Snapshot> {
  const rows = await graph.session().read('admin/test/checksum');
  const perLabel: Record<string, number> = {};
  const perType: Record<string, number> = {};
  const nodes: Snapshot['nodes'] = new Map();
  const rels: Snapshot['rels'] = new Map();
  const lines: string[] = [];
  for (const r of rows) {
    const labels = [...(r.labels as string[])].sort();
    if (r.element === 'node') {
      for (const l of labels) perLabel[l] = (perLabel[l] ?? 0) + 1;
      nodes.set(r.id as string, { labels, props: r.props as Record<string, unknown> });
    } else {
      perType[labels[0]!] = (perType[labels[0]!] ?? 0) + 1;
      rels.set(r.id as string, r.props as Record<string, unknown>);
    }
    lines.push(JSON.stringify(canonical([r.element, labels, r.id, r.props])));
  }
  lines.sort();
  const { nodeCount, relationshipCount } = await counts(graph);
  return { nodeCount, relationshipCount, perLabel, perType, digest: createHash('sha256').update(lines.join('\n')).digest('hex'), nodes, rels };
}

const summary = (s: Snapshot) => ({
  nodeCount: s.nodeCount,
  relationshipCount: s.relationshipCount,
  perLabel: s.perLabel,
  perType: s.perType,
  digest: s.digest,
});

async function nodeById(graph: Graph, id: string) {
  const [row] = await graph.session().read('admin/test/node-by-id', { id });
  return row && { labels: [...(row.labels as string[])].sort(), props: row.props as Record<string, unknown> };
}

async function relationshipsBetween(graph: Graph, from: string, to: string) {
  return (await graph.session().read('admin/test/relationship', { from, to })) as { type: string; props: Record<string, unknown> }[];
}

// ---------------------------------------------------------------------------------------------
// The cross product, from the schema.

type Op = 'Query' | 'Mutation';

interface Slot {
  op: Op;
  field: GraphQLField<unknown, unknown>;
  /** Argument name, then input-object (or JSON) field names down to the string. */
  path: string[];
  /** The value is a list of strings (aliases): the hostile string goes in as its one element. */
  list: boolean;
  /** The string sits inside a JSON argument rather than a typed input field. */
  json: boolean;
}

/** String fields inside JSON arguments, which the schema cannot list (import-format fields). */
const JSON_STRING_FIELDS: Record<string, string[]> = {
  'Mutation.createEntity.record': ['name', 'nameZh', 'description', 'aliases[]'],
  'Mutation.updateEntity.patch': ['name', 'description', 'aliases[]'],
  'Mutation.link.properties': ['product'],
};

const rootType = (op: Op) => (op === 'Query' ? schema.getQueryType() : schema.getMutationType())!;
const unwrapNonNull = <T>(t: T): T => (isNonNullType(t) ? (t.ofType as T) : t);

function* leaves(op: Op, field: GraphQLField<unknown, unknown>, type: GraphQLInputType, path: string[], seen: Set<string>): Generator<Slot> {
  const named = getNamedType(type);
  const key = `${op}.${field.name}.${path.join('.')}`;
  if (isScalarType(named) && (named.name === 'String' || named.name === 'ID')) {
    yield { op, field, path, list: isListType(unwrapNonNull(type)), json: false };
  } else if (isScalarType(named) && named.name === 'JSON') {
    for (const f of JSON_STRING_FIELDS[key] ?? []) yield { op, field, path: [...path, f.replace('[]', '')], list: f.endsWith('[]'), json: true };
  } else if (isInputObjectType(named) && !seen.has(named.name)) {
    for (const f of Object.values(named.getFields())) yield* leaves(op, field, f.type, [...path, f.name], new Set([...seen, named.name]));
  }
}

function stringSlots(op: Op): Slot[] {
  return Object.values(rootType(op).getFields()).flatMap((field) => field.args.flatMap((arg) => [...leaves(op, field, arg.type, [arg.name], new Set())]));
}

/** Real nodes the other arguments name, so that the hostile string is the one thing wrong. */
interface Ids {
  org: string;
  org2: string;
  region: string;
  industry: string;
  source: string;
}
let ids: Ids;
const CANARY_SOURCE = 'src:hostile-canary';
const CANARY_ORG = 'org:hostile-canary';
/** Valid ids no node has: defaults for mutation arguments that could otherwise touch real data. */
const ABSENT = 'org:hx-absent';

type TargetFile = 'organizations' | 'platforms' | 'projects' | 'industries';
const PREFIX: Record<TargetFile, string> = { organizations: 'org', platforms: 'plat', projects: 'proj', industries: 'ind' };

/** One case's own nodes: fresh ids for creates, a target imported for it for updates and links. */
class CaseCtx {
  subject?: { id: string; fresh: boolean };
  ends?: [string, string];
  constructor(
    readonly n: number,
    readonly slot: Slot,
    private readonly targets: Map<string, TargetFile>,
  ) {}
  fresh(file: TargetFile): string {
    this.subject = { id: `${PREFIX[file]}:hx-c${this.n}`, fresh: true };
    return this.subject.id;
  }
  target(file: TargetFile): string {
    const id = `${PREFIX[file]}:hx-t${this.n}`;
    this.targets.set(id, file);
    this.subject = { id, fresh: false };
    return id;
  }
}

const isLinkProperties = (c: CaseCtx) => c.slot.path[0] === 'properties';

/** Values for arguments other than the hostile one, by operation.argument(.field); the rest follow their type. */
const DEFAULTS: Record<string, (c: CaseCtx) => unknown> = {
  'Query.collaborationChain.from': () => ids.org,
  'Query.collaborationChain.to': () => ids.org2,
  'Query.missingLinks.region': () => ids.region,
  'Query.missingLinks.industry': () => ids.industry,
  'Query.chainPartners.id': () => ids.org,
  'Query.industryChain.industry': () => ids.industry,
  'Query.platformCounts.region': () => ids.region,
  'Query.regionRank.region': () => ids.region,
  'Query.regionIndicators.region': () => ids.region,
  'Query.search.text': () => 'shengong',
  'Mutation.createOrganization.input.id': (c) => c.fresh('organizations'),
  'Mutation.createPlatform.input.id': (c) => c.fresh('platforms'),
  'Mutation.createProject.input.id': (c) => c.fresh('projects'),
  'Mutation.createEntity.kind': () => 'INDUSTRY',
  'Mutation.createEntity.record': (c) => ({ id: c.fresh('industries'), name: 'Hostile test industry' }),
  'Mutation.createEntity.provenance': () => ({ source: ids.source }),
  'Mutation.updateOrganization.id': (c) => c.target('organizations'),
  'Mutation.updatePlatform.id': (c) => c.target('platforms'),
  'Mutation.updateProject.id': (c) => c.target('projects'),
  'Mutation.updateEntity.id': (c) => c.target('industries'),
  'Mutation.updateEntity.patch': () => ({}),
  'Mutation.link.kind': (c) => (isLinkProperties(c) ? 'SUPPLIES' : 'LOCATED_IN'),
  'Mutation.link.from': (c) => c.target('organizations'),
  'Mutation.link.to': (c) => (isLinkProperties(c) ? ids.org2 : ids.region),
  'Mutation.unlink.kind': () => 'LOCATED_IN',
  'Mutation.unlink.from': () => ABSENT,
  'Mutation.unlink.to': () => ids.region,
  'Mutation.importDataset.path': () => 'absent-dataset',
};
/** Defaults by the end of the key, for every operation. */
const SUFFIX_DEFAULTS: Record<string, () => unknown> = { '.provenance.source': () => ids.source };

const required = (t: { type: GraphQLInputType; defaultValue?: unknown }) => isNonNullType(t.type) && t.defaultValue === undefined;

function defaultFor(type: GraphQLInputType, key: string, c: CaseCtx): unknown {
  if (key in DEFAULTS) return DEFAULTS[key]!(c);
  for (const [suffix, value] of Object.entries(SUFFIX_DEFAULTS)) if (key.endsWith(suffix)) return value();
  const t = unwrapNonNull(type);
  if (isListType(t)) return [defaultFor(t.ofType, key, c)];
  if (isInputObjectType(t))
    return Object.fromEntries(
      Object.values(t.getFields())
        .filter(required)
        .map((f) => [f.name, defaultFor(f.type, `${key}.${f.name}`, c)]),
    );
  if (isEnumType(t)) return t.getValues()[0]!.value;
  switch (t.name) {
    case 'ID':
      // Queries look at the canary; mutations get an id no node has, unless a default says otherwise.
      return c.slot.op === 'Query' ? CANARY_ORG : ABSENT;
    case 'String':
      return 'hostile-test';
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    default:
      return {};
  }
}

/** The argument value with `leaf` at `rest` (the path below the argument), defaults around it. */
function valueAt(type: GraphQLInputType, key: string, rest: string[], leaf: unknown, c: CaseCtx): unknown {
  const t = unwrapNonNull(type);
  if (isListType(t)) return [valueAt(t.ofType, key, rest, leaf, c)];
  if (rest.length === 0) return leaf;
  const [name, ...below] = rest as [string, ...string[]];
  const base = (defaultFor(type, key, c) ?? {}) as Record<string, unknown>;
  if (isInputObjectType(t)) return { ...base, [name]: valueAt(t.getFields()[name]!.type, `${key}.${name}`, below, leaf, c) };
  return { ...base, [name]: leaf }; // a JSON argument
}

/** `{ __typename, scalar fields }` of a return type, so resolvers of scalar fields run too. */
function selection(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const scalars = Object.values(named.getFields())
    .filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)))
    .map((f) => f.name);
  return `{ __typename ${scalars.join(' ')} }`;
}

interface StringCase {
  label: string;
  slot: Slot;
  hostile: Hostile;
  ctx: CaseCtx;
  query: string;
  variables: Record<string, unknown>;
}

function buildCase(slot: Slot, hostile: Hostile, n: number, targets: Map<string, TargetFile>): StringCase {
  const ctx = new CaseCtx(n, slot, targets);
  const { op, field } = slot;
  const leaf = slot.json && slot.list ? [hostile.value] : hostile.value;
  const variables: Record<string, unknown> = {};
  const defs: string[] = [];
  const uses: string[] = [];
  for (const arg of field.args) {
    const key = `${op}.${field.name}.${arg.name}`;
    let value: unknown;
    if (arg.name === slot.path[0]) value = valueAt(arg.type, key, slot.path.slice(1), leaf, ctx);
    else if (required(arg) || key in DEFAULTS) value = defaultFor(arg.type, key, ctx);
    if (value === undefined) continue;
    variables[arg.name] = value;
    defs.push(`$${arg.name}: ${String(arg.type)}`);
    uses.push(`${arg.name}: $${arg.name}`);
  }
  if (slot.op === 'Mutation' && field.name === 'link') ctx.ends = [variables.from as string, variables.to as string];
  const args = uses.length ? `(${uses.join(', ')})` : '';
  const query = `${op === 'Query' ? 'query' : 'mutation'} Hostile${defs.length ? `(${defs.join(', ')})` : ''} { ${field.name}${args} ${selection(field.type)} }`;
  return { label: `${op}.${field.name}(${slot.path.join('.')}) <- ${hostile.name}`, slot, hostile, ctx, query, variables };
}

/**
 * Every string slot x every hostile string, string by string: consecutive cases call different
 * fields, so the concurrent requests of a batch do not all make a cold Neo4j plan one query.
 */
function crossProduct(op: Op, targets: Map<string, TargetFile>): StringCase[] {
  const slots = stringSlots(op);
  return HOSTILE_STRINGS.flatMap((h, j) => slots.map((slot, i) => buildCase(slot, h, i * 1000 + j, targets)));
}

// ---------------------------------------------------------------------------------------------

let graph: Graph;
let importRoot: string;
let before: Snapshot;
let canary: { labels: string[]; props: Record<string, unknown> };

beforeAll(async () => {
  graph = await freshGraph();
  await loadSeed(graph, PROJECT_ROOT);
  // importDataset is exercised too: its root is an empty directory, so no hostile path can import anything.
  importRoot = mkdtempSync(path.join(os.tmpdir(), 'kg-hostile-root-'));
  app = testApp(graph, { KG_IMPORT_ROOT: importRoot, ...(process.env.KG_TEST_VERBOSE ? { LOG_LEVEL: 'error' } : {}) });
  const seeded = await snapshot(graph);
  const firstOf = (label: string) =>
    [...seeded.nodes.entries()]
      .filter(([, n]) => n.labels.includes(label))
      .map(([id]) => id)
      .sort()[0]!;
  ids = { org: CANARY_ORG, org2: firstOf('Organization'), region: firstOf('Region'), industry: firstOf('Industry'), source: CANARY_SOURCE };

  // The canary: a source, an organization citing it, and a relationship, made through the API.
  const source = await request(`mutation { createEntity(kind: SOURCE, record: {id: "${CANARY_SOURCE}", title: "Canary source"}) { id } }`);
  expect(source.body.errors).toBeUndefined();
  const org = await request(
    `mutation { createOrganization(input: {id: "${CANARY_ORG}", name: "Canary Organization", kind: ENTERPRISE, aliases: ["canary"]}, provenance: {source: "${CANARY_SOURCE}", evidence: "canary"}) { id } }`,
  );
  expect(org.body.errors).toBeUndefined();
  const link = await request(
    `mutation { link(kind: LOCATED_IN, from: "${CANARY_ORG}", to: "${ids.region}", provenance: {source: "${CANARY_SOURCE}"}) { created } }`,
  );
  expect(link.body.data?.link.created).toBe(true);
  canary = (await nodeById(graph, CANARY_ORG))!;
  expect(canary).toBeDefined();
  before = await snapshot(graph);
}, 240_000);

afterAll(async () => {
  console.log(
    `hostile corpus: ${casesRun} cases run (mutations: ${stats.mutationsStored} stored verbatim, ${stats.storedTrimmed} of them trimmed, ${stats.mutationsRefused} refused; structural bombs in ${Math.round(stats.bombsMs)} ms)`,
  );
  rmSync(importRoot, { recursive: true, force: true });
  await graph?.close();
});

async function expectCanaryIntact() {
  const now = await nodeById(graph, CANARY_ORG);
  expect(now).toEqual(canary);
  const rels = await relationshipsBetween(graph, CANARY_ORG, ids.region);
  expect(rels.map((r) => r.type)).toEqual(['LOCATED_IN']);
}

describe('hostile strings in every string argument', () => {
  it('covers every string argument of every query and mutation', () => {
    const q = stringSlots('Query');
    const m = stringSlots('Mutation');
    // The schema has these today; a new one is picked up by stringSlots without a change here.
    const names = (s: Slot[]) => new Set(s.map((x) => `${x.field.name}.${x.path.join('.')}`));
    for (const known of [
      'search.text',
      'entity.id',
      'organizations.filter.nameContains',
      'organizations.after',
      'neighborhood.after',
      'collaborationChain.from',
    ])
      expect(names(q).has(known), known).toBe(true);
    for (const known of [
      'createOrganization.input.name',
      'createOrganization.provenance.evidence',
      'updateProject.patch.currency',
      'link.from',
      'deleteEntity.id',
      'createEntity.record.name',
    ])
      expect(names(m).has(known), known).toBe(true);
    expect(HOSTILE_STRINGS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(HOSTILE_STRINGS.map((h) => h.name)).size).toBe(HOSTILE_STRINGS.length);
  });

  it('queries: a clear answer every time, and the database exactly as it was (canary included)', async () => {
    const cases = crossProduct('Query', new Map());
    expect(cases.length).toBeGreaterThan(200);
    await inBatches(cases, async (c) => {
      const a = await request(c.query, c.variables);
      expectClear(a, c.label, [c.hostile.value]);
    });
    const after = await snapshot(graph);
    expect(summary(after)).toEqual(summary(before));
    await expectCanaryIntact();
  }, 300_000);
});

// ---------------------------------------------------------------------------------------------
// Bounded numbers, cursors, structural bombs.

/** The numeric arguments the resolvers bound; every one of them, wherever it appears in the schema. */
const BOUNDED = new Set(['first', 'depth', 'maxHops', 'k', 'limitPerKind']);

interface IntSlot {
  owner: GraphQLObjectType;
  field: GraphQLField<unknown, unknown>;
  arg: string;
}

/**
 * Slots reachable from a query with defaults: on Query, or on a type with an id that entity(id:)
 * reaches. Value types without an id (ChainSegment, ...) are reached only through their parent
 * query's own arguments; their bounds use the same bounded() as the rest.
 */
function intSlots(): IntSlot[] {
  return Object.values(schema.getTypeMap())
    .filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__') && t !== schema.getMutationType())
    .filter((t) => t === schema.getQueryType() || 'id' in t.getFields())
    .flatMap((owner) =>
      Object.values(owner.getFields()).flatMap((field) =>
        field.args.filter((a) => BOUNDED.has(a.name) && getNamedType(a.type).name === 'Int').map((a) => ({ owner, field, arg: a.name })),
      ),
    );
}

/** An operation calling `field` with `arg` set to `value` (a GraphQL literal or `$v`), defaults elsewhere. */
function callWith(s: IntSlot | { owner: GraphQLObjectType; field: GraphQLField<unknown, unknown>; arg: string }, value: string, varType: string) {
  const ctx = new CaseCtx(0, { op: 'Query', field: s.field, path: [s.arg], list: false, json: false }, new Map());
  const variables: Record<string, unknown> = {};
  const defs = value === '$v' ? [`$v: ${varType}`] : [];
  const uses: string[] = [];
  for (const a of s.field.args) {
    if (a.name === s.arg) {
      uses.push(`${a.name}: ${value}`);
      continue;
    }
    const key = `Query.${s.field.name}.${a.name}`;
    if (!required(a) && !(key in DEFAULTS)) continue;
    variables[`a_${a.name}`] = defaultFor(a.type, key, ctx);
    defs.push(`$a_${a.name}: ${String(a.type)}`);
    uses.push(`${a.name}: $a_${a.name}`);
  }
  const call = `${s.field.name}(${uses.join(', ')}) ${selection(s.field.type)}`;
  if (s.owner === schema.getQueryType()) return { query: `query Bounded${defs.length ? `(${defs.join(', ')})` : ''} { ${call} }`, variables };
  const id = [...before.nodes.entries()]
    .filter(([, n]) => n.labels.includes(s.owner.name))
    .map(([nodeId]) => nodeId)
    .sort()[0];
  if (!id) throw new Error(`no ${s.owner.name} in the test graph to call ${s.owner.name}.${s.field.name} on`);
  variables.id = id;
  defs.push('$id: ID!');
  return { query: `query Bounded(${defs.join(', ')}) { entity(id: $id) { ... on ${s.owner.name} { ${call} } } }`, variables };
}

describe('bounded numbers', () => {
  it('every first / depth / maxHops / k / limitPerKind refuses values out of range, as variables and as literals', async () => {
    const state = await snapshot(graph);
    const slots = intSlots();
    // Query-level ones and relationship fields of the entity types.
    for (const known of [
      'Query.collaborationChain.maxHops',
      'Query.collaborationChain.k',
      'Query.neighborhood.limitPerKind',
      'Query.upstream.depth',
      'Organization.platforms.first',
    ])
      expect(
        slots.some((s) => `${s.owner.name}.${s.field.name}.${s.arg}` === known),
        known,
      ).toBe(true);
    const cases = slots.flatMap((s) => [
      ...BAD_NUMBERS.map((n) => ({
        s,
        label: `${s.owner.name}.${s.field.name}(${s.arg}: $v = ${JSON.stringify(n.value)})`,
        zero: n.value === 0,
        ...callWith(s, '$v', 'Int'),
        v: n.value,
      })),
      ...BAD_NUMBER_LITERALS.map((lit) => ({
        s,
        label: `${s.owner.name}.${s.field.name}(${s.arg}: ${lit})`,
        zero: lit === '0' || lit === 'null',
        ...callWith(s, lit, 'Int'),
        v: undefined,
      })),
    ]);
    await inBatches(cases, async (c) => {
      const variables = c.v === undefined ? c.variables : { ...c.variables, v: c.v };
      const a = await request(c.query, variables);
      expectClear(a, c.label);
      // Zero is a valid page size for some lists (and null means the default); nothing else here is in range.
      if (!c.zero) expect(a.body.errors?.length ?? 0, `${c.label} was accepted: ${a.text.slice(0, 300)}`).toBeGreaterThan(0);
      for (const e of a.body.errors ?? [])
        if (e.extensions?.code === 'BAD_USER_INPUT') expect(e.message, c.label).toMatch(new RegExp(`\\b${c.s.arg} must be between -?\\d+ and \\d+`));
    });
    expect(summary(await snapshot(graph))).toEqual(summary(state));
  }, 300_000);
});

describe('cursors', () => {
  it('a cursor the server did not issue is refused with BAD_USER_INPUT naming after (or pages from a well-formed key)', async () => {
    const state = await snapshot(graph);
    const fields = Object.values(schema.getQueryType()!.getFields()).filter((f) => f.args.some((a) => a.name === 'after'));
    expect(fields.map((f) => f.name).sort()).toEqual(expect.arrayContaining(['neighborhood', 'organizations', 'platforms', 'projects']));
    const cases = fields.flatMap((field) =>
      BAD_CURSORS.map((cur) => ({
        cur,
        field,
        label: `${field.name}(after: ${cur.name})`,
        ...callWith({ owner: schema.getQueryType()!, field, arg: 'after' }, '$v', 'String'),
      })),
    );
    await inBatches(cases, async (c) => {
      const a = await request(c.query, { ...c.variables, v: c.cur.value });
      expectClear(a, c.label, [c.cur.value]);
      for (const e of a.body.errors ?? []) {
        expect(e.extensions?.code, c.label).toBe('BAD_USER_INPUT');
        expect(e.message, c.label).toMatch(/\bafter\b/);
      }
      // A list pages from any flat [key, id] pair (a forged one just starts elsewhere); anything else
      // is refused. A neighborhood cursor carries the query's fingerprint, so no forged one passes.
      const flatPair = /^forged (negative offset|huge offset|fraction offset|injection key|lone surrogate|nul|null pair|booleans|well-formed keyset)$/;
      // upstream / downstream page by a [depth, from, to] triple, so they are refused a pair and accept a forged triple of those types.
      const triple = ['upstream', 'downstream'].includes(c.field.name);
      if (c.field.name === 'neighborhood' || triple || !flatPair.test(c.cur.name))
        expect(a.body.errors?.length ?? 0, `${c.label} was accepted`).toBeGreaterThan(0);
    });
    // A forged cursor must not leave a pooled connection broken for the requests after it.
    const followUps = await Promise.all(Array.from({ length: 40 }, () => request('{ organizations(first: 5) { nodes { id } } }')));
    for (const a of followUps) expect(a.body.errors, a.text.slice(0, 300)).toBeUndefined();
    expect(summary(await snapshot(graph))).toEqual(summary(state));
  }, 300_000);
});

describe('structural bombs', () => {
  it('each is refused before execution, with the message naming the limit, all within 30 s', async () => {
    const state = await snapshot(graph);
    const started = performance.now();
    const slow: string[] = [];
    for (const bomb of STRUCTURAL_BOMBS) {
      const a = await send(bomb.body);
      if (a.ms > 5_000) slow.push(`${bomb.name}: ${Math.round(a.ms)} ms`);
      const ctx = `${bomb.name}: HTTP ${a.status} ${a.text.slice(0, 400)}`;
      expect(bomb.status, ctx).toContain(a.status);
      expectClear(a, bomb.name);
      if (bomb.expect === null) {
        // Allowed to run (bomb.harmless says why): it must answer, quickly, and without errors.
        expect(a.body.errors, ctx).toBeUndefined();
        expect(a.ms, ctx).toBeLessThan(5_000);
        continue;
      }
      expect(a.body.errors?.length ?? 0, ctx).toBeGreaterThan(0);
      expect(a.body.errors![0]!.message, ctx).toMatch(bomb.expect);
      // Nothing was resolved.
      expect(
        Object.values(a.body.data ?? {}).every((v) => v == null),
        ctx,
      ).toBe(true);
    }
    stats.bombsMs = performance.now() - started;
    expect(slow).toEqual([]);
    expect(stats.bombsMs).toBeLessThan(30_000);
    expect(summary(await snapshot(graph))).toEqual(summary(state));
    await expectCanaryIntact();
  }, 120_000);
});

// Last: the mutations write (targets of their own, and whatever hostile strings they accept).
describe('hostile strings in every mutation', () => {
  it('mutations: a hostile string is stored verbatim or refused whole, never written in part', async () => {
    const targets = new Map<string, TargetFile>();
    const cases = crossProduct('Mutation', targets);
    expect(cases.length).toBeGreaterThan(200);

    // Each update and link gets a target of its own, imported in one go.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-hostile-targets-'));
    try {
      const byFile = new Map<TargetFile, string[]>();
      for (const [id, file] of targets) byFile.set(file, [...(byFile.get(file) ?? []), id]);
      for (const [file, list] of byFile) {
        const row = (id: string) => ({
          id,
          name: `Target ${id}`,
          ...(file === 'organizations' ? { kind: 'ENTERPRISE' } : file === 'platforms' ? { kind: 'OTHER' } : {}),
        });
        writeFileSync(path.join(dir, `${file}.jsonl`), `${list.map((id) => JSON.stringify(row(id))).join('\n')}\n`);
      }
      await importDataset(graph, dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const start = await snapshot(graph);
    expect(start.nodeCount).toBe(before.nodeCount + targets.size);

    // Send every case; then check each one's outcome against one snapshot of the whole graph (each
    // case writes only its own nodes, so the end state shows what each left behind).
    const outcomes: { c: StringCase; result: any; failed: boolean }[] = [];
    await inBatches(cases, async (c) => {
      const a = await request(c.query, c.variables);
      expectClear(a, c.label, [c.hostile.value]);
      const result = a.body.data?.[c.slot.field.name];
      const failed = (a.body.errors?.length ?? 0) > 0;
      expect(failed || result != null, c.label).toBe(true);
      if (failed) expect(result ?? null, c.label).toBeNull();
      outcomes.push({ c, result, failed });
    });
    const end = await snapshot(graph);

    let created = 0;
    let linked = 0;
    let stored = 0;
    let refused = 0;
    let trimmed = 0;
    for (const { c, result, failed } of outcomes) {
      const last = c.slot.path.at(-1)!;
      const subject = c.ctx.subject;
      const ends = c.ctx.ends;
      const linkKey = ends && `${ends[0]} -${c.variables.kind}-> ${ends[1]}`;
      if (failed) {
        refused += 1;
        // Nothing of a refused edit is stored: no new node, an untouched target, no relationship.
        if (subject?.fresh) expect(end.nodes.has(subject.id), c.label).toBe(false);
        if (subject && !subject.fresh) expect(end.nodes.get(subject.id), c.label).toEqual(start.nodes.get(subject.id));
        if (linkKey) expect(end.rels.has(linkKey), c.label).toBe(false);
        continue;
      }
      // A lone surrogate cannot be stored as sent (Neo4j would keep U+FFFD instead): refused, never altered.
      expect(LONE_SURROGATE.test(c.hostile.value), `${c.label} was accepted`).toBe(false);
      stored += 1;
      // Stored verbatim; the one normalization is the model's trimming of leading and trailing
      // whitespace (String.prototype.trim, as the importer does for CSV cells).
      const expected = c.hostile.value.trim();
      if (expected !== c.hostile.value) trimmed += 1;
      const want = c.slot.list ? [expected] : expected;
      if (c.slot.field.name === 'link') {
        linked += 1;
        expect(end.rels.has(linkKey!), c.label).toBe(true);
        if (!['from', 'to', 'source'].includes(last)) expect(end.rels.get(linkKey!)![last], c.label).toEqual(want);
      } else if (last === 'id') {
        if (c.slot.field.name.startsWith('create')) created += 1;
        expect(end.nodes.has(expected), c.label).toBe(true);
      } else if (subject && c.slot.path.includes('externalIds')) {
        if (subject.fresh) created += 1;
        // Stored as SCHEME:value keys; a scheme is capitals (schema/common.graphql, ExternalId), the
        // one normalization here besides trimming.
        const keys = (end.nodes.get(subject.id)?.props.externalIds as string[] | undefined) ?? [];
        const hit = keys.find((k) => (last === 'scheme' ? k.startsWith(`${expected.toUpperCase()}:`) : k.slice(k.indexOf(':') + 1) === expected));
        expect(hit, `${c.label}: stored ${JSON.stringify(keys).slice(0, 300)}`).toBeDefined();
      } else if (subject) {
        if (subject.fresh) created += 1;
        const node = end.nodes.get(subject.id);
        expect(node, c.label).toBeDefined();
        if (last !== 'source') expect(node!.props[last], c.label).toEqual(want);
        // Read back through the API as well, where the field is selected.
        if (last in result && last !== 'id') expect(result[last], c.label).toEqual(want);
        // An update changes what it names (and the provenance and edit stamp it carries), nothing else.
        if (!subject.fresh) {
          const untouched = (props: Record<string, unknown>) => Object.fromEntries(Object.entries(props).filter(([k]) => k !== last && !STAMPED.has(k)));
          expect(untouched(node!.props), c.label).toEqual(untouched(start.nodes.get(subject.id)!.props));
        }
      }
    }

    // Every change accounted for: one node per successful create, one relationship per successful link.
    expect(end.nodeCount, 'nodes').toBe(start.nodeCount + created);
    expect(end.relationshipCount, 'relationships').toBe(start.relationshipCount + linked);
    await expectCanaryIntact();
    expect(stored + refused).toBe(cases.length);
    expect(refused).toBeGreaterThan(0);
    expect(stored).toBeGreaterThan(0);
    stats.mutationsStored = stored;
    stats.mutationsRefused = refused;
    stats.storedTrimmed = trimmed;
  }, 600_000);
});
