// Runs GraphQL operations against the real application in-process (same yoga app, plugins and
// Neo4j as `npm start`, minus the HTTP socket).
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import type { Graph } from '../../src/graph/graph.js';
import { createApp } from '../../src/server/app.js';

export interface GqlResult<T = Record<string, any>> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
  extensions?: { roundTrips?: number; dbMillis?: number };
}

export type App = ReturnType<typeof createApp>;

/** The app with default settings (or `env` overrides, e.g. auth keys), logging silenced. */
export function testApp(graph: Graph, env: Record<string, string> = {}): App {
  return createApp(graph, { schemaDir: path.join(PROJECT_ROOT, 'schema'), config: loadConfig({ LOG_LEVEL: 'silent', ...env }) });
}

export async function gql<T = Record<string, any>>(app: App, query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> {
  const res = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GqlResult<T>;
}

/** The data of a successful operation; fails the test with the errors otherwise. */
export async function ok<T = Record<string, any>>(app: App, query: string, variables?: Record<string, unknown>): Promise<T> {
  const r = await gql<T>(app, query, variables);
  if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  return r.data as T;
}

/** The first error of an operation that must fail. */
export async function fails(app: App, query: string, variables?: Record<string, unknown>) {
  const r = await gql(app, query, variables);
  if (!r.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(r.data)}`);
  return r.errors[0]!;
}
