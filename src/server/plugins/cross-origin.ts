// Cross-origin requests that are refused say why and what to change. A browser page on another
// origin first sends a preflight (OPTIONS with Origin and Access-Control-Request-Method); when
// that origin is not in KG_CORS_ORIGINS the answer is a 403 naming the setting, instead of yoga's
// bare 204 without CORS headers or the CSRF plugin's "Required CSRF header(s) not present".
// Requests a browser sends without a preflight (GET, form and text/plain POSTs) must still carry
// x-graphql-yoga-csrf (@graphql-yoga/plugin-csrf-prevention), now with a message saying so.
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { clip } from '../../errors.js';

export const CSRF_HEADER = 'x-graphql-yoga-csrf';
const REFUSED = 'x-kg-cors-refused';

function refusal(origin: string, corsOrigins: string[], embedOrigins: string[]): string {
  const listed = corsOrigins.length ? `it lists ${corsOrigins.join(', ')}` : 'it is unset, so no browser origin may call the API';
  const embed = embedOrigins.includes(origin) ? ` (${origin} is in KG_EMBED_ORIGINS, which lets pages embed the graph view, not call /graphql)` : '';
  return `origin ${clip(origin)} is not in KG_CORS_ORIGINS (${listed})${embed}; to let a dashboard on that origin call this API, start the server with KG_CORS_ORIGINS=${clip(origin)} (comma-separated for several)`;
}

export function useCrossOrigin(corsOrigins: string[], embedOrigins: string[]): Plugin {
  const allowed = new Set(corsOrigins);
  const refused = (request: Request) => {
    const origin = request.headers.get('origin');
    const preflight = request.method === 'OPTIONS' && origin != null && request.headers.has('access-control-request-method');
    return preflight && !allowed.has(origin) ? origin : null;
  };
  const answer = (origin: string, fetchAPI: { Response: typeof Response }) =>
    new fetchAPI.Response(
      JSON.stringify({
        errors: [{ message: refusal(origin, corsOrigins, embedOrigins), extensions: { code: 'CORS_ORIGIN_NOT_ALLOWED', setting: 'KG_CORS_ORIGINS' } }],
      }),
      { status: 403, headers: { 'content-type': 'application/json; charset=utf-8', [REFUSED]: '1' } },
    );
  const csrf = useCSRFPrevention({ requestHeaders: [CSRF_HEADER] });
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const origin = refused(request);
      if (origin != null) endResponse(answer(origin, fetchAPI));
    },
    // With KG_CORS_ORIGINS set, yoga's own CORS handler answers every preflight before any plugin
    // sees it; its answer to a refused origin is replaced here.
    onResponse({ request, response, setResponse, fetchAPI }) {
      const origin = refused(request);
      if (origin != null && !response.headers.has(REFUSED)) setResponse(answer(origin, fetchAPI));
    },
    onRequestParse(payload) {
      try {
        return csrf.onRequestParse?.(payload);
      } catch {
        throw createGraphQLError(
          `this request could have been sent by a page on another site (a GET, or a POST whose content-type is a form or text/plain), so it must carry the header ${CSRF_HEADER} (any value); send a JSON POST (content-type: application/json) or add the header. A dashboard on another origin must also be listed in KG_CORS_ORIGINS`,
          { extensions: { code: 'CSRF_HEADER_REQUIRED', header: CSRF_HEADER, http: { status: 403 } } },
        );
      }
    },
  };
}
