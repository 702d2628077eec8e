// /metrics is for the operator's scraper. With KG_METRICS_TOKEN set (the production setting, see
// docs/security.md), it answers only `Authorization: Bearer <token>` (compared in constant
// time); anything else gets 401 before the registry is read.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';

const digest = (s: string) => createHash('sha256').update(s).digest();

export function useMetricsGuard(token: string | undefined, endpoint = '/metrics'): Plugin {
  const want = token === undefined ? undefined : digest(token);
  return {
    onRequest({ request, url, endResponse }) {
      if (!want || url.pathname !== endpoint) return;
      const given = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
      if (given && timingSafeEqual(digest(given), want)) return;
      endResponse(
        new Response('metrics need Authorization: Bearer <KG_METRICS_TOKEN>\n', {
          status: 401,
          headers: { 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': 'Bearer realm="kg-metrics"' },
        }),
      );
    },
  };
}
