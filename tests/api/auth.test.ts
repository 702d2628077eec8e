// Access control: every role (anonymous under KG_ANONYMOUS_ROLE=reader and =none, reader,
// editor, admin; by API key and by JWT) against every operation class (a query, each kind of
// mutation, importDataset), with the exact error code and HTTP status of each refusal; every
// kind of bad credential; editedBy recording the principal; importDataset confined to its root;
// RS/ES tokens verified against a JWKS served on 127.0.0.1; no credential in the logs.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApiKey } from '../../src/auth/api-keys.js';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import type { Graph } from '../../src/graph/graph.js';
import { loadSeed } from '../../src/seed/load-seed.js';
import { createApp } from '../../src/server/app.js';
import { type App, gql, ok, post, testApp } from '../helpers/gql.js';
import { counts, freshGraph } from '../helpers/graph.js';

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
const ISSUER = 'https://issuer.test';
const AUDIENCE = 'kg-test';

const keys = { reader: makeApiKey('ruth', 'reader'), editor: makeApiKey('ed', 'editor'), admin: makeApiKey('ada', 'admin') };
const KG_API_KEYS = Object.values(keys)
  .map((k) => k.entry)
  .join(',');

function jwt(claims: JWTPayload, opts: { secret?: string; exp?: number | null; iss?: string; aud?: string } = {}): Promise<string> {
  let token = new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setIssuer(opts.iss ?? ISSUER)
    .setAudience(opts.aud ?? AUDIENCE);
  if (opts.exp !== null) token = token.setExpirationTime(opts.exp ?? '10m');
  return token.sign(new TextEncoder().encode(opts.secret ?? SECRET));
}

let graph: Graph;
let importRoot: string;
let outside: string;
let app: App; // anonymous may read
let closedApp: App; // KG_ANONYMOUS_ROLE=none
let setupApp: App; // trusted client for preparing each case
const tokens: Record<string, string> = {};

beforeAll(async () => {
  graph = await freshGraph();
  await loadSeed(graph, PROJECT_ROOT);
  importRoot = mkdtempSync(path.join(os.tmpdir(), 'kg-import-root-'));
  outside = mkdtempSync(path.join(os.tmpdir(), 'kg-outside-'));
  const env = { KG_API_KEYS, KG_JWT_SECRET: SECRET, KG_JWT_ISSUER: ISSUER, KG_JWT_AUDIENCE: AUDIENCE, KG_IMPORT_ROOT: importRoot };
  app = testApp(graph, env);
  closedApp = testApp(graph, { ...env, KG_ANONYMOUS_ROLE: 'none' });
  setupApp = testApp(graph);
  for (const role of ['reader', 'editor', 'admin']) tokens[role] = await jwt({ sub: `jwt-${role}`, role });
});
afterAll(async () => {
  rmSync(importRoot, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
  await graph.close();
});

const node = async (id: string) => (await graph.session().read('admin/test/node-by-id', { id }))[0]?.props as Record<string, unknown> | undefined;

/** A small valid dataset (one source, one organization) in `dir`. */
function writeDataset(dir: string, tag: string) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'sources.jsonl'), `{"id":"src:imp-${tag}","title":"Import test ${tag}"}\n`);
  writeFileSync(path.join(dir, 'organizations.csv'), `id,kind,name,source\norg:imp-${tag},ENTERPRISE,Imported ${tag},src:imp-${tag}\n`);
}

const PROV = { source: 'src:a000', inferred: true };
const REGION = 'region:cn-liaoning-jinzhou';
const createOrg = (id: string) =>
  ok(setupApp, 'mutation($input: OrganizationInput!, $p: ProvenanceInput!) { createOrganization(input: $input, provenance: $p) { id } }', {
    input: { id, kind: 'ENTERPRISE', name: `Org ${id}` },
    p: PROV,
  });

