// The local launcher's failure modes: each ends quickly with a message saying what to do.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import { ensureLauncherBuilt, LauncherError, startLocalNeo4j } from '../../src/neo4j/local.js';
import { freePort } from '../helpers/ports.js';

const tmp: string[] = [];
const tempDir = (prefix: string) => {
  const d = mkdtempSync(path.join(os.tmpdir(), prefix));
  tmp.push(d);
  return d;
};
afterEach(() => {
  for (const d of tmp.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A bin directory holding only the named tools from the real PATH (to simulate missing ones). */
function pathWith(...tools: string[]): string {
  const bin = tempDir('kg-bin-');
  for (const t of tools) {
    const found = spawnSync('sh', ['-c', `command -v ${t}`], { encoding: 'utf8' }).stdout.trim();
    if (found) symlinkSync(found, path.join(bin, t));
  }
  return bin;
}

const options = (over: Partial<Parameters<typeof startLocalNeo4j>[0]>) => ({
  projectRoot: PROJECT_ROOT,
  port: 0,
  dataDir: tempDir('kg-data-'),
  heap: '512m',
  pageCache: '128m',
  txTimeout: '30s',
  ...over,
});

describe('local Neo4j launcher errors', () => {
  it('refuses a Bolt port that is already taken, naming NEO4J_BOLT_PORT', async () => {
    const blocker = net.createServer().listen(0, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const started = startLocalNeo4j(options({ port }));
      await expect(started).rejects.toThrow(LauncherError);
      await expect(started).rejects.toThrow(new RegExp(`port ${port} on 127.0.0.1 is already in use.*NEO4J_BOLT_PORT`));
    } finally {
      blocker.close();
    }
  });

  it('refuses a data directory another Neo4j holds, naming NEO4J_DATA_DIR', async (ctx) => {
    const { localDataDir } = inject('neo4j');
    if (!localDataDir) ctx.skip(); // the test database is remote or in Docker: no local store to contend for
    await expect(startLocalNeo4j(options({ port: await freePort(), dataDir: localDataDir }))).rejects.toThrow(
      /is locked by another Neo4j process.*NEO4J_DATA_DIR/,
    );
  });

  it('`kg neo4j` without Java on PATH exits 1 and says to install Java or set NEO4J_URI', () => {
    const r = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'bin/kg.mjs'), 'neo4j'], {
      encoding: 'utf8',
      env: { ...process.env, NEO4J_URI: '', PATH: pathWith('mvn') },
      timeout: 30_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Java 17\+ was not found on PATH; install a JDK 17\+ .* or set NEO4J_URI/);
  });

  it('without Maven and without a built launcher, says to install Maven or set NEO4J_URI', async () => {
    const root = tempDir('kg-root-');
    mkdirSync(path.join(root, 'neo4j-launcher'));
    for (const p of ['pom.xml', 'src']) cpSync(path.join(PROJECT_ROOT, 'neo4j-launcher', p), path.join(root, 'neo4j-launcher', p), { recursive: true });
    const saved = process.env.PATH;
    process.env.PATH = pathWith('java');
    try {
      await expect(ensureLauncherBuilt(root)).rejects.toThrow(/Maven was not found on PATH; install Maven 3\.8\+ .* or set NEO4J_URI/);
    } finally {
      process.env.PATH = saved;
    }
  });

  it('rejects a malformed page-cache size before starting', async () => {
    await expect(startLocalNeo4j(options({ port: await freePort(), pageCache: 'lots' }))).rejects.toThrow(/NEO4J_PAGECACHE must be a size/);
  });

  it.each(['25', '-1', 'low'])('refuses NEO4J_NICE=%s with the range it takes', (nice) => {
    expect(() => loadConfig({ NEO4J_NICE: nice })).toThrow(/NEO4J_NICE: must be (a whole number )?0 to 19/);
  });
});
