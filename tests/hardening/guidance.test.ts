// Errors that say what to do next (issue 9, part 4), on the real server (`kg serve` in a child
// process) over the seed graph: an unknown id in any filter is BAD_USER_INPUT naming the argument
// and how to find valid ids; a refused cross-origin preflight names KG_CORS_ORIGINS; a request
// without the CSRF header says which header to send; input echoed in a message is cut to 200.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import type { Graph } from '../../src/graph/graph.js';
import { loadSeed } from '../../src/seed/load-seed.js';
import { freshGraph } from '../helpers/graph.js';
import { type Server, startServer } from '../helpers/server.js';

let graph: Graph;
let server: Server;
let corsServer: Server;
const DASHBOARD = 'https://dash.example';
const STRANGER = 'https://elsewhere.example';

beforeAll(async () => {
  graph = await freshGraph();
  await loadSeed(graph, PROJECT_ROOT);
  [server, corsServer] = await Promise.all([startServer(), startServer({ KG_CORS_ORIGINS: DASHBOARD, KG_EMBED_ORIGINS: STRANGER })]);
}, 240_000);

afterAll(async () => {
  await Promise.all([server?.stop(), corsServer?.stop()]);
  await graph?.close();
});

type Body = { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };

async function call(query: string, variables?: Record<string, unknown>, base = server.url): Promise<{ status: number; body: Body }> {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: (await res.json()) as Body };
}

async function refused(query: string, variables?: Record<string, unknown>) {
  const { body } = await call(query, variables);
  expect(body.errors, JSON.stringify(body)).toHaveLength(1);
  return body.errors![0]!;
}

describe('an unknown id in a filter', () => {
  const cases: [string, string, string, RegExp][] = [
    [
      'organizations(filter: {region})',
      'query ($id: ID) { organizations(filter: {region: $id}) { totalCount } }',
      'filter.region',
      /regions\(level:, parent:\)/,
    ],
    [
      'organizations(filter: {industry})',
      'query ($id: ID) { organizations(filter: {industry: $id}) { totalCount } }',
      'filter.industry',
      /kinds: \[INDUSTRY\]/,
    ],
    ['platforms(filter: {region})', 'query ($id: ID) { platforms(filter: {region: $id}) { totalCount } }', 'filter.region', /regions\(/],
    ['platforms(filter: {host})', 'query ($id: ID) { platforms(filter: {host: $id}) { totalCount } }', 'filter.host', /kinds: \[ORGANIZATION\]/],
    ['projects(filter: {industry})', 'query ($id: ID) { projects(filter: {industry: $id}) { totalCount } }', 'filter.industry', /kinds: \[INDUSTRY\]/],
    ['projects(filter: {undertaker})', 'query ($id: ID) { projects(filter: {undertaker: $id}) { totalCount } }', 'filter.undertaker', /ORGANIZATION/],
    ['regions(parent)', 'query ($id: ID) { regions(parent: $id) { id } }', 'parent', /regions\(level:, parent:\)/],
    ['indicators(about)', 'query ($id: ID) { indicators(about: $id) { id } }', 'about', /search\(text:\)/],
    [
      'networkStats(scope: {programme})',
      'query ($id: ID) { networkStats(scope: {programme: $id}) { organizations } }',
      'scope.programme',
      /kinds: \[PROGRAMME\]/,
    ],
  ];
  it.each(cases)('%s is BAD_USER_INPUT naming the argument, the id and where valid ids come from', async (_, query, argument, hint) => {
    const e = await refused(query, { id: 'region:nope' });
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e.extensions?.argument).toBe(argument);
    expect(e.message).toContain(`${argument}: no `);
    expect(e.message).toContain('"region:nope"');
    expect(e.message).toMatch(hint);
  });

  it('an id of another kind is refused as such, and an existing one filters as before', async () => {
    const { body } = await call('{ regions(first: 1) { id } search(text: "semiconductor", kinds: [INDUSTRY], first: 1) { entity { id } } }');
    const region = body.data.regions[0].id as string;
    const industry = body.data.search[0].entity.id as string;
    const wrong = await refused('query ($id: ID) { organizations(filter: {region: $id}) { totalCount } }', { id: industry });
    expect(wrong.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrong.message).toMatch(/^filter\.region: ".*" is an Industry, not a Region$/);
    const ok = await call(
      'query ($r: ID, $i: ID) { a: organizations(filter: {region: $r}) { totalCount } b: organizations(filter: {industry: $i}) { totalCount } }',
      {
        r: region,
        i: industry,
      },
    );
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data.a.totalCount + ok.body.data.b.totalCount).toBeGreaterThan(0);
  });
});