interface Operation {
  query: string;
  /** Prepares the graph for this case (as a trusted client) and returns the variables. */
  setup: (tag: string) => Promise<Record<string, unknown>>;
  /** What a successful run must have done; `principal` is who ran it. */
  check: (data: Record<string, any>, tag: string, principal: string) => Promise<void>;
  /** For refusals: the state that must not have changed besides the counts. */
  unchanged?: (tag: string) => Promise<void>;
}

const OPERATIONS: Record<string, Operation> = {
  query: {
    query: `query { entity(id: "${REGION}") { id name } }`,
    setup: async () => ({}),
    check: async (data) => expect(data.entity.id).toBe(REGION),
  },
  create: {
    query: 'mutation($input: OrganizationInput!, $p: ProvenanceInput!) { createOrganization(input: $input, provenance: $p) { id } }',
    setup: async (tag) => ({ input: { id: `org:c-${tag}`, kind: 'ENTERPRISE', name: `Created ${tag}` }, p: PROV }),
    check: async (data, tag, principal) => {
      expect(data.createOrganization.id).toBe(`org:c-${tag}`);
      expect(await node(`org:c-${tag}`)).toMatchObject({ editedBy: principal });
    },
  },
  update: {
    query: 'mutation($id: ID!) { updateOrganization(id: $id, patch: { name: "Renamed" }) { name } }',
    setup: async (tag) => {
      await createOrg(`org:u-${tag}`);
      return { id: `org:u-${tag}` };
    },
    check: async (data, tag, principal) => {
      expect(data.updateOrganization.name).toBe('Renamed');
      expect(await node(`org:u-${tag}`)).toMatchObject({ name: 'Renamed', editedBy: principal });
    },
    unchanged: async (tag) => expect(await node(`org:u-${tag}`)).toMatchObject({ name: `Org org:u-${tag}` }),
  },
  link: {
    query: 'mutation($from: ID!, $to: ID!, $p: ProvenanceInput!) { link(kind: LOCATED_IN, from: $from, to: $to, provenance: $p) { created properties } }',
    setup: async (tag) => {
      await createOrg(`org:l-${tag}`);
      return { from: `org:l-${tag}`, to: REGION, p: PROV };
    },
    check: async (data, _tag, principal) => expect(data.link).toMatchObject({ created: true, properties: { editedBy: principal } }),
  },
  unlink: {
    query: 'mutation($from: ID!, $to: ID!) { unlink(kind: LOCATED_IN, from: $from, to: $to) { removed } }',
    setup: async (tag) => {
      await createOrg(`org:n-${tag}`);
      await ok(
        setupApp,
        'mutation($from: ID!, $p: ProvenanceInput!) { link(kind: LOCATED_IN, from: $from, to: "region:cn-liaoning-jinzhou", provenance: $p) { created } }',
        {
          from: `org:n-${tag}`,
          p: PROV,
        },
      );
      return { from: `org:n-${tag}`, to: REGION };
    },
    check: async (data) => expect(data.unlink.removed).toBe(true),
  },
  merge: {
    query: 'mutation($keep: ID!, $drop: ID!) { mergeEntities(keep: $keep, drop: $drop) { dropped } }',
    setup: async (tag) => {
      await createOrg(`org:k-${tag}`);
      await createOrg(`org:d-${tag}`);
      return { keep: `org:k-${tag}`, drop: `org:d-${tag}` };
    },
    check: async (data, tag, principal) => {
      expect(data.mergeEntities.dropped).toBe(`org:d-${tag}`);
      expect(await node(`org:k-${tag}`)).toMatchObject({ mergedFrom: [`org:d-${tag}`], editedBy: principal });
    },
  },
  delete: {
    query: 'mutation($id: ID!) { deleteEntity(id: $id) { id } }',
    setup: async (tag) => {
      await createOrg(`org:x-${tag}`);
      return { id: `org:x-${tag}` };
    },
    check: async (data, tag) => {
      expect(data.deleteEntity.id).toBe(`org:x-${tag}`);
      expect(await node(`org:x-${tag}`)).toBeUndefined();
    },
  },
  importDataset: {
    query: 'mutation($path: String!) { importDataset(path: $path) { rows nodesCreated files { name rows } } }',
    setup: async (tag) => {
      writeDataset(path.join(importRoot, `ds-${tag}`), tag);
      return { path: `ds-${tag}` };
    },
    check: async (data, tag) => {
      expect(data.importDataset).toMatchObject({
        rows: 2,
        nodesCreated: 2,
        files: [
          { name: 'sources.jsonl', rows: 1 },
          { name: 'organizations.csv', rows: 1 },
        ],
      });
      expect(await node(`org:imp-${tag}`)).toMatchObject({ name: `Imported ${tag}` });
    },
  },
};

