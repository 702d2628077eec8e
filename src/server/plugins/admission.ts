// Admission control: at most KG_MAX_CONCURRENT GraphQL requests run at once; up to KG_MAX_QUEUED
// more wait, each at most KG_QUEUE_TIMEOUT_MS, for a slot. Beyond that a request is answered at
// once with 503, code SERVER_BUSY and Retry-After, instead of queueing behind a saturated
// Neo4j for tens of seconds (and dragging /health and /ready down with it, which are never
// gated). The limits and the current load are on /metrics (kg_admission_*).
import type { Plugin } from 'graphql-yoga';
import { Counter, Gauge, register } from 'prom-client';
import type { Config } from '../../config.js';

const metric = <T>(name: string, make: () => T): T => (register.getSingleMetric(name) as T | undefined) ?? make();
const active = metric('kg_admission_active', () => new Gauge({ name: 'kg_admission_active', help: 'GraphQL requests running now' }));
const queued = metric('kg_admission_queued', () => new Gauge({ name: 'kg_admission_queued', help: 'GraphQL requests waiting for a slot' }));
const limits = metric(
  'kg_admission_limit',
  () =>
    new Gauge({
      name: 'kg_admission_limit',
      help: 'Admission limits: concurrent (KG_MAX_CONCURRENT), queued (KG_MAX_QUEUED), queue_timeout_ms (KG_QUEUE_TIMEOUT_MS)',
      labelNames: ['limit'],
    }),
);
const rejected = metric(
  'kg_admission_rejected_total',
  () => new Counter({ name: 'kg_admission_rejected_total', help: 'GraphQL requests answered 503 SERVER_BUSY', labelNames: ['reason'] }),
);

function busy(why: string, retryAfterS: number): Response {
  const body = { errors: [{ message: `server busy: ${why}; retry after ${retryAfterS} s`, extensions: { code: 'SERVER_BUSY', retryAfter: retryAfterS } }] };
  return new Response(JSON.stringify(body), {
    status: 503,
    headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(retryAfterS) },
  });
}

export function useAdmission(config: Config, graphqlEndpoint: string): Plugin {
  const max = config.KG_MAX_CONCURRENT;
  const maxQueued = config.KG_MAX_QUEUED;
  const waitMs = config.KG_QUEUE_TIMEOUT_MS;
  limits.set({ limit: 'concurrent' }, max);
  limits.set({ limit: 'queued' }, maxQueued);
  limits.set({ limit: 'queue_timeout_ms' }, waitMs);
  let running = 0;
  const waiting: (() => void)[] = [];
  const holding = new WeakSet<Request>();
  const update = () => {
    active.set(running);
    queued.set(waiting.length);
  };
  const release = (request: Request) => {
    if (!holding.delete(request)) return;
    const next = waiting.shift();
    if (next)
      next(); // the slot passes straight to the next in line
    else running -= 1;
    update();
  };
  const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));

  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname !== graphqlEndpoint || request.method === 'OPTIONS') return;
      // GraphiQL's page (a GET without a query) runs nothing.
      if (request.method === 'GET' && !url.searchParams.has('query')) return;
      // A client that goes away frees its slot at once (its transaction is being terminated).
      const hold = () => {
        holding.add(request);
        request.signal.addEventListener('abort', () => release(request), { once: true });
      };
      if (running < max) {
        running += 1;
        hold();
        update();
        return;
      }
      if (waiting.length >= maxQueued || waitMs === 0) {
        rejected.inc({ reason: 'queue_full' });
        return endResponse(
          busy(`${running} requests running and ${waiting.length} waiting (KG_MAX_CONCURRENT=${max}, KG_MAX_QUEUED=${maxQueued})`, retryAfter),
        );
      }
      const admitted = await new Promise<boolean>((resolve) => {
        const entry = () => {
          clearTimeout(timer);
          resolve(true);
        };
        const leave = () => {
          const i = waiting.indexOf(entry);
          if (i >= 0) waiting.splice(i, 1);
          update();
          resolve(false);
        };
        const timer = setTimeout(leave, waitMs);
        request.signal.addEventListener('abort', () => {
          clearTimeout(timer);
          leave();
        });
        waiting.push(entry);
        update();
      });
      if (admitted) {
        hold();
        return;
      }
      if (request.signal.aborted) return endResponse(new Response(null, { status: 499 }));
      rejected.inc({ reason: 'queue_timeout' });
      return endResponse(busy(`no slot freed within ${waitMs} ms (KG_QUEUE_TIMEOUT_MS); ${max} requests running (KG_MAX_CONCURRENT)`, retryAfter));
    },
    onResponse({ request }) {
      release(request);
    },
  };
}
