// Start-up warm-up: the explorer's first operations, run once through the GraphQL layer on real
// ids, so that Neo4j has planned (and its JIT has compiled) the big statements before a user
// waits for them. Measured on a freshly started Neo4j with 20,000 organizations: the first
// neighbourhood took 10-12.6 s and the first collaborationChain 14 s, against 0.1-0.2 s warm;
// under 50 connections every request then queued behind those plans (p99 8.7-10.8 s, 113-200
// answers of 503 SERVER_BUSY in 30 s). The same operations warmed took 0.03-0.2 s.
//
// It runs on an app of its own (anonymous reader, no read cache, logging off), whatever the
// server's auth settings: Neo4j's plan cache is shared by every session, so plans made here serve
// every client. Reads only; each operation has the app's query deadline and the whole warm-up a
// bound of its own; a failure is reported, never thrown, and costs only the warm plan.
import type { Config } from '../config.js';
import type { Graph } from '../graph/graph.js';
import { warmNeighborhoodPlans } from '../traversal/neighborhood.js';
import { createApp } from './app.js';
import { createLogger } from './logger.js';

/** Ids the operations need, read by cypher/admin/warm-up-ids.cypher (each may be missing). */
interface Ids {
  org: string | null;
  otherOrg: string | null;
  platform: string | null;
  orgName: string | null;
  province: string | null;
}

interface WarmOperation {
  name: string;
  /** The variables, or null when the database lacks what the operation needs. */
  variables: (ids: Ids) => Record<string, unknown> | null;
  query: string;
}

const NODE = '__typename id name ... on Organization { nameZh orgKind: kind } ... on Platform { nameZh platformKind: kind level }';

/** The explorer's and the playground's entry points, each as its first user would send it. */
export const WARM_OPERATIONS: WarmOperation[] = [
  {
    name: 'search',
    variables: (ids) => (ids.orgName ? { text: ids.orgName.split(/\s+/)[0] } : null),
    query: `query WarmSearch($text: String!) { search(text: $text, first: 10) { score entity { ${NODE} } } }`,
  },
  {
    name: 'organization',
    variables: (ids) => (ids.org ? { id: ids.org } : null),
    query: `query WarmOrganization($id: ID!) { organization(id: $id) { id name nameZh kind founded region { name parent { name } }
      platforms(first: 10) { role platform { id name kind level members(first: 10) { role organization { id name } } } }
      projects(first: 10) { role project { name level } } } }`,
  },
  {
    name: 'platform',
    variables: (ids) => (ids.platform ? { id: ids.platform } : null),
    query: `query WarmPlatform($id: ID!) { platform(id: $id) { id name kind level host { name } region { name }
      members(first: 20) { role chainPosition organization { id name kind } } projects(first: 10) { name } } }`,
  },
  ...[1, 2].map((depth) => ({
    name: `neighborhood depth ${depth}`,
    variables: (ids: Ids) => (ids.org ? { id: ids.org, depth } : null),
    query: `query WarmNeighborhood($id: ID!, $depth: Int!) { neighborhood(id: $id, depth: $depth, limitPerKind: 20, first: 100) {
      totalNodes truncated pageInfo { hasNextPage endCursor } nodes { id kind label depth properties } edges { id type source target properties } } }`,
  })),
  {
    name: 'collaborationChain',
    variables: (ids) => (ids.org && ids.otherOrg ? { from: ids.org, to: ids.otherOrg } : null),
    query: `query WarmChain($from: ID!, $to: ID!) { collaborationChain(from: $from, to: $to, maxHops: 4, k: 1) { length organizations { id name }
      hops { via connector { __typename ... on Platform { name } ... on Project { name } ... on SupplyLink { product } } } } }`,
  },
  {
    name: 'platforms',
    variables: (ids) => (ids.province ? { f: { region: ids.province } } : null),
    query: `query WarmPlatforms($f: PlatformFilter) { platforms(filter: $f, orderBy: { key: NAME }, first: 20) { totalCount
      pageInfo { hasNextPage endCursor } nodes { id name kind level status region { name } industries { name } } } }`,
  },
  {
    name: 'organizations',
    variables: (ids) => (ids.province ? { f: { region: ids.province } } : null),
    query: 'query WarmOrganizations($f: OrganizationFilter) { organizations(filter: $f, first: 20) { totalCount nodes { id name kind founded } } }',
  },
  {
    name: 'platformCounts',
    variables: (ids) => (ids.province ? { r: ids.province } : null),
    query: 'query WarmCounts($r: ID!) { platformCounts(region: $r) { total byKindAndLevel { kind level count } byLevel { level count } } }',
  },
  {
    name: 'regionIndicators',
    variables: (ids) => (ids.province ? { r: ids.province } : null),
    query: 'query WarmIndicators($r: ID!) { regionIndicators(region: $r) { metric label value unit year about { __typename name } } }',
  },
];

export interface WarmUpResult {
  ms: number;
  /** Operation name -> milliseconds, for those that ran and answered without errors. */
  ran: Record<string, number>;
  /** Operations left out because the database has nothing they need. */
  skipped: string[];
  /** Operation name -> the first error message. */
  failed: Record<string, string>;
}

/** Runs the warm-up operations in turn; stops starting new ones after `budgetMs`. */
export async function warmUp(graph: Graph, config: Config, opts: { schemaDir: string; budgetMs?: number }): Promise<WarmUpResult> {
  const started = performance.now();
  const budget = opts.budgetMs ?? 120_000;
  const result: WarmUpResult = { ms: 0, ran: {}, skipped: [], failed: {} };
  try {
    const app = createApp(graph, {
      schemaDir: opts.schemaDir,
      config: { ...config, KG_ANONYMOUS_ROLE: 'reader', KG_RESPONSE_CACHE_TTL_MS: 0, LOG_LEVEL: 'silent' },
      logger: createLogger({ ...config, LOG_LEVEL: 'silent' }),
    });
    await warmNeighborhoodPlans(graph.session());
    const [row] = await graph.session().read('admin/warm-up-ids');
    const ids = (row ?? {}) as unknown as Ids;
    for (const op of WARM_OPERATIONS) {
      const variables = op.variables(ids);
      if (!variables) {
        result.skipped.push(op.name);
        continue;
      }
      if (performance.now() - started > budget) {
        result.failed[op.name] = `not run: the warm-up's budget of ${budget} ms was spent`;
        continue;
      }
      const t0 = performance.now();
      const res = await app.fetch('http://warm-up/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: op.query, variables }),
      });
      const body = (await res.json()) as { errors?: { message: string }[] };
      if (body.errors?.length) result.failed[op.name] = body.errors[0]!.message;
      else result.ran[op.name] = Math.round(performance.now() - t0);
    }
  } catch (e) {
    result.failed.warmUp = (e as Error).message;
  }
  result.ms = Math.round(performance.now() - started);
  return result;
}