type Outcome = 'ok' | ['FORBIDDEN', RegExp] | ['UNAUTHENTICATED', RegExp];
const MUTATIONS = ['create', 'update', 'link', 'unlink', 'merge', 'delete'];
const NO_CREDENTIALS = /credentials required/;

/** What each role may do: reads from reader up, mutations from editor up, importDataset for admin. */
function expected(role: 'anonymous' | 'closed' | 'reader' | 'editor' | 'admin', op: string): Outcome {
  if (role === 'closed') return ['UNAUTHENTICATED', NO_CREDENTIALS];
  if (op === 'query') return 'ok';
  if (op === 'importDataset') return role === 'admin' ? 'ok' : ['FORBIDDEN', /^importDataset needs the admin role/];
  return role === 'editor' || role === 'admin' ? 'ok' : ['FORBIDDEN', /^mutations need the editor role/];
}

interface Caller {
  name: string;
  role: 'anonymous' | 'closed' | 'reader' | 'editor' | 'admin';
  /** The principal editedBy must record. */
  principal: string;
  app: () => App;
  headers: () => Record<string, string>;
}

const CALLERS: Caller[] = [
  { name: 'anonymous (KG_ANONYMOUS_ROLE=reader)', role: 'anonymous', principal: 'anonymous', app: () => app, headers: () => ({}) },
  { name: 'anonymous (KG_ANONYMOUS_ROLE=none)', role: 'closed', principal: 'anonymous', app: () => closedApp, headers: () => ({}) },
  ...(['reader', 'editor', 'admin'] as const).flatMap((role): Caller[] => [
    {
      name: `${role} by API key (Bearer)`,
      role,
      principal: keys[role].entry.split(':')[0]!,
      app: () => app,
      headers: () => ({ authorization: `Bearer ${keys[role].key}` }),
    },
    {
      name: `${role} by API key (ApiKey)`,
      role,
      principal: keys[role].entry.split(':')[0]!,
      app: () => closedApp,
      headers: () => ({ authorization: `ApiKey ${keys[role].key}` }),
    },
    { name: `${role} by JWT`, role, principal: `jwt-${role}`, app: () => app, headers: () => ({ authorization: `Bearer ${tokens[role]}` }) },
  ]),
];

const CASES = CALLERS.flatMap((caller) => Object.keys(OPERATIONS).map((op) => ({ caller, op, outcome: expected(caller.role, op) }))).map((c, i) => ({
  ...c,
  tag: `m${i}`,
}));

