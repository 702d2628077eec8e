// Under npm, kg stops when npm goes away without passing a signal on (killed outright, or an npm
// that exits on SIGTERM without waiting); started directly it outlives its parent, as nohup and
// `&` users expect.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { alive } from '../helpers/processes.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-parent-watch-'));
const orphans: number[] = [];
afterAll(() => {
  for (const pid of orphans) if (alive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

// A stand-in for `kg serve`: watches its parent the way serve and neo4j do and writes what
// happens to a file (its parent's pipes are gone with the parent).
const CHILD = `
import { appendFileSync } from 'node:fs';
import { onParentExit } from ${JSON.stringify(path.join(PROJECT_ROOT, 'src/cli/parent-watch.ts'))};
const out = process.env.OUT;
onParentExit((why) => { appendFileSync(out, 'stopping: ' + why + '\\n'); process.exit(0); });
appendFileSync(out, 'pid ' + process.pid + '\\n');
setInterval(() => {}, 1000);
`;
// Its parent: starts it, waits until it watches, then exits without a word, orphaning it.
const PARENT = `
const { spawn } = require('node:child_process');
const { existsSync, readFileSync } = require('node:fs');
spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', process.env.CHILD], { stdio: 'ignore' });
setInterval(() => { if (existsSync(process.env.OUT) && readFileSync(process.env.OUT, 'utf8').includes('pid ')) process.exit(0); }, 50);
`;

let runs = 0;
function orphan(env: Record<string, string | undefined>) {
  const out = path.join(dir, `run-${++runs}.txt`);
  spawn(process.execPath, ['-e', PARENT], { env: { ...process.env, CHILD, OUT: out, npm_lifecycle_event: undefined, ...env }, stdio: 'ignore' });
  const seen = (re: RegExp, ms: number) =>
    new Promise<RegExpExecArray | undefined>((resolve) => {
      const deadline = Date.now() + ms;
      const t = setInterval(() => {
        const m = existsSync(out) ? re.exec(readFileSync(out, 'utf8')) : null;
        if (m || Date.now() > deadline) {
          clearInterval(t);
          resolve(m ?? undefined);
        }
      }, 50);
    });
  return { seen };
}

describe('onParentExit', () => {
  it('started by npm, stops once its parent has gone, naming it', async () => {
    const run = orphan({ npm_lifecycle_event: 'start' });
    const pid = Number((await run.seen(/pid (\d+)/, 30_000))?.[1]);
    orphans.push(pid);
    expect(pid).toBeGreaterThan(0);
    expect((await run.seen(/stopping: .*/, 20_000))?.[0]).toMatch(/stopping: the parent process \(npm run start, pid \d+\) has gone/);
  }, 60_000);

  it('started directly, keeps running when its parent exits', async () => {
    const run = orphan({});
    const pid = Number((await run.seen(/pid (\d+)/, 30_000))?.[1]);
    orphans.push(pid);
    expect(pid).toBeGreaterThan(0);
    // Several polls after the parent has gone, the process still runs.
    expect(await run.seen(/stopping/, 3_000)).toBeUndefined();
    expect(alive(pid)).toBe(true);
  }, 60_000);
});