describe('cross-origin requests', () => {
  const preflight = (base: string, origin: string) =>
    fetch(`${base}/graphql`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });

  it('with KG_CORS_ORIGINS unset, a preflight is refused with a message naming KG_CORS_ORIGINS and how to set it', async () => {
    const res = await preflight(server.url, STRANGER);
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const body = (await res.json()) as Body;
    expect(body.errors![0]!.extensions?.code).toBe('CORS_ORIGIN_NOT_ALLOWED');
    expect(body.errors![0]!.message).toMatch(/origin https:\/\/elsewhere\.example is not in KG_CORS_ORIGINS \(it is unset/);
    expect(body.errors![0]!.message).toContain(`KG_CORS_ORIGINS=${STRANGER}`);
    expect(body.errors![0]!.message).not.toMatch(/CSRF/);
  });

  it('with KG_CORS_ORIGINS set, a listed origin passes the preflight and another is refused, saying what is listed', async () => {
    const ok = await preflight(corsServer.url, DASHBOARD);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    const no = await preflight(corsServer.url, STRANGER);
    expect(no.status).toBe(403);
    expect(no.headers.get('access-control-allow-origin')).toBeNull();
    const message = ((await no.json()) as Body).errors![0]!.message;
    expect(message).toContain(`it lists ${DASHBOARD}`);
    expect(message).toContain('KG_EMBED_ORIGINS'); // the stranger may embed, but not call /graphql
    const call = await fetch(`${corsServer.url}/graphql`, {
      method: 'POST',
      headers: { origin: DASHBOARD, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(call.status).toBe(200);
    expect(call.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
  });

  it('a GET without the CSRF header is still refused, and the message names the header to send', async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(res.status).toBe(403);
    const e = ((await res.json()) as Body).errors![0]!;
    expect(e.extensions?.code).toBe('CSRF_HEADER_REQUIRED');
    expect(e.message).toContain('x-graphql-yoga-csrf');
    expect(e.message).toContain('content-type: application/json');
    const withHeader = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'x-graphql-yoga-csrf': '1' } });
    expect(withHeader.status).toBe(200);
  });
});

describe('input echoed in a message', () => {
  const long = (n: number) => 'x'.repeat(n);
  const cutTo200 = (message: string, input: string) => {
    expect(message).not.toContain(input.slice(0, 201));
    expect(message).toContain(input.slice(0, 200));
    expect(message).toMatch(/cut to 200/);
  };

  it('an unknown id in a filter or a traversal is cut to 200 characters', async () => {
    const id = `region:${long(5000)}`;
    cutTo200((await refused('query ($id: ID) { organizations(filter: {region: $id}) { totalCount } }', { id })).message, id);
    cutTo200((await refused('query ($id: ID!) { neighborhood(id: $id) { totalNodes } }', { id })).message, id);
  });

  it('a bad metric, country code or currency is cut to 200 characters', async () => {
    const text = long(3000);
    cutTo200((await refused('query ($m: String) { regionIndicators(region: "region:x", metric: $m) { id } }', { m: text })).message, text);
    cutTo200((await refused('query ($c: [String!]) { organizations(filter: {countries: $c}) { totalCount } }', { c: [text] })).message, text);
    cutTo200((await refused('query ($c: String) { projects(filter: {fundingCurrency: $c}) { totalCount } }', { c: text })).message, text);
  });

  it('values graphql-js repeats (a variable of the wrong type, an unknown enum value) are cut to 200 characters', async () => {
    const text = long(3000);
    const typed = await call('query ($n: Int) { organizations(first: $n) { totalCount } }', { n: text });
    cutTo200(typed.body.errors![0]!.message, text);
    const word = 'A'.repeat(3000);
    const enumValue = await call('query ($k: [EntityKind!]) { search(text: "x", kinds: $k) { score } }', { k: [word] });
    cutTo200(enumValue.body.errors![0]!.message, word);
  });
});
