// `npm start` as a newcomer runs it: no NEO4J_URI, so the server starts its own Neo4j, answers
// GraphQL from it, leaves no Java process behind on SIGTERM, and finds its data on restart.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { freePort } from '../helpers/ports.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kg-serve-'));
// Servers this file started; a failed assertion must not leave one (and its JVM) running.
const started: ChildProcess[] = [];
afterAll(() => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

async function startServer() {
  const [port, boltPort] = [await freePort(), await freePort()];
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin/kg.mjs'), 'serve'], {
    env: {
      ...process.env,
      NEO4J_URI: '',
      PORT: String(port),
      NEO4J_BOLT_PORT: String(boltPort),
      NEO4J_DATA_DIR: dataDir,
      NEO4J_HEAP: '512m',
      NEO4J_PAGECACHE: '128m',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  const collect = (d: Buffer) => {
    output += d;
  };
  child.stderr!.on('data', collect);
  child.stdout!.on('data', collect);
  await new Promise<void>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`server not ready in 120 s:\n${output}`)), 120_000);
    child.stderr!.on('data', () => {
      if (!output.includes('GraphQL ready at')) return;
      clearTimeout(t);
      resolve();
    });
    child.once('exit', (code) => {
      clearTimeout(t);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return { child, port, output: () => output };
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

/** Java processes started by `pid` (tsx's esbuild service is a child too). */
const javaChildren = (pid: number) =>
  spawnSync('ps', ['-o', 'pid=,comm=', '--ppid', String(pid)], { encoding: 'utf8' })
    .stdout.split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter(([, comm]) => comm === 'java')
    .map(([p]) => Number(p));
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const stop = (child: ChildProcess) =>
  new Promise<number | null>((r) => {
    child.once('exit', r);
    child.kill('SIGTERM');
  });

describe('kg serve with a local Neo4j', () => {
  it('answers GraphQL from Neo4j 5.26, stops without leaving Java behind, keeps data across restarts', async () => {
    const first = await startServer();
    const javaPids = javaChildren(first.child.pid!);
    expect(javaPids.length).toBe(1);
    const answer = await health(first.port);
    expect(answer.data.health).toMatchObject({ status: 'OK', neo4jEdition: 'community' });
    expect(answer.data.health.neo4jVersion).toMatch(/^5\.26\./);
    expect(answer.data.health.nodeCount).toBeGreaterThan(0); // the seed graph was loaded into the empty store
    expect(answer.extensions.roundTrips).toBe(1);
    expect(await stop(first.child)).toBe(0);
    expect(javaPids.filter(alive)).toEqual([]);

    const second = await startServer();
    expect(second.output()).not.toContain('loaded the seed graph'); // not empty any more
    expect((await health(second.port)).data.health.nodeCount).toBe(answer.data.health.nodeCount);
    expect(await stop(second.child)).toBe(0);
  }, 240_000); // two full server starts (JVM + Neo4j + schema) on a possibly busy 2-core machine
});
