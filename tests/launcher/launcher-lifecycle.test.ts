// A local Neo4j stopped with SIGTERM shuts down cleanly and keeps its data across a restart.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { createDriver } from '../../src/graph/graph.js';
import { startLocalNeo4j } from '../../src/neo4j/local.js';
import { freePort } from '../helpers/ports.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kg-lifecycle-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

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
