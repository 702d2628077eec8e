// `npm start` as a newcomer runs it, and as a supervisor (systemd, a CI runner, a test harness)
// stops it: no NEO4J_URI, so the server starts its own Neo4j and answers GraphQL from it; a
// SIGTERM or SIGINT to the `npm start` PID alone, to its whole process group, or to `kg serve`
// itself stops the server and its Neo4j within 10 s with exit code 0, leaves no process behind
// and frees both ports; the data is still there on the next start.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { freePort } from '../helpers/ports.js';
import { alive, childrenOf, exitWithin, portFree } from '../helpers/processes.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kg-serve-'));
// Processes this file started; a failed assertion must not leave one (and its JVM) running.
const started: number[] = [];
afterAll(() => {
  for (const pid of started.reverse()) if (alive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** What the issue asks of a stop: done in this time, with nothing left. */
const STOP_DEADLINE_MS = 10_000;

type Way = 'npm start' | 'npm start, own process group' | 'kg serve';

interface Running {
  child: ChildProcess;
  port: number;
  boltPort: number;
  /** npm (when started through it), node and java: each must be gone after the stop. */
  pids: { npm?: number; node: number; java: number };
  output: () => string;
  exited: Promise<number | null>;
}

async function start(way: Way): Promise<Running> {
  const [port, boltPort] = [await freePort(), await freePort()];
  const env = {
    ...process.env,
    NEO4J_URI: '',
    PORT: String(port),
    HOST: '127.0.0.1',
    NEO4J_BOLT_PORT: String(boltPort),
    NEO4J_DATA_DIR: dataDir,
    NEO4J_HEAP: '512m',
    NEO4J_PAGECACHE: '128m',
  };
  const child =
    way === 'kg serve'
      ? spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin/kg.mjs'), 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] })
      : // The real script from package.json, as a user or a supervisor runs it.
        spawn('npm', ['start'], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: way === 'npm start, own process group' });
  started.push(child.pid!);
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  let output = '';
  const collect = (d: Buffer) => {
    output += d;
  };
  child.stderr!.on('data', collect);
  child.stdout!.on('data', collect);
  await new Promise<void>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`server not ready in 150 s:\n${output}`)), 150_000);
    child.stderr!.on('data', () => {
      if (!output.includes('GraphQL ready at')) return;
      clearTimeout(t);
      resolve();
    });
    void exited.then((code) => {
      clearTimeout(t);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  const node = way === 'kg serve' ? child.pid! : childrenOf(child.pid!, 'node')[0]!;
  const java = childrenOf(node, 'java')[0]!;
  started.push(node, java);
  return { child, port, boltPort, pids: { ...(way === 'kg serve' ? {} : { npm: child.pid! }), node, java }, output: () => output, exited };
}

async function health(port: number) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ health { status neo4jVersion neo4jEdition nodeCount } }' }),
  });
  return (await res.json()) as {
    data: { health: { status: string; neo4jVersion: string; neo4jEdition: string; nodeCount: number } };
    extensions: { roundTrips: number };
  };
}

/** Sends the signal the way a supervisor would and checks the stop did all it must. */
async function stopAndCheck(run: Running, way: Way, signal: 'SIGTERM' | 'SIGINT') {
  // To the whole group, as a terminal's Ctrl-C or `kill -- -PGID` does; else to the one PID.
  if (way === 'npm start, own process group') process.kill(-run.child.pid!, signal);
  else process.kill(run.child.pid!, signal);
  const code = await exitWithin(run.exited, STOP_DEADLINE_MS);
  expect(code, run.output()).toBe(0);
  expect(Object.entries(run.pids).filter(([, pid]) => alive(pid!))).toEqual([]);
  expect(await portFree(run.port)).toBe(true);
  expect(await portFree(run.boltPort)).toBe(true);
  expect(run.output()).toContain('neo4j-launcher: stopped cleanly'); // the store was checkpointed
}

describe('npm start with a local Neo4j, stopped as a supervisor stops it', () => {
  let nodeCount = 0;

  it('answers GraphQL from Neo4j 5.26 with the seed loaded; SIGTERM to the npm PID alone stops everything', async () => {
    const run = await start('npm start');
    const answer = await health(run.port);
    expect(answer.data.health).toMatchObject({ status: 'OK', neo4jEdition: 'community' });
    expect(answer.data.health.neo4jVersion).toMatch(/^5\.26\./);
    expect(answer.data.health.nodeCount).toBeGreaterThan(0); // the seed graph was loaded into the empty store
    expect(answer.extensions.roundTrips).toBe(1);
    nodeCount = answer.data.health.nodeCount;
    // The start-up warm-up ran every operation on the seed graph without an error.
    const until = performance.now() + 120_000;
    while (!run.output().includes('kg: warm-up:') && performance.now() < until) await new Promise((r) => setTimeout(r, 250));
    expect(run.output()).toMatch(/kg: warm-up: 10 operations planned and run in [\d.]+ s\n/);
    await stopAndCheck(run, 'npm start', 'SIGTERM');
  }, 200_000); // a full server start (JVM + Neo4j + schema + seed) on a possibly busy 2-core machine

  it('SIGINT to the npm PID alone (npm passes it on) stops everything', async () => {
    const run = await start('npm start');
    expect(run.output()).not.toContain('loaded the seed graph'); // the data survived the stop
    expect((await health(run.port)).data.health.nodeCount).toBe(nodeCount);
    await stopAndCheck(run, 'npm start', 'SIGINT');
  }, 200_000);

  it('SIGTERM to the whole process group (npm, node and java each get it) stops everything', async () => {
    const run = await start('npm start, own process group');
    expect((await health(run.port)).data.health.nodeCount).toBe(nodeCount);
    await stopAndCheck(run, 'npm start, own process group', 'SIGTERM');
  }, 200_000);

  it('SIGTERM to kg serve run directly stops it and its Neo4j', async () => {
    const run = await start('kg serve');
    expect((await health(run.port)).data.health.nodeCount).toBe(nodeCount);
    await stopAndCheck(run, 'kg serve', 'SIGTERM');
  }, 200_000);
});
