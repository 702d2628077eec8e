// /health (liveness) and /ready (readiness) for load balancers and orchestrators, each a small
// JSON body saying what was checked, so that a 503 says what failed. Both answer before
// admission control and authentication (they are not GraphQL requests), and stay cheap:
// /health touches nothing, /ready runs one schema lookup (SHOW CONSTRAINTS), no graph query,
// shared by every probe within READY_REUSE_MS.
import type { Plugin } from 'graphql-yoga';
import type { Graph } from '../../graph/graph.js';

// A fresh object each time: the Response implementation adds content-length to the object it is
// given, and a shared one sent /ready's length out on /health (its body cut off, the connection broken).
const jsonHeaders = (): Record<string, string> => ({ 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });

/** What /ready reports: the database answers, and the schema (the entity_id constraint) is in place. */
export async function readiness(graph: Graph): Promise<{ ready: boolean; body: Record<string, unknown> }> {
  let constraints: number;
  try {
    constraints = Number((await graph.session().read('admin/ready'))[0]?.constraints ?? 0);
  } catch (e) {
    // The driver's or our error code only: a message could name the database host.
    const code = (e as { extensions?: { code?: string }; code?: string }).extensions?.code ?? (e as { code?: string }).code ?? 'ERROR';
    return { ready: false, body: { status: 'unavailable', checks: { neo4j: 'failed' }, reason: `Neo4j did not answer (${code}); retry shortly` } };
  }
  if (constraints > 0) return { ready: true, body: { status: 'ready', checks: { neo4j: 'ok', constraints } } };
  return {
    ready: false,
    body: { status: 'not ready', checks: { neo4j: 'ok', constraints }, reason: 'the schema is not applied yet (kg serve applies it as it starts)' },
  };
}

// Under load a saturated Neo4j took up to 0.4 s per SHOW CONSTRAINTS (p99, bench probes
// section), and every probe queued its own: probes arriving together, or within this long of
// the last answer, share one check. An orchestrator polls every few seconds, so an answer at
// most this old is as good as a fresh one.
export const READY_REUSE_MS = 1_000;

/** readiness(graph), one check in flight at a time and its answer reused for READY_REUSE_MS. */
export function sharedReadiness(graph: Graph): () => ReturnType<typeof readiness> {
  let last: { at: number; answer: ReturnType<typeof readiness> } | undefined;
  return () => {
    const now = performance.now();
    if (!last || now - last.at > READY_REUSE_MS) {
      const answer = readiness(graph);
      const entry = { at: Number.POSITIVE_INFINITY, answer };
      // Reused from when it settles, not from when it started: a slow check is not stale at once.
      void answer.then(() => {
        entry.at = performance.now();
      });
      last = entry;
    }
    return last.answer;
  };
}

export function useProbes(graph: Graph): Plugin {
  const check = sharedReadiness(graph);
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== '/ready' || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      const { ready, body } = await check();
      endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : JSON.stringify(body), { status: ready ? 200 : 503, headers: jsonHeaders() }));
    },
    onResponse({ request, response, setResponse, fetchAPI }) {
      // Yoga's built-in health check answers /health with an empty 200 before any plugin runs,
      // and cannot be turned off: its answer (marked x-yoga-id) gets a body saying what it means.
      if (new URL(request.url).pathname !== '/health' || !response.headers.has('x-yoga-id')) return;
      const body = JSON.stringify({ status: 'ok', checks: { process: 'ok' } });
      const headers = jsonHeaders();
      response.headers.forEach((value, name) => {
        // Not the empty answer's length: the body is a new one.
        const lower = name.toLowerCase();
        if (lower !== 'x-yoga-id' && lower !== 'content-type' && lower !== 'content-length') headers[lower] = value;
      });
      setResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : body, { status: 200, headers }));
    },
  };
}
