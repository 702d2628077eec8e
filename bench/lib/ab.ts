// What the A/B scripts (bench/lookup/ab.ts, bench/nested/ab.ts) share: the builds named on the
// command line, a Neo4j of their own (or one given), and servers from bench/lookup/server.mjs,
// each in its own process, that report their port and, on request, their CPU time over IPC.
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import { startLocalNeo4j } from '../../src/neo4j/local.js';
import { freePort } from '../../tests/helpers/ports.js';

export type Child = ReturnType<typeof fork>;

/** `label=dir` arguments: the builds (compiled dist/ directories) to compare. */
export function variantsOf(positionals: string[]): { label: string; dir: string }[] {
  return positionals.map((p) => {
    const [label, dir] = p.split('=') as [string, string];
    return { label, dir: path.resolve(dir) };
  });
}

/** The given Neo4j, or a fresh local one in a temporary store that stop() removes. */
export async function abNeo4j(given: string | undefined, opts: { prefix: string; pageCache: string }) {
  if (given) return { uri: given, stop: async () => {} };
  const store = mkdtempSync(path.join(os.tmpdir(), opts.prefix));
  const neo = await startLocalNeo4j({
    projectRoot: PROJECT_ROOT,
    port: await freePort(),
    dataDir: store,
    nice: loadConfig().NEO4J_NICE,
    heap: '1g',
    pageCache: opts.pageCache,
    txTimeout: '120s',
    startTimeoutMs: 600_000,
  });
  return {
    uri: neo.uri,
    stop: async () => {
      await neo.stop();
      rmSync(store, { recursive: true, force: true });
    },
  };
}

/** Servers of bench/lookup/server.mjs, run as npm start runs (NODE_ENV=production). */
export class AbServers {
  readonly children: Child[] = [];

  constructor(
    private readonly uri: string,
    private readonly env: Record<string, string> = {},
    private readonly cpuProfDir?: string,
  ) {}

  /** args: ['ours', distDir] or ['bare']. */
  start(args: string[], label: string): Promise<{ port: number; child: Child }> {
    return new Promise((resolve, reject) => {
      const execArgv = this.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${this.cpuProfDir}`, `--cpu-prof-name=${label}.cpuprofile`] : [];
      const child = fork(fileURLToPath(new URL('../lookup/server.mjs', import.meta.url)), args, {
        execArgv,
        env: { NODE_ENV: 'production', ...process.env, KG_BENCH_NEO4J: this.uri, KG_BENCH_ROOT: PROJECT_ROOT, ...this.env },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      this.children.push(child);
      child.once('message', (m: { port: number }) => resolve({ port: m.port, child }));
      child.once('exit', (c) => reject(new Error(`${label} exited ${c}`)));
    });
  }

  /** Stops every server (a normal exit, so --cpu-prof writes its profile). */
  async stop(): Promise<void> {
    for (const c of this.children) c.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** The server process's CPU time so far, in microseconds. */
export const cpuOf = (child: Child) =>
  new Promise<number>((resolve) => {
    child.once('message', (m: { micros: number }) => resolve(m.micros));
    child.send({ type: 'cpu' });
  });
