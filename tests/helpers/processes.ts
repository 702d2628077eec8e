// What a stop must leave behind (nothing): process and port checks for the lifecycle tests.
import { spawnSync } from 'node:child_process';
import net from 'node:net';

/** Child processes of `pid` running `comm` (tsx's esbuild service is a child of node too). */
export function childrenOf(pid: number, comm: string): number[] {
  return spawnSync('ps', ['-o', 'pid=,comm=', '--ppid', String(pid)], { encoding: 'utf8' })
    .stdout.split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter(([, c]) => c === comm)
    .map(([p]) => Number(p));
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** True when nothing listens on the loopback port any more (we can bind it ourselves). */
export function portFree(port: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** Resolves with the exit code, or with 'still running' once `ms` have passed. */
export function exitWithin(exited: Promise<number | null>, ms: number): Promise<number | null | 'still running'> {
  return Promise.race([exited, new Promise<'still running'>((r) => setTimeout(() => r('still running'), ms))]);
}
