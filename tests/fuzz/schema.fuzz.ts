// A bounded, seeded, schema-aware fuzz run (part of `npm test`; `npm run fuzz` runs it alone): random
// query documents and variables built from the SDL the server serves — every root query field,
// arguments of every type (valid, out of range, hostile, wrong), nested selections — sent to
// the real application over the seed graph. Each answer must be a 4xx or 200 with no
// INTERNAL_SERVER_ERROR; the process must keep answering /health; its heap must stay bounded.
// FUZZ_SEED and FUZZ_CASES change the run; a failure prints the seed and the case to replay.
import path from 'node:path';
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLOutputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { loadTypeDefs } from '../../src/server/app.js';
import { useSeededApp } from '../helpers/gql.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const CASES = Number(process.env.FUZZ_CASES ?? 3000);
const BUDGET_MS = 100_000;
const schema = buildSchema(loadTypeDefs(path.join(PROJECT_ROOT, 'schema')).join('\n'));
const { app } = useSeededApp();

/** mulberry32: small, seeded, good enough to pick cases. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(SEED);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const IDS = [
  'org:shengong-semiconductor',
  'region:cn-liaoning-jinzhou',
  'region:cn-liaoning',
  'ind:semiconductors',
  'plat:jinzhou-provincial-industrial-technical-center',
  'org:nope',
  '',
  'x',
  'region:',
];
const STRINGS = ['锦州', 'Jinzhou', 'a', '', ' ', '*', '"', "') MATCH (n) DETACH DELETE n //", '\u0000', 'x'.repeat(5000), '%', 'AND OR NOT', '~', '\\', '神'];
const INTS = [0, 1, 2, 3, 5, 10, 50, 100, 1000, -1, 2147483647, -2147483648, 7];

function valueFor(t: GraphQLInputType, depth = 0): unknown {
  if (isNonNullType(t)) return valueFor(t.ofType, depth);
  if (rand() < 0.05) return null;
  if (isListType(t)) return Array.from({ length: pick([0, 1, 2, 3, 60]) }, () => valueFor(t.ofType, depth + 1));
  if (isEnumType(t)) return rand() < 0.05 ? 'NOT_A_VALUE' : pick(t.getValues()).value;
  if (isInputObjectType(t)) {
    if (depth > 3) return {};
    const out: Record<string, unknown> = {};
    for (const f of Object.values(t.getFields())) if (isNonNullType(f.type) || rand() < 0.4) out[f.name] = valueFor(f.type, depth + 1);
    return out;
  }
  switch (getNamedType(t).name) {
    case 'ID':
      return pick(IDS);
    case 'String':
      return pick(STRINGS);
    case 'Int':
      return rand() < 0.05 ? 1.5 : pick(INTS);
    case 'Float':
      return pick([0, 0.5, -1, 1e308]);
    case 'Boolean':
      return rand() < 0.5;
    default:
      return rand() < 0.5 ? {} : 'x';
  }
}

function selection(t: GraphQLOutputType, depth: number): string {
  const named = getNamedType(t);
  if (isLeafType(named)) return '';
  if (isUnionType(named) || isInterfaceType(named)) {
    const members = isUnionType(named) ? named.getTypes() : schema.getPossibleTypes(named);
    const m = pick(members);
    return `{ __typename ... on ${m.name} ${selection(m, depth) || '{ __typename }'} }`;
  }
  if (!isObjectType(named) || depth > 3) return '{ __typename }';
  const fields = Object.values(named.getFields()).filter((f) => f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined));
  const chosen = fields.filter(() => rand() < 0.35).slice(0, 6);
  const parts = chosen.map((f) => {
    const sub = selection(f.type, depth + 1);
    return `${f.name}${sub ? ` ${sub}` : ''}`;
  });
  return `{ __typename ${parts.join(' ')} }`;
}

function buildCase(): { query: string; variables: Record<string, unknown> } {
  const field = pick(Object.values(schema.getQueryType()!.getFields()));
  const variables: Record<string, unknown> = {};
  const defs: string[] = [];
  const uses: string[] = [];
  field.args.forEach((a: GraphQLArgument, i) => {
    if (!isNonNullType(a.type) && rand() < 0.5) return;
    variables[`v${i}`] = valueFor(a.type);
    defs.push(`$v${i}: ${String(a.type)}`);
    uses.push(`${a.name}: $v${i}`);
  });
  const sel = selection(field.type, 0);
  return { query: `query Fuzz${defs.length ? `(${defs.join(', ')})` : ''} { ${field.name}${uses.length ? `(${uses.join(', ')})` : ''} ${sel} }`, variables };
}

it(`fuzz: ${CASES} seeded schema-aware queries (seed ${SEED}), no 5xx, no internal error, bounded heap`, async () => {
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  let run = 0;
  const statuses = new Map<number, number>();
  const cases = Array.from({ length: CASES }, buildCase);
  let next = 0;
  const worker = async () => {
    while (next < cases.length && performance.now() - started < BUDGET_MS) {
      const n = next++;
      const c = cases[n]!;
      const res = await app().fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(c) });
      const text = await res.text();
      run += 1;
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const where = `case ${n} (FUZZ_SEED=${SEED}): ${JSON.stringify(c).slice(0, 600)}\n-> HTTP ${res.status} ${text.slice(0, 400)}`;
      expect(res.status, where).toBeLessThan(500);
      expect(text, where).not.toMatch(/INTERNAL_SERVER_ERROR|originalError/);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  const health = await app().fetch('http://test/health');
  expect(health.status).toBe(200);
  const grown = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `fuzz: ${run} cases in ${seconds.toFixed(1)} s (seed ${SEED}), statuses ${[...statuses].map(([s, k]) => `${s}:${k}`).join(' ')}, heap +${grown.toFixed(0)} MB`,
  );
  // The time budget bounds the run on a loaded machine (a quiet one runs all the cases); a run
  // that did almost nothing would prove nothing.
  expect(run).toBeGreaterThanOrEqual(Math.min(CASES, 300));
  expect(grown).toBeLessThan(300);
}, 180_000);
