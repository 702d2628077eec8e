// CPU seconds of other processes (a local Neo4j's JVM, a server child) from /proc: on a shared
// machine wall-clock figures swing with the load, CPU time per operation much less.
import { existsSync, readFileSync } from 'node:fs';

/** A Linux process's parent and its CPU seconds (utime + stime, clock ticks of 1/100 s); undefined elsewhere or when gone. */
export function procStat(pid: number): { ppid: number; cpu: number } | undefined {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: fields start after the last ')'.
    const rest = f.slice(f.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(rest[1]), cpu: (Number(rest[11]) + Number(rest[12])) / 100 };
  } catch {
    return undefined;
  }
}

/** CPU seconds of a Linux process so far; 0 elsewhere or when gone. */
export function processCpu(pid: number | undefined): number {
  if (pid === undefined || !existsSync(`/proc/${pid}/stat`)) return 0;
  return procStat(pid)?.cpu ?? 0;
}