describe('the role matrix', () => {
  it('covers every operation class', () => expect(Object.keys(OPERATIONS)).toEqual(['query', ...MUTATIONS, 'importDataset']));

  it.each(CASES)('$caller.name: $op', async ({ caller, op, outcome, tag }) => {
    const operation = OPERATIONS[op]!;
    const variables = await operation.setup(tag);
    const before = await counts(graph);
    const res = await post(caller.app(), operation.query, variables, caller.headers());
    const body = (await res.json()) as { data?: Record<string, any>; errors?: { message: string; extensions?: Record<string, unknown> }[] };
    if (outcome === 'ok') {
      expect(body.errors).toBeUndefined();
      expect(res.status).toBe(200);
      await operation.check(body.data!, tag, caller.principal);
      return;
    }
    const [code, message] = outcome;
    expect(res.status).toBe(code === 'FORBIDDEN' ? 403 : 401);
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.extensions?.code).toBe(code);
    expect(body.errors![0]!.message).toMatch(message);
    expect(body.errors![0]!.extensions).not.toHaveProperty('http');
    if (code === 'FORBIDDEN') expect(body.errors![0]!.extensions?.requiredRole).toBe(op === 'importDataset' ? 'admin' : 'editor');
    if (code === 'UNAUTHENTICATED') expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(body.data ?? null).toBeNull();
    expect(await counts(graph)).toEqual(before);
    await operation.unchanged?.(tag);
  });

  it('names the principal and its role when it is too weak', async () => {
    const e = (await gql(app, OPERATIONS.delete!.query, { id: 'org:none' }, { authorization: `Bearer ${tokens.reader}` })).errors![0]!;
    expect(e.message).toBe('mutations need the editor role; jwt-reader has the reader role');
    const a = (await gql(app, OPERATIONS.importDataset!.query, { path: 'x' }, { authorization: `Bearer ${keys.editor.key}` })).errors![0]!;
    expect(a.message).toBe('importDataset needs the admin role; ed has the editor role');
    const anon = (await gql(app, OPERATIONS.delete!.query, { id: 'org:none' })).errors![0]!;
    expect(anon.message).toMatch(/no credentials: send an API key or JWT with that role in the Authorization header/);
  });
});

