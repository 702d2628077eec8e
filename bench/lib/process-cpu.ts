// CPU seconds of another process (a local Neo4j's JVM, a server child) from /proc: on a shared
// machine wall-clock figures swing with the load, CPU time per operation much less.
import { existsSync, readFileSync } from 'node:fs';

/** utime + stime of a Linux process, in seconds (clock ticks of 1/100 s); 0 elsewhere or when gone. */
export function processCpu(pid: number | undefined): number {
  if (pid === undefined || !existsSync(`/proc/${pid}/stat`)) return 0;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
