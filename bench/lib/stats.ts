// Small statistics for the benchmark: medians and percentiles of samples, the machine's load.
import os from 'node:os';

export function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

export const median = (xs: number[]) => quantile(xs, 0.5);

export const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

export const machine = () =>
  `${os.cpus().length} x ${os.cpus()[0]?.model.trim() ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;

/** Rotates the order of the systems each repetition, so none always runs first (warm caches). */
export function rotations<T>(xs: T[], reps: number): T[][] {
  return Array.from({ length: reps }, (_, r) => xs.map((_, i) => xs[(i + r) % xs.length]!));
}

export const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
