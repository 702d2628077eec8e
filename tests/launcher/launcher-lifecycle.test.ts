// A local Neo4j stopped with SIGTERM shuts down cleanly and keeps its data across a restart;
// `npm run neo4j` stops with exit 0 and nothing left behind however a supervisor signals it.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { createDriver } from '../../src/graph/graph.js';
import { startLocalNeo4j } from '../../src/neo4j/local.js';
import { freePort } from '../helpers/ports.js';
import { alive, childrenOf, exitWithin, portFree } from '../helpers/processes.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kg-lifecycle-'));
const spawned: number[] = [];
afterAll(() => {
  for (const pid of spawned.reverse()) if (alive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

async function start() {
  const lines: string[] = [];
  const neo = await startLocalNeo4j({
    projectRoot: PROJECT_ROOT,
    port: await freePort(),
    dataDir,
    heap: '512m',
    pageCache: '128m',
    txTimeout: '30s',
    log: (l) => lines.push(l),
  });
  return { neo, lines };
}

describe('local Neo4j lifecycle', () => {
  it('answers over Bolt, stops on SIGTERM with a clean shutdown, and the data survives a restart', async () => {
    const first = await start();
    expect(first.neo.version).toMatch(/^5\.26\./);
    const driver = createDriver({ uri: first.neo.uri });
    await driver.executeQuery('CREATE (:LifecycleProbe {written: $at})', { at: 'before-restart' });
    await driver.close();
    await first.neo.stop();
    // 143 = terminated by SIGTERM, the JVM's convention once its shutdown hook has finished.
    expect(await first.neo.exited).toBe(143);
    expect(first.lines).toContain('neo4j-launcher: stopped cleanly');

    const second = await start();
    const again = createDriver({ uri: second.neo.uri });
    const { records } = await again.executeQuery('MATCH (p:LifecycleProbe) RETURN p.written AS w');
    await again.close();
    await second.neo.stop();
    expect(records.map((r) => r.get('w'))).toEqual(['before-restart']);
  }, 180_000); // two Neo4j starts on a possibly busy 2-core machine
});

/** The niceness of every thread of a process, from /proc (field 19 of each task's stat). */
function threadNiceness(pid: number): number[] {
  return readdirSync(`/proc/${pid}/task`).map((tid) => {
    const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
  });
}

describe('npm run neo4j', () => {
  async function runNeo4j(ownGroup: boolean) {
    const port = await freePort();
    const child: ChildProcess = spawn('npm', ['run', 'neo4j'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NEO4J_BOLT_PORT: String(port), NEO4J_DATA_DIR: dataDir, NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '128m' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: ownGroup,
    });
    spawned.push(child.pid!);
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    let output = '';
    child.stderr!.on('data', (d) => {
      output += d;
    });
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no READY in 120 s:\n${output}`)), 120_000);
      child.stdout!.on('data', (d) => {
        output += d;
        if (!output.includes('READY bolt://')) return;
        clearTimeout(t);
        resolve();
      });
      void exited.then((code) => {
        clearTimeout(t);
        reject(new Error(`npm run neo4j exited with ${code}:\n${output}`));
      });
    });
    const node = childrenOf(child.pid!, 'node')[0]!;
    const java = childrenOf(node, 'java')[0]!;
    spawned.push(node, java);
    return { child, port, exited, pids: [child.pid!, node, java], output: () => output };
  }

  it.each([
    ['SIGTERM to the npm PID alone', false, 'SIGTERM'],
    ['SIGINT to the whole process group (Ctrl-C)', true, 'SIGINT'],
  ] as const)(
    '%s stops it within 10 s with exit 0, no process left, the port free',
    async (_what, ownGroup, signal) => {
      const run = await runNeo4j(ownGroup);
      // NEO4J_NICE defaults to 10: a saturated Neo4j leaves the API process its CPU.
      expect(new Set(threadNiceness(run.pids[2]!))).toEqual(new Set([10]));
      process.kill(ownGroup ? -run.child.pid! : run.child.pid!, signal);
      expect(await exitWithin(run.exited, 10_000), run.output()).toBe(0);
      expect(run.pids.filter(alive)).toEqual([]);
      expect(await portFree(run.port)).toBe(true);
      expect(run.output()).toContain('neo4j-launcher: stopped cleanly');
    },
    150_000,
  );
});
