// Bench section: /health and /ready while 10 of the most expensive legal queries run (depth-3
// neighbourhoods from a hub of 60 platforms x 150 members), against `kg serve` in its own process
// with the production defaults for admission control. Target: probe p99 <= 100 ms. The probes
// are not gated by admission control; what can slow them is the event loop they share with the
// expensive requests' result handling, and the CPU a co-located Neo4j takes (NEO4J_NICE).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import type { Graph } from '../../src/graph/graph.js';
import { freePort } from '../../tests/helpers/ports.js';
import { fmt, loadAverage, median, quantile } from '../lib/stats.js';

export interface ProbeFigures {
  health: { p50: number; p99: number; max: number; n: number };
  ready: { p50: number; p99: number; max: number; n: number };
  queryMs: number;
  statuses: string;
}

const HUB = 'org:bench-hub';
const EXPENSIVE = 'query Expensive($id: ID!) { neighborhood(id: $id, depth: 3, limitPerKind: 500, first: 1000) { nodes { id } truncated } }';

export async function probesSection(opts: { uri: string; graph: Graph; reps: number; out: (line: string) => void }): Promise<ProbeFigures> {
  await opts.graph.session().write('admin/test/make-hub', { hub: HUB, prefix: 'bench-hub-', platforms: 60, members: 150 });
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin/kg.mjs'), 'serve'], {
    env: { ...process.env, NEO4J_URI: opts.uri, PORT: String(port), HOST: '127.0.0.1', KG_SEED: 'never', KG_RESPONSE_CACHE_TTL_MS: '0', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise((r) => child.once('exit', r));
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`kg serve not ready in 120 s:\n${log}`)), 120_000);
    child.stderr!.on('data', (d) => {
      log = (log + d).slice(-20_000);
      if (log.includes('GraphQL ready at')) {
        clearTimeout(t);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`kg serve exited (${code}):\n${log}`)));
  });
  const url = `http://127.0.0.1:${port}`;
  const health: number[] = [];
  const ready: number[] = [];
  const queryMs: number[] = [];
  const statuses: number[] = [];
  try {
    for (let rep = 0; rep < opts.reps; rep++) {
      let done = false;
      const probe = async (what: string, into: number[]) => {
        while (!done) {
          const started = performance.now();
          const r = await fetch(`${url}${what}`).catch((e) => {
            throw new Error(`GET ${what} failed: ${e.message} (${e.cause})`);
          });
          await r.arrayBuffer().catch((e) => {
            throw new Error(`GET ${what}'s answer (${r.status}) broke off: ${e.message} (${e.cause})`);
          });
          if (r.status === 200) into.push(performance.now() - started);
          await new Promise((res) => setTimeout(res, 20));
        }
      };
      const probes = Promise.all([probe('/health', health), probe('/ready', ready)]);
      await Promise.all(
        Array.from({ length: 10 }, async () => {
          const started = performance.now();
          const r = await fetch(`${url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: EXPENSIVE, variables: { id: HUB } }),
          });
          await r.arrayBuffer().catch((e) => {
            throw new Error(
              `the neighbourhood's answer (${r.status}) broke off after ${Math.round(performance.now() - started)} ms: ${e.message} (${e.cause})`,
            );
          });
          statuses.push(r.status);
          queryMs.push(performance.now() - started);
        }),
      );
      done = true;
      await probes;
    }
  } catch (e) {
    throw new Error(
      `${(e as Error).message} (${String((e as Error).cause ?? '')}); kg serve ${child.exitCode === null ? 'still runs' : `exited ${child.exitCode}`}, its last output:\n${log.slice(-3000)}`,
    );
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
  const summary = (xs: number[]) => ({ p50: median(xs), p99: quantile(xs, 0.99), max: Math.max(...xs), n: xs.length });
  const figures: ProbeFigures = {
    health: summary(health),
    ready: summary(ready),
    queryMs: median(queryMs),
    statuses: [...new Set(statuses)].map((s) => `${s} x${statuses.filter((x) => x === s).length}`).join(', '),
  };
  for (const [name, f] of [
    ['/health', figures.health],
    ['/ready', figures.ready],
  ] as const)
    opts.out(`${name}: p50 ${fmt(f.p50)} ms, p99 ${fmt(f.p99)} ms, max ${fmt(f.max)} ms over ${f.n} probes`);
  opts.out(
    `10 x depth-3 neighbourhood of a 9,000-member hub, ${opts.reps} rounds: ${figures.statuses}, median ${fmt(figures.queryMs, 0)} ms (load ${loadAverage()})`,
  );
  return figures;
}
