// The real server as a client meets it: `kg serve` in a child process on a free loopback port,
// against the suite's Neo4j (no seeding; the test prepares the database). Attacks that could
// crash, bloat or hang the process are measured on it: its RSS from /proc, its /health.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { freePort } from './ports.js';

export interface Server {
  url: string;
  port: number;
  child: ChildProcess;
  /** Resident set size in bytes, from /proc/<pid>/status. */
  rss(): number;
  /** GET /health: its status and how long it took; throws when the process does not answer. */
  health(): Promise<{ status: number; ms: number }>;
  output(): string;
  /** Whether the process is still running. */
  alive(): boolean;
  stop(): Promise<void>;
}

export async function startServer(env: Record<string, string> = {}): Promise<Server> {
  const { uri, user, password } = inject('neo4j');
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin/kg.mjs'), 'serve'], {
    env: {
      ...process.env,
      NEO4J_URI: uri,
      NEO4J_USER: user ?? 'neo4j',
      NEO4J_PASSWORD: password ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      KG_SEED: 'never',
      // These servers measure the work requests cause (transactions, deadlines, RSS): answers from
      // the anonymous read cache would hide it. tests/api/read-cache.test.ts tests the cache.
      KG_RESPONSE_CACHE_TTL_MS: '0',
      // Nor the start-up warm-up's transactions (tests/launcher/serve-lifecycle.test.ts has it on).
      KG_WARM_UP: 'false',
      LOG_LEVEL: process.env.KG_TEST_LOG ?? 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (d: Buffer) => {
    output += d;
    if (output.length > 2_000_000) output = output.slice(-1_000_000);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  await new Promise<void>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`server not ready in 120 s:\n${output}`)), 120_000);
    const onData = () => {
      if (!output.includes('GraphQL ready at')) return;
      clearTimeout(t);
      child.stderr!.off('data', onData);
      resolve();
    };
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(t);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    port,
    child,
    rss: () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) * 1024,
    async health() {
      const started = performance.now();
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(10_000) });
      await res.arrayBuffer();
      return { status: res.status, ms: performance.now() - started };
    },
    output: () => output,
    alive: () => child.exitCode === null && child.signalCode === null,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(t);
    },
  };
}
