// Runs GraphQL operations against the real application in-process (same yoga app, plugins and
// Neo4j as `npm start`, minus the HTTP socket).
import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import type { Graph } from '../../src/graph/graph.js';
import { loadSeed } from '../../src/seed/load-seed.js';
import { createApp } from '../../src/server/app.js';
import { freshGraph } from './graph.js';

export interface GqlResult<T = Record<string, any>> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
  extensions?: { roundTrips?: number; dbMillis?: number; dbWallMillis?: number; wallMillis?: number };
}

export type App = ReturnType<typeof createApp>;

/** The principal (an admin API key) of the trusted client a testApp without auth settings stands in for. */
export const TEST_PRINCIPAL = 'test-admin';
const TEST_KEY = `kg_${'t'.repeat(43)}`;
const AUTH_VARS = ['KG_ANONYMOUS_ROLE', 'KG_API_KEYS', 'KG_JWT_SECRET', 'KG_JWKS_URL'];

/**
 * The app with default settings (or `env` overrides, e.g. auth keys), logging silenced. When
 * `env` sets none of the access-control variables, the suite is not about access control: the app
 * admits one admin key (TEST_PRINCIPAL) and every request without an Authorization header sends it.
 * In-process requests all come from one client, so the failed-authentication limit is lifted
 * unless `env` sets it (tests/hardening/attacks.test.ts tests it on the real server).
 */
export function testApp(graph: Graph, env: Record<string, string> = {}): App {
  const authless = !AUTH_VARS.some((v) => v in env);
  const keys = authless ? { KG_API_KEYS: `${TEST_PRINCIPAL}:admin:${createHash('sha256').update(TEST_KEY).digest('hex')}` } : {};
  const app = createApp(graph, {
    schemaDir: path.join(PROJECT_ROOT, 'schema'),
    config: loadConfig({ LOG_LEVEL: process.env.TEST_LOG ?? 'silent', KG_AUTH_FAILURES_PER_MINUTE: '100000', ...keys, ...env }),
  });
  if (!authless) return app;
  const fetch = (input: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (!headers.has('authorization')) headers.set('authorization', `Bearer ${TEST_KEY}`);
    return app.fetch(input, { ...init, headers });
  };
  return new Proxy(app, { get: (target, prop) => (prop === 'fetch' ? fetch : Reflect.get(target, prop)) });
}

/** Runs an operation; `headers` are added to the request (e.g. authorization). */
export async function gql<T = Record<string, any>>(
  app: App,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GqlResult<T>> {
  return (await (await post(app, query, variables, headers)).json()) as GqlResult<T>;
}

/** The raw response of an operation, for its HTTP status and headers. */
export async function post(app: App, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Response> {
  return await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
}

/** The data of a successful operation; fails the test with the errors otherwise. */
export async function ok<T = Record<string, any>>(app: App, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<T> {
  const r = await gql<T>(app, query, variables, headers);
  if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  return r.data as T;
}

/** The first error of an operation that must fail. */
export async function fails(app: App, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) {
  const r = await gql(app, query, variables, headers);
  if (!r.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(r.data)}`);
  return r.errors[0]!;
}

/**
 * A test file's shared fixture: a fresh database holding the seed graph and the app over it,
 * set up before the file's tests and closed after them.
 */
export function useSeededApp(): { graph: () => Graph; app: () => App } {
  let graph: Graph;
  let app: App;
  beforeAll(async () => {
    graph = await freshGraph();
    await loadSeed(graph, PROJECT_ROOT);
    app = testApp(graph);
  });
  afterAll(() => graph.close());
  return { graph: () => graph, app: () => app };
}
