// `npm run bench:web`: the explorer's graph component at size, in headless Debian chromium.
// A generated neighbourhood of 2,000 nodes and 5,000 edges (fixed seed) is drawn by the real
// component (window.kg.view of the built /explore page); it prints the time to the first
// complete layout (the library's layoutstop event) and the frame rate while panning and zooming
// (frames the library rendered per second, counted by its `render` event and by rAF), three
// runs each, with the load average (the machine is shared). Targets: < 2 s, >= 30 frames/s.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { PROJECT_ROOT } from '../src/config.js';
import { buildWeb } from '../web/build.mjs';

const NODES = Number(process.env.BENCH_NODES ?? 2000);
const EDGES = Number(process.env.BENCH_EDGES ?? 5000);
const RUNS = 3;

await buildWeb({ quiet: true });
const dist = path.join(PROJECT_ROOT, 'web/dist');
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname === '/graphql') {
    res.setHeader('content-type', 'application/json');
    return res.end('{"data":null}');
  }
  const file = url.pathname === '/explore' ? 'explore.html' : url.pathname.slice(1);
  try {
    const body = readFileSync(path.join(dist, file));
    res.setHeader('content-type', file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html');
    res.end(body);
  } catch {
    res.statusCode = 404;
    res.end();
  }
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const port = (server.address() as { port: number }).port;

const browser = await chromium.launch({ executablePath: process.env.KG_CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
console.log(
  `bench:web ${NODES} nodes / ${EDGES} edges, chromium ${browser.version()}, load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
const results: { layoutMs: number; fps: number; rafFps: number }[] = [];
for (let run = 0; run < RUNS; run++) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  // tsx names functions with a __name helper that the page lacks.
  await page.addInitScript('window.__name = (f) => f');
  await page.goto(`http://127.0.0.1:${port}/explore`);
  await page.waitForFunction(() => (window as any).kg?.view);
  const r = await page.evaluate(
    async ([n, m]) => {
      // Deterministic generator (mulberry32): clustered, like a real neighbourhood.
      let s = 42;
      const rnd = () => {
        s = (s + 0x6d2b79f5) | 0;
        let t = Math.imul(s ^ (s >>> 15), 1 | s);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
      const kinds = ['ORGANIZATION', 'PLATFORM', 'PROJECT', 'REGION', 'INDUSTRY'];
      const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, kind: kinds[i % 5]!, label: `Node ${i}`, properties: {} }));
      const edges = new Map<string, object>();
      while (edges.size < m) {
        const a = Math.floor(rnd() * n);
        const b = rnd() < 0.8 ? (a + 1 + Math.floor(rnd() * 20)) % n : Math.floor(rnd() * n);
        if (a !== b) edges.set(`n${a}-MEMBER_OF->n${b}`, { id: `n${a}-MEMBER_OF->n${b}`, type: 'MEMBER_OF', source: `n${a}`, target: `n${b}`, properties: {} });
      }
      const view = (window as any).kg.view;
      const layoutMs: number = await view.draw({ nodes, edges: [...edges.values()] }, { layout: 'force' });
      // Pan and zoom for 3 s, one step per animation frame, as a user dragging would.
      const cy = view.cy;
      let renders = 0;
      let frames = 0;
      cy.on('render', () => renders++);
      const started = performance.now();
      await new Promise<void>((resolve) => {
        const step = () => {
          const t = performance.now() - started;
          frames++;
          cy.panBy({ x: Math.sin(t / 300) * 12, y: Math.cos(t / 400) * 8 });
          cy.zoom({ level: cy.zoom() * (1 + Math.sin(t / 500) * 0.02), renderedPosition: { x: 700, y: 430 } });
          if (t < 3000) requestAnimationFrame(step);
          else resolve();
        };
        requestAnimationFrame(step);
      });
      const secs = (performance.now() - started) / 1000;
      return { layoutMs, fps: renders / secs, rafFps: frames / secs };
    },
    [NODES, EDGES] as const,
  );
  results.push(r);
  console.log(
    `  run ${run + 1}: first complete layout ${r.layoutMs.toFixed(0)} ms, ${r.fps.toFixed(1)} frames/s rendered while panning/zooming (${r.rafFps.toFixed(1)} animation frames/s)`,
  );
  await page.close();
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const layout = median(results.map((r) => r.layoutMs));
const fps = median(results.map((r) => r.fps));
console.log(`median: layout ${layout.toFixed(0)} ms (target < 2000), ${fps.toFixed(1)} frames/s (target >= 30); load average ${os.loadavg()[0]!.toFixed(2)}`);
await browser.close();
server.close();