describe('root fields are found however the document spells them', () => {
  const editor = () => ({ authorization: `Bearer ${keys.editor.key}` });

  it.each([
    ['an alias', 'mutation { x: importDataset(path: "ds") { rows } }'],
    ['a fragment spread', 'mutation { ...F } fragment F on Mutation { importDataset(path: "ds") { rows } }'],
    ['a nested inline fragment', 'mutation { ... on Mutation { ... { importDataset(path: "ds") { rows } } } }'],
    ['a skipped field', 'mutation { importDataset(path: "ds") @skip(if: true) { rows } deleteEntity(id: "org:none") { id } }'],
  ])('importDataset behind %s still needs admin', async (_, query) => {
    const res = await post(app, query, {}, editor());
    expect(res.status).toBe(403);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('an editor mutation beside importDataset is refused as a whole, and writes nothing', async () => {
    const before = await counts(graph);
    const query = `mutation { createOrganization(input: { id: "org:sneaky", kind: ENTERPRISE, name: "Sneaky" }, provenance: { source: "src:a000" }) { id }
      importDataset(path: "ds") { rows } }`;
    const r = await gql(app, query, {}, editor());
    expect(r.errors![0]!.extensions?.code).toBe('FORBIDDEN');
    expect(await counts(graph)).toEqual(before);
    expect(await node('org:sneaky')).toBeUndefined();
  });

  it('the operation chosen by operationName decides', async () => {
    const document = `query Read { entity(id: "${REGION}") { id } } mutation Write { deleteEntity(id: "${REGION}") { id } }`;
    const send = (operationName: string) =>
      app.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${keys.reader.key}` },
        body: JSON.stringify({ query: document, operationName }),
      });
    expect((await send('Read')).status).toBe(200);
    expect((await send('Write')).status).toBe(403);
  });
});

describe('bad credentials', () => {
  const QUERY = OPERATIONS.query!.query;

  async function rejected(authorization: string, message: RegExp, on: App = app) {
    const res = await post(on, QUERY, {}, { authorization });
    const body = (await res.json()) as any;
    expect(res.status).toBe(401);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(body.errors[0].message).toMatch(message);
    const secret = authorization.split(' ').at(-1)!;
    if (secret.length > 8) expect(JSON.stringify(body)).not.toContain(secret);
    return body.errors[0].message as string;
  }

  it.each([
    ['Basic dXNlcjpwYXNz', /^malformed Authorization header/],
    ['Bearer', /^malformed Authorization header/],
    ['', /^malformed Authorization header/],
    ['Bearer two tokens', /^malformed Authorization header/],
    ['Bearer not-a-key-or-jwt', /^malformed bearer token/],
    ['ApiKey kg_short', /^malformed API key/],
  ])('malformed header %j', async (authorization, message) => {
    await rejected(authorization, message);
  });

  it('an unknown API key, by either scheme', async () => {
    const stranger = makeApiKey('ruth', 'admin').key; // same name and role as a real key, different secret
    expect(await rejected(`Bearer ${stranger}`, /^unknown API key$/)).toBe('unknown API key');
    await rejected(`ApiKey ${stranger}`, /^unknown API key$/);
  });

  it('a tampered JWT (payload changed to admin) has a bad signature', async () => {
    const [header, , signature] = tokens.reader!.split('.');
    const payload = Buffer.from(
      JSON.stringify({ sub: 'jwt-reader', role: 'admin', iss: ISSUER, aud: AUDIENCE, exp: Math.floor(Date.now() / 1000) + 600 }),
    ).toString('base64url');
    await rejected(`Bearer ${header}.${payload}.${signature}`, /^bad token signature$/);
  });

  it('a JWT signed with another secret has a bad signature', async () => {
    await rejected(`Bearer ${await jwt({ sub: 'x', role: 'admin' }, { secret: 'another-secret-that-is-long-enough-to-use' })}`, /^bad token signature$/);
  });

  it('an expired JWT', async () => {
    await rejected(`Bearer ${await jwt({ sub: 'x', role: 'admin' }, { exp: Math.floor(Date.now() / 1000) - 3600 })}`, /^token expired$/);
  });

  it('a JWT without exp', async () => {
    await rejected(`Bearer ${await jwt({ sub: 'x', role: 'admin' }, { exp: null })}`, /^token has no exp claim$/);
  });

  it('a JWT without sub', async () => {
    await rejected(`Bearer ${await jwt({ role: 'admin' })}`, /^token has no sub claim$/);
  });

  it('wrong audience and wrong issuer', async () => {
    await rejected(`Bearer ${await jwt({ sub: 'x', role: 'admin' }, { aud: 'another-service' })}`, /^token has the wrong audience$/);
    await rejected(`Bearer ${await jwt({ sub: 'x', role: 'admin' }, { iss: 'https://elsewhere.test' })}`, /^token has the wrong issuer$/);
  });

  it('a missing role claim, and a role the server does not know', async () => {
    await rejected(`Bearer ${await jwt({ sub: 'x' })}`, /^token has no role claim; it must name a role \(reader, editor, admin\)$/);
    await rejected(`Bearer ${await jwt({ sub: 'x', role: 'superuser' })}`, /^token role claim "superuser" names no role this server knows/);
    await rejected(`Bearer ${await jwt({ sub: 'x', role: ['viewer', 'superuser'] })}`, /names no role this server knows/);
  });

  it('an unsigned (alg none) token', async () => {
    const part = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const unsigned = `${part({ alg: 'none', typ: 'JWT' })}.${part({ sub: 'x', role: 'admin', exp: Math.floor(Date.now() / 1000) + 600 })}.`;
    await rejected(`Bearer ${unsigned}`, /^token algorithm "none" not accepted; this server accepts HS256$/);
  });

  it('credentials are checked even where anonymous may read: no fall-back to anonymous', async () => {
    await rejected(`Bearer ${makeApiKey('x', 'reader').key}`, /^unknown API key$/, app);
    await rejected(`Bearer ${makeApiKey('x', 'reader').key}`, /^unknown API key$/, closedApp);
  });

  it('a server without keys or JWT settings refuses every Authorization header, and admits anonymous readers', async () => {
    const bare = testApp(graph, { KG_ANONYMOUS_ROLE: 'reader' });
    await rejected(`Bearer ${keys.admin.key}`, /^this server accepts no credentials/, bare);
    await rejected(`Bearer ${tokens.admin}`, /^this server accepts no credentials/, bare);
    expect((await ok(bare, QUERY)).entity.id).toBe(REGION);
  });

  it('a JWT sent to a server with API keys only, and a key to a server with JWTs only', async () => {
    await rejected(`Bearer ${tokens.admin}`, /^JWTs are not accepted by this server/, testApp(graph, { KG_API_KEYS }));
    await rejected(`Bearer ${keys.admin.key}`, /^API keys are not accepted by this server/, testApp(graph, { KG_JWT_SECRET: SECRET }));
  });

  it('a role array counts its most powerful role', async () => {
    const token = await jwt({ sub: 'multi', role: ['viewer', 'reader', 'editor'] });
    const data = await ok(app, OPERATIONS.create!.query, await OPERATIONS.create!.setup('arr'), { authorization: `Bearer ${token}` });
    await OPERATIONS.create!.check(data, 'arr', 'multi');
  });

  it('a nested role claim (KG_JWT_ROLE_CLAIM=realm_access.roles)', async () => {
    const nested = testApp(graph, { KG_JWT_SECRET: SECRET, KG_JWT_ROLE_CLAIM: 'realm_access.roles' });
    const token = await jwt({ sub: 'kc-user', realm_access: { roles: ['offline_access', 'editor'] } });
    const data = await ok(nested, OPERATIONS.create!.query, await OPERATIONS.create!.setup('nested'), { authorization: `Bearer ${token}` });
    await OPERATIONS.create!.check(data, 'nested', 'kc-user');
  });

  it('a bad KG_API_KEYS entry stops the start, naming the variable but not the entry', () => {
    const raw = makeApiKey('x', 'admin').key;
    expect(() => testApp(graph, { KG_API_KEYS: `${keys.admin.entry},${raw}` })).toThrow(/KG_API_KEYS: entry 2 must be name:role:sha256hex/);
    expect(() => testApp(graph, { KG_API_KEYS: `${keys.admin.entry},${raw}` })).not.toThrow(raw);
    expect(() => testApp(graph, { KG_API_KEYS: keys.admin.entry.replace(':admin:', ':root:') })).toThrow(
      /entry 1 has a role that is not one of reader, editor, admin/,
    );
    expect(() => testApp(graph, { KG_API_KEYS: keys.admin.entry.replace('ada:', 'anonymous:') })).toThrow(/entry 1 has a name that must not be "anonymous"/);
  });
});

describe('importDataset stays under KG_IMPORT_ROOT', () => {
  const admin = () => ({ authorization: `Bearer ${keys.admin.key}` });
  const IMPORT = OPERATIONS.importDataset!.query;

  async function refused(pathArg: string, message: RegExp, code = 'BAD_USER_INPUT', on: App = app) {
    const before = await counts(graph);
    const r = await gql(on, IMPORT, { path: pathArg }, admin());
    expect(r.errors?.[0]?.extensions?.code).toBe(code);
    expect(r.errors![0]!.message).toMatch(message);
    expect(r.errors![0]!.message).not.toContain(importRoot);
    expect(await counts(graph)).toEqual(before);
    return r.errors![0]!;
  }

  beforeAll(() => {
    writeDataset(path.join(outside, 'victim'), 'outside');
    writeDataset(path.join(importRoot, 'inner', 'ds'), 'inner');
    symlinkSync(path.join(outside, 'victim'), path.join(importRoot, 'escape'));
    mkdirSync(path.join(importRoot, 'sneaky'));
    writeFileSync(path.join(importRoot, 'sneaky', 'sources.jsonl'), '{"id":"src:sneaky","title":"Sneaky"}\n');
    symlinkSync(path.join(outside, 'victim', 'organizations.csv'), path.join(importRoot, 'sneaky', 'organizations.csv'));
    mkdirSync(path.join(importRoot, 'bad'));
    writeFileSync(path.join(importRoot, 'bad', 'organizations.csv'), 'id,kind,name\norg:bad-1,SPACESHIP,Bad\norg:bad-2,,Worse\n');
  });

  it('is FORBIDDEN, even for an admin, while KG_IMPORT_ROOT is unset', async () => {
    const noRoot = testApp(graph, { KG_API_KEYS });
    const res = await post(noRoot, IMPORT, { path: 'inner/ds' }, admin());
    expect(res.status).toBe(403);
    const e = await refused('inner/ds', /^imports through the API are disabled; set KG_IMPORT_ROOT$/, 'FORBIDDEN', noRoot);
    expect(e.extensions).toEqual({ code: 'FORBIDDEN' });
  });

  it.each([
    ['..', /must not contain '\.\.'/],
    ['../kg-outside', /must not contain '\.\.'/],
    ['inner/../../etc', /must not contain '\.\.'/],
    ['inner\\..\\..\\etc', /must not contain '\.\.'/],
    ['/etc', /is outside the import root/],
    ['/', /is outside the import root/],
    ['escape', /leads outside the import root \(through a symlink\)/],
    ['sneaky', /holds organizations\.csv, a symlink leading outside the import root/],
    ['missing', /does not exist under the import root/],
    ['inner/ds/sources.jsonl', /is not a directory/],
    ['', /is not a directory name/],
  ])('refuses %j', async (pathArg, message) => {
    await refused(pathArg, message);
  });

  it('refuses an absolute path to a directory outside the root that holds a valid dataset', async () => {
    await refused(path.join(outside, 'victim'), /is outside the import root/);
    expect(await node('org:imp-outside')).toBeUndefined();
  });

  it('accepts an absolute path inside the root', async () => {
    const r = await ok(app, IMPORT, { path: path.join(importRoot, 'inner', 'ds') }, admin());
    expect(r.importDataset.nodesCreated).toBe(2);
    expect(await node('org:imp-inner')).toMatchObject({ name: 'Imported inner' });
  });

  it('a bad dataset is BAD_USER_INPUT with its issues, and nothing is written', async () => {
    const e = await refused('bad', /^import rejected, nothing was written: \d+ problems? \(extensions\.issues lists the first \d+\)$/);
    expect(e.extensions?.issueCount).toBeGreaterThanOrEqual(2);
    expect(e.extensions?.issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ file: 'organizations.csv', line: 2, column: 'kind', message: expect.any(String) })]),
    );
    expect(await node('org:bad-1')).toBeUndefined();
  });

  it('caps the issues at 50', async () => {
    mkdirSync(path.join(importRoot, 'many'));
    const rows = Array.from({ length: 80 }, (_, i) => `org:many-${i},SPACESHIP,Many ${i}`).join('\n');
    writeFileSync(path.join(importRoot, 'many', 'organizations.csv'), `id,kind,name\n${rows}\n`);
    const e = await refused('many', /^import rejected/);
    expect(e.extensions?.issueCount).toBeGreaterThanOrEqual(80);
    expect(e.extensions?.issues).toHaveLength(50);
  });

  it('an empty directory names the path as given, not the server path', async () => {
    mkdirSync(path.join(importRoot, 'empty'));
    const e = await refused('empty', /^import rejected/);
    expect(e.extensions?.issues).toEqual([{ file: 'empty', message: expect.stringMatching(/holds no dataset files/) }]);
  });
});

describe('JWKS (RS256 / ES256)', () => {
  let server: Server;
  let jwksApp: App;
  let privateKey: CryptoKey;
  let otherKey: CryptoKey;

  beforeAll(async () => {
    const pair = await generateKeyPair('ES256');
    privateKey = pair.privateKey;
    otherKey = (await generateKeyPair('ES256')).privateKey;
    const rsa = await generateKeyPair('RS256');
    const jwks = {
      keys: [
        { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' },
        { ...(await exportJWK(rsa.publicKey)), kid: 'r1', alg: 'RS256' },
      ],
    };
    server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(jwks));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    jwksApp = testApp(graph, { KG_JWKS_URL: `http://127.0.0.1:${port}/.well-known/jwks.json`, KG_JWT_AUDIENCE: AUDIENCE, KG_ANONYMOUS_ROLE: 'none' });
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const es256 = (key: CryptoKey, kid: string, claims: JWTPayload) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid }).setAudience(AUDIENCE).setExpirationTime('5m').sign(key);

  it('admits a token signed by a key in the set, with its role and sub', async () => {
    const token = await es256(privateKey, 'k1', { sub: 'oidc-editor', role: 'editor' });
    const data = await ok(jwksApp, OPERATIONS.create!.query, await OPERATIONS.create!.setup('jwks'), { authorization: `Bearer ${token}` });
    await OPERATIONS.create!.check(data, 'jwks', 'oidc-editor');
    const r = await gql(jwksApp, OPERATIONS.importDataset!.query, { path: 'x' }, { authorization: `Bearer ${token}` });
    expect(r.errors![0]!.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a token signed by another key under a known kid, an unknown kid, and HS256', async () => {
    const auth = (token: string) => ({ authorization: `Bearer ${token}` });
    const forged = await gql(jwksApp, OPERATIONS.query!.query, {}, auth(await es256(otherKey, 'k1', { sub: 'x', role: 'admin' })));
    expect(forged.errors![0]).toMatchObject({ message: 'bad token signature', extensions: { code: 'UNAUTHENTICATED' } });
    const unknown = await gql(jwksApp, OPERATIONS.query!.query, {}, auth(await es256(otherKey, 'k9', { sub: 'x', role: 'admin' })));
    expect(unknown.errors![0]!.message).toMatch(/no key in the server's JWKS matches the token/);
    const hs = await gql(jwksApp, OPERATIONS.query!.query, {}, auth(tokens.admin!));
    expect(hs.errors![0]!.message).toBe('token algorithm "HS256" not accepted; this server accepts RS256, ES256');
  });

  it('says so when the JWKS cannot be fetched', async () => {
    const down = testApp(graph, { KG_JWKS_URL: 'http://127.0.0.1:1/jwks.json' });
    const token = await es256(privateKey, 'k1', { sub: 'x', role: 'admin' });
    const res = await post(down, OPERATIONS.query!.query, {}, { authorization: `Bearer ${token}` });
    expect(res.status).toBe(401);
    expect(((await res.json()) as any).errors[0].message).toBe('token could not be verified: the signing keys (JWKS) are unavailable');
  });
});

describe('logs', () => {
  it('record failures and refusals with the reason and principal, never a key or token', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const config = loadConfig({ LOG_LEVEL: 'debug', KG_API_KEYS, KG_JWT_SECRET: SECRET, KG_JWT_ISSUER: ISSUER, KG_JWT_AUDIENCE: AUDIENCE });
    const logged = createApp(graph, { schemaDir: path.join(PROJECT_ROOT, 'schema'), config, logger: pino({ level: 'debug' }, sink) });
    const stranger = makeApiKey('y', 'admin').key;
    await gql(logged, OPERATIONS.query!.query, {}, { authorization: `Bearer ${stranger}` });
    await gql(logged, OPERATIONS.delete!.query, { id: 'org:none' }, { authorization: `ApiKey ${keys.reader.key}` });
    await gql(logged, OPERATIONS.query!.query, {}, { authorization: `Bearer ${tokens.editor}` });
    const text = lines.join('');
    expect(text).toMatch(/"reason":"unknown API key".*"msg":"authentication failed"/);
    expect(text).toMatch(/"principal":"ruth","role":"reader","requiredRole":"editor"/);
    expect(text).toMatch(/"principal":"jwt-editor","role":"editor","via":"jwt".*"msg":"authenticated"/);
    expect(text.match(/"msg":"authenticated"/g)).toHaveLength(2); // once per request
    for (const secret of [stranger, keys.reader.key, tokens.editor!, SECRET]) expect(text).not.toContain(secret);
  });
});
