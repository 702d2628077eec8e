// `kg serve` runs the compiled build in dist/ once bin/build-server.mjs has built it, and the
// TypeScript sources through tsx as soon as a source is newer than that build. Checked on a copy
// of the project (node_modules linked), so the checkout's own dist/ and src/ stay untouched.
// Proof that dist/ ran, independent of kg's own message: the copy's compiled dist/cli/log.js is
// altered to prefix its lines with "kg(dist):", and tsx's esbuild service (a child process) is
// absent; from the sources, lines start "kg:" and esbuild runs.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { freePort } from '../helpers/ports.js';
import { childrenOf } from '../helpers/processes.js';

let copy = '';
const running: ChildProcess[] = [];

beforeAll(() => {
  copy = mkdtempSync(path.join(os.tmpdir(), 'kg-compiled-'));
  for (const entry of ['bin', 'src', 'schema', 'cypher', 'seeds', 'package.json', 'tsconfig.json', 'tsconfig.build.json']) {
    cpSync(path.join(PROJECT_ROOT, entry), path.join(copy, entry), { recursive: true });
  }
  symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(copy, 'node_modules'));
});

afterAll(() => {
  for (const c of running) if (c.exitCode === null) c.kill('SIGKILL');
  rmSync(copy, { recursive: true, force: true });
});

/** Starts the copy's `kg serve` against the suite's Neo4j; resolves once it answers. */
async function serve(): Promise<{ child: ChildProcess; url: string; output: () => string; stop: () => Promise<void> }> {
  const { uri, user, password } = inject('neo4j');
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(copy, 'bin/kg.mjs'), 'serve'], {
    env: {
      ...process.env,
      NEO4J_URI: uri,
      NEO4J_USER: user ?? 'neo4j',
      NEO4J_PASSWORD: password ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      KG_SEED: 'never',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let output = '';
  const collect = (d: Buffer) => {
    output += d;
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  await new Promise<void>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`not ready in 90 s:\n${output}`)), 90_000);
    child.stderr!.on('data', () => {
      if (output.includes('GraphQL ready at')) {
        clearTimeout(t);
        resolve();
      }
    });
    void exited.then(() => {
      clearTimeout(t);
      reject(new Error(`exited:\n${output}`));
    });
  });
  return {
    child,
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A query that reads schema/*.graphql (the schema) and cypher/*.cypher (the lookup) at run time. */
async function lookup(url: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ health { status } organization(id: "org:no-such-org") { id } }' }),
  });
  return (await res.json()) as { data?: { health: { status: string }; organization: null }; errors?: unknown[] };
}

describe('compiled build', () => {
  it('builds dist/ from scratch, and kg serve runs it (assets found from dist/)', { timeout: 240_000 }, async () => {
    // Output of a removed source must not survive a build.
    mkdirSync(path.join(copy, 'dist'), { recursive: true });
    writeFileSync(path.join(copy, 'dist/removed-source.js'), 'throw new Error("stale")\n');
    const built = spawnSync(process.execPath, [path.join(copy, 'bin/build-server.mjs')], { encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);
    expect(existsSync(path.join(copy, 'dist/cli/main.js'))).toBe(true);
    expect(existsSync(path.join(copy, 'dist/analytics/network/worker.js'))).toBe(true);
    expect(existsSync(path.join(copy, 'dist/removed-source.js'))).toBe(false);
    // A second run with nothing changed does not build.
    const again = spawnSync(process.execPath, [path.join(copy, 'bin/build-server.mjs')], { encoding: 'utf8' });
    expect(again.stderr).not.toContain('compiled src/');

    const logJs = path.join(copy, 'dist/cli/log.js');
    const original = readFileSync(logJs, 'utf8');
    expect(original).toContain('`kg: ');
    writeFileSync(logJs, original.replace('`kg: ', '`kg(dist): '));

    const server = await serve();
    try {
      expect(server.output()).toContain('kg(dist): GraphQL ready at');
      expect(childrenOf(server.child.pid!, 'esbuild')).toEqual([]);
      expect((await lookup(server.url)).data).toEqual({ health: { status: 'OK' }, organization: null });
    } finally {
      await server.stop();
    }
  });

  it('a source edited after the build: kg serve runs the sources through tsx', { timeout: 120_000 }, async () => {
    appendFileSync(path.join(copy, 'src/cli/log.ts'), '// edited after the build\n');
    const server = await serve();
    try {
      expect(server.output()).toContain('through tsx');
      expect(server.output()).toMatch(/^kg: GraphQL ready at/m);
      expect(server.output()).not.toContain('kg(dist):');
      expect(childrenOf(server.child.pid!, 'esbuild').length).toBe(1);
      expect((await lookup(server.url)).data).toEqual({ health: { status: 'OK' }, organization: null });
    } finally {
      await server.stop();
    }
  });
});
