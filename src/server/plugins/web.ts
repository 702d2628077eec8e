// Serves the built front end (web/dist, made by `npm run build:web`) beside the API: the landing
// page at /, the explorer at /explore, the iframe view at /embed and the <kg-graph> module at
// /embed/kg-graph.js. Hashed assets under /assets/ are cached for a year; pages and the embed
// module (a stable URL) are revalidated. Also answers Chromium's private-network preflight for
// the origins allowed to call or embed the service.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../../config.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
};

/** The pages of the app: route -> file in web/dist. */
const PAGES: Record<string, string> = {
  '/': 'index.html',
  '/explore': 'explore.html',
  '/embed': 'embed.html',
};

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Web app not built</title>
<p>The web app is not built. Run <code>npm run build:web</code> (it runs by itself on <code>npm ci</code>), then reload.
The GraphQL API is at <a href="/graphql">/graphql</a>.</p>`;

export function useWebApp(config: Config): Plugin {
  const dist = path.join(config.projectRoot, 'web', 'dist');
  const cache = new Map<string, { body: Uint8Array<ArrayBuffer>; mtime: number }>();
  const read = (file: string): Uint8Array<ArrayBuffer> | undefined => {
    const full = path.join(dist, file);
    // Never leave dist (the route table and the /assets/ check below already keep to it).
    if (!full.startsWith(dist + path.sep) || !existsSync(full)) return undefined;
    const mtime = statSync(full).mtimeMs;
    const hit = cache.get(full);
    if (hit && hit.mtime === mtime) return hit.body;
    const body = new Uint8Array(readFileSync(full));
    cache.set(full, { body, mtime });
    return body;
  };
  // The iframe may be shown in pages of the configured origins; every other page only in ours.
  const embedAncestors = ["'self'", ...config.KG_EMBED_ORIGINS].join(' ');
  const csp = (ancestors: string) =>
    [
      "default-src 'self'",
      "img-src 'self' data: blob:",
      "style-src 'self' 'unsafe-inline'",
      "connect-src 'self'",
      `frame-ancestors ${ancestors}`,
      "base-uri 'none'",
      "form-action 'self'",
    ].join('; ');
  const allowed = new Set([...config.KG_CORS_ORIGINS, ...config.KG_EMBED_ORIGINS]);

  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const route = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
      let file: string | undefined;
      let headers: Record<string, string>;
      if (route in PAGES) {
        file = PAGES[route]!;
        headers = {
          'cache-control': 'no-cache',
          'content-security-policy': csp(route === '/embed' ? embedAncestors : "'self'"),
          'x-content-type-options': 'nosniff',
          'referrer-policy': 'same-origin',
        };
      } else if (route === '/embed/kg-graph.js') {
        file = 'embed/kg-graph.js';
        headers = { 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' };
      } else if (/^\/(sources|docs)\/[\w.-]+\.(txt|md)$/.test(route)) {
        // The stored article texts (Source.file) and the docs, as plain text for "open the source".
        const [, dir, name] = route.split('/');
        const body = existsSync(path.join(config.projectRoot, dir === 'docs' ? 'docs' : 'seeds/sources', name!))
          ? readFileSync(path.join(config.projectRoot, dir === 'docs' ? 'docs' : 'seeds/sources', name!))
          : undefined;
        endResponse(
          body
            ? new fetchAPI.Response(new Uint8Array(body), { headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' } })
            : new fetchAPI.Response('not found', { status: 404 }),
        );
        return;
      } else if (/^\/assets\/[\w.-]+$/.test(route)) {
        file = route.slice(1);
        // File names carry a content hash: a changed file is a new URL.
        headers = { 'cache-control': 'public, max-age=31536000, immutable', 'x-content-type-options': 'nosniff' };
      } else {
        return;
      }
      const body = read(file);
      if (!body) {
        if (route in PAGES) endResponse(new fetchAPI.Response(NOT_BUILT, { status: 503, headers: { 'content-type': TYPES['.html']! } }));
        else endResponse(new fetchAPI.Response('not found', { status: 404 }));
        return;
      }
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : body, { status: 200, headers: { 'content-type': type, ...headers } }));
    },
    onResponse({ request, response }) {
      // Chromium asks before a public page calls a private (intranet, loopback) address.
      const origin = request.headers.get('origin');
      if (request.headers.get('access-control-request-private-network') === 'true' && origin && allowed.has(origin)) {
        response.headers.set('access-control-allow-private-network', 'true');
      }
    },
  };
}
