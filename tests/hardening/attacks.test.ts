// The attacks of the independent probe (issue 13), each as a named case against the real server
// (`kg serve` in a child process, tests/helpers/server.ts) over the suite's real Neo4j. Every
// case checks that the answer is a clear 4xx with a code (or a documented answer), and that the
// process still answers /health afterwards with its memory bounded.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import type { Graph } from '../../src/graph/graph.js';
import { loadSeed } from '../../src/seed/load-seed.js';
import { freshGraph } from '../helpers/graph.js';
import { type Server, startServer } from '../helpers/server.js';

const MB = 1024 * 1024;
let graph: Graph;
let server: Server;

beforeAll(async () => {
  graph = await freshGraph();
  await loadSeed(graph, PROJECT_ROOT);
  server = await startServer();
});

afterAll(async () => {
  if (server && !server.alive()) console.log(`the server died:\n${server.output().slice(-5000)}`);
  await server?.stop();
  await graph?.close();
});

/** Samples the server's RSS every 20 ms while `work` runs; the peak seen. */
async function peakRss<T>(work: () => Promise<T>): Promise<{ peak: number; result: T }> {
  let peak = server.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, server.rss());
  }, 20);
  try {
    const result = await work();
    return { peak: Math.max(peak, server.rss()), result };
  } finally {
    clearInterval(timer);
  }
}

/** POSTs a `bytes`-long JSON body (a tiny query, padded) with or without Content-Length; resolves with the status and body. */
function hugePost(bytes: number, declared: boolean, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const head = '{"query":"{ health { status } }","variables":{"pad":"';
    const tail = '"}}';
    const chunk = Buffer.alloc(MB, 'a');
    const req = http.request(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(declared ? { 'content-length': String(bytes) } : {}), ...headers },
    });
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => {
        body += d;
      });
      res.on('end', () => resolve({ status: res.statusCode!, body }));
      res.on('error', reject);
    });
    // The server closes the connection on purpose once it has answered; only an error before any answer counts.
    req.on('error', (e) => {
      if (!answered) reject(e);
    });
    let left = bytes - head.length - tail.length;
    req.write(head);
    const pump = () => {
      while (left > 0 && !answered) {
        const n = Math.min(left, chunk.length);
        left -= n;
        if (!req.write(n === chunk.length ? chunk : chunk.subarray(0, n))) return void req.once('drain', pump);
      }
      if (!answered) req.end(tail);
    };
    pump();
  });
}

describe('bounded bodies', () => {
  it('ten concurrent 50 MB bodies are refused with 413 PAYLOAD_TOO_LARGE, unread, and RSS stays within 50 MB of idle', async () => {
    await server.health();
    const idle = server.rss();
    const { peak, result } = await peakRss(() =>
      Promise.all([...Array.from({ length: 8 }, () => hugePost(50 * MB, true)), ...Array.from({ length: 2 }, () => hugePost(50 * MB, false))]),
    );
    for (const r of result) {
      expect(r.status, r.body).toBe(413);
      const body = JSON.parse(r.body);
      expect(body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
      expect(body.errors[0].message).toMatch(/KG_MAX_BODY_BYTES/);
      expect(body.errors[0].extensions.originalError).toBeUndefined();
    }
    console.log(`50 MB bodies x10: idle RSS ${(idle / MB).toFixed(0)} MB, peak ${(peak / MB).toFixed(0)} MB (+${((peak - idle) / MB).toFixed(1)} MB)`);
    expect(peak - idle).toBeLessThan(50 * MB);
    expect((await server.health()).status).toBe(200);
  }, 120_000);

  it('the cap holds before authentication: with KG_ANONYMOUS_ROLE=none a 50 MB body is 413, not read, not 401', async () => {
    const r = await hugePost(50 * MB, true, { authorization: 'Bearer kg_wrongwrongwrongwrongwrongwrongwrongwrongwro' });
    expect(r.status).toBe(413);
    expect((await server.health()).status).toBe(200);
  });

  it('a body just under the cap still works', async () => {
    const pad = 'a'.repeat(900 * 1024);
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { status } }', variables: { pad } }),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).data.health.status).toBeDefined();
  });
});
