// GraphiQL at /graphql that needs nothing from outside the machine. Yoga's own page loads its
// five assets from unpkg.com (a white page offline); here GraphiQL 5 comes from the installed
// @graphql-yoga/render-graphiql package (GraphiQL, React, Monaco and its workers, bundled), served
// under /graphiql/<version>/ as separate files: cached for a year, and the page itself is a few
// kilobytes under a strict Content-Security-Policy (no inline script, nothing but 'self').
//
// It opens with the examples of schema/examples/; ▶ runs the operation under the cursor or
// offers all of them in a menu. Yoga's page would show its welcome comment instead whatever
// defaultQuery says (its renderer passes `query ?? welcome` as GraphiQL's initialQuery, and ▶ then
// answers "Unexpected <EOF>"), so the examples are passed as `query` too.
import { createRequire } from 'node:module';
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';
import { exampleFiles } from '../examples.js';

const VERSION: string = createRequire(import.meta.url)('@graphql-yoga/render-graphiql/package.json').version;
const BASE = `/graphiql/${VERSION}/`;

/** Monaco asks for a worker by label; each is a file of its own (so CSP needs no blob: workers). */
const WORKERS: Record<string, string> = { editorWorkerService: 'editor.worker.js', json: 'json.worker.js', graphql: 'graphql.worker.js' };

const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  // GraphiQL and Monaco set style attributes and inject <style> elements as they render.
  "style-src 'self' 'unsafe-inline'",
  // The bundled CSS carries its fonts and icons as data: URLs.
  "font-src 'self' data:",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "frame-ancestors 'self'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

// Lines short enough for the editor's width beside the result pane.
const INTRO = `# Innovation knowledge graph: the examples of
# schema/examples/, area by area. Put the cursor in
# an operation and press ▶ (or Ctrl-Enter) to run
# it, or press ▶ anywhere to pick one from a menu.
# Queries need no key; mutations need an editor's
# key (see the mutations below).
`;

/**
 * The document GraphiQL opens with: every example in one editor (▶ offers them in its menu).
 * GraphiQL sends it whole whichever operation runs, so the limits exempt exactly this text from
 * the token limit (src/server/plugins/limits.ts).
 */
export function playgroundDocument(schemaDir: string): string {
  // One tab rather than one per file: with several tabs, a click on another tab never switched
  // to it in Chromium (GraphiQL 5's draggable tab strip moves the tab on pointer-down and the
  // pointer-up lands on the strip), so those examples could not be reached.
  return [INTRO, ...exampleFiles(schemaDir).map((f) => f.text)].join('\n');
}

/** GraphiQL's options: the playground document and the title. */
export function graphiqlOptions(schemaDir: string): GraphiQLOptions {
  const query = playgroundDocument(schemaDir);
  return { title: 'Innovation knowledge graph', defaultQuery: query, query } as GraphiQLOptions;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page yoga answers a browser's GET /graphql with (its `renderGraphiQL` option). */
export function renderGraphiQLPage(opts: GraphiQLOptions | undefined): string {
  // Options travel as a JSON data block, not script: `<` is escaped so no text can close it.
  const json = JSON.stringify(opts ?? {}).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(opts?.title ?? 'GraphiQL')}</title>
<link rel="icon" href="${BASE}favicon.ico">
<link rel="stylesheet" href="${BASE}graphiql.css">
</head>
<body id="body" class="no-focus-outline">
<noscript>GraphiQL needs JavaScript. The API itself answers POST /graphql.</noscript>
<div id="root"></div>
<script type="application/json" id="graphiql-options">${json}</script>
<script src="${BASE}environment.js"></script>
<script src="${BASE}yoga-graphiql.js"></script>
<script src="${BASE}start.js"></script>
</body>
</html>
`;
}

interface Asset {
  type: string;
  body: Uint8Array<ArrayBuffer>;
}

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

/** The files under BASE, built once from the package's bundled strings on first request. */
async function loadAssets(): Promise<Map<string, Asset>> {
  const g = await import('@graphql-yoga/render-graphiql/graphiql');
  const js = 'text/javascript; charset=utf-8';
  const workerUrls = Object.fromEntries(Object.entries(WORKERS).map(([label, file]) => [label, BASE + file]));
  const environment = `self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: function (_moduleId, label) { var urls = ${JSON.stringify(workerUrls)}; return urls[label] || urls.editorWorkerService; } };\n`;
  const start = `YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), JSON.parse(document.getElementById('graphiql-options').textContent));\n`;
  const icon = /^data:([^;]+);base64,(.*)$/.exec(g.favicon);
  return new Map<string, Asset>([
    ['graphiql.css', { type: 'text/css; charset=utf-8', body: utf8(g.css) }],
    ['environment.js', { type: js, body: utf8(environment) }],
    ['yoga-graphiql.js', { type: js, body: utf8(g.js) }],
    ['start.js', { type: js, body: utf8(start) }],
    ['editor.worker.js', { type: js, body: utf8(g.editorWorkerService) }],
    ['json.worker.js', { type: js, body: utf8(g.jsonWorker) }],
    ['graphql.worker.js', { type: js, body: utf8(g.graphqlWorker) }],
    ['favicon.ico', { type: icon?.[1] ?? 'image/x-icon', body: new Uint8Array(Buffer.from(icon?.[2] ?? '', 'base64')) }],
  ]);
}

/** Serves GraphiQL's files and gives its page security headers that still let it run. */
export function useGraphiQLAssets(graphqlEndpoint: string): Plugin {
  let assets: Promise<Map<string, Asset>> | undefined;
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if ((request.method !== 'GET' && request.method !== 'HEAD') || !url.pathname.startsWith(BASE)) return;
      assets ??= loadAssets();
      const asset = (await assets).get(url.pathname.slice(BASE.length));
      if (!asset) return endResponse(new fetchAPI.Response('not found', { status: 404 }));
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : asset.body, {
          headers: {
            'content-type': asset.type,
            // The version is in the URL: a new package version is a new URL.
            'cache-control': 'public, max-age=31536000, immutable',
            'x-content-type-options': 'nosniff',
          },
        }),
      );
    },
    onResponse({ request, response, setResponse, fetchAPI }) {
      if (request.method !== 'GET' || new URL(request.url).pathname !== graphqlEndpoint) return;
      if (!response.headers.get('content-type')?.startsWith('text/html')) return;
      // A new response rather than headers.set: yoga built this one from a plain object with
      // 'Content-Type', and setting 'content-type' on it sends the header twice.
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        if (name.toLowerCase() !== 'content-type') headers[name.toLowerCase()] = value;
      });
      setResponse(
        new fetchAPI.Response(response.body, {
          status: response.status,
          headers: {
            ...headers,
            'content-type': 'text/html; charset=utf-8',
            'content-security-policy': PAGE_CSP,
            'cache-control': 'no-cache',
            'x-content-type-options': 'nosniff',
            'referrer-policy': 'same-origin',
          },
        }),
      );
    },
  };
}
