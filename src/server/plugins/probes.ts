// /health (liveness) and /ready (readiness) for load balancers and orchestrators, each a small
// JSON body saying what was checked, so that a 503 says what failed. Both answer before
// admission control and authentication (they are not GraphQL requests), and stay cheap:
// /health touches nothing, /ready runs one schema lookup (SHOW CONSTRAINTS), no graph query,
// shared by the probes that arrive while it runs (see sharedReadiness).
import { setTimeout as sleep } from 'node:timers/promises';
import type { Plugin } from 'graphql-yoga';
import type { Graph } from '../../graph/graph.js';

// A fresh object each time: the Response implementation adds content-length to the object it is
// given, and a shared one sent /ready's length out on /health (its body cut off, the connection broken).
const jsonHeaders = (): Record<string, string> => ({ 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });

/** What /ready reports: the database answers, and the schema (the entity_id constraint) is in place. */
export async function readiness(graph: Graph): Promise<Readiness> {
  let constraints: number;
  try {
    constraints = Number((await graph.probe('admin/ready', READY_TIMEOUT_MS))[0]?.constraints ?? 0);
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

export interface Readiness {
  ready: boolean;
  body: Record<string, unknown>;
}

/** One check gives up after this long: a Neo4j that hangs is not ready. */
export const READY_TIMEOUT_MS = 5_000;
/**
 * How long a probe waits for its own check before it may fall back on the last confirmation.
 * A Neo4j that is gone refuses the connection in about a millisecond, so an outage is still
 * reported by the probe that meets it; a saturated one took up to 1 s per SHOW CONSTRAINTS
 * (p99, bench probes section), which an orchestrator would read as a dead service.
 */
export const READY_GRACE_MS = 40;
/** A check that said ready this recently (and nothing failed since) stands in for a slow one. */
export const READY_CONFIRMED_MS = 3_000;

/**
 * readiness(graph) with one check in flight at a time, shared by the probes that arrive during
 * it. Every probe starts a check (or joins the running one) and answers with its result when that
 * comes within READY_GRACE_MS. When it does not, and the last finished check said ready less than
 * READY_CONFIRMED_MS ago, the probe answers ready at once, saying how old that confirmation is.
 * Otherwise it waits for the check. A failed check ends the confirmation at once, so no probe
 * answers ready after a check has seen Neo4j gone.
 */
export function sharedReadiness(graph: Graph, graceMs = READY_GRACE_MS, confirmedMs = READY_CONFIRMED_MS): () => Promise<Readiness> {
  let running: Promise<Readiness> | undefined;
  let confirmed: { at: number; body: Record<string, unknown> } | undefined;
  const start = () => {
    running ??= readiness(graph).then((answer) => {
      confirmed = answer.ready ? { at: performance.now(), body: answer.body } : undefined;
      running = undefined;
      return answer;
    });
    return running;
  };
  return async () => {
    const check = start();
    const last = confirmed;
    if (!last || performance.now() - last.at > confirmedMs) return check;
    const stop = new AbortController();
    const grace = sleep(graceMs, undefined, { signal: stop.signal }).catch(() => undefined);
    const early = await Promise.race([check, grace]);
    stop.abort();
    if (early) return early;
    return { ready: true, body: { ...last.body, confirmedMsAgo: Math.round(performance.now() - last.at), checking: true } };
  };
}

export function useProbes(graph: Graph): Plugin {
  const check = sharedReadiness(graph);
  // A first check as the server starts, so that the first probe under load has a confirmation
  // to fall back on (in the bench, the first probe waited 1.7 s for a saturated Neo4j).
  void check();
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== '/ready' || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      const { ready, body } = await check();
      endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : JSON.stringify(body), { status: ready ? 200 : 503, headers: jsonHeaders() }));
    },
    onResponse({ request, response, setResponse, fetchAPI }) {
      // Yoga's built-in health check answers /health with an empty 200 before any plugin runs,
      // and cannot be turned off: its answer (marked x-yoga-id) gets a body saying what it means.
      // (The marker first: parsing every response's URL cost 0.25% of a lookup's CPU.)
      if (!response.headers.has('x-yoga-id') || new URL(request.url).pathname !== '/health') return;
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
