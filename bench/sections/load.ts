// Bench section: the load mix of `npm run load` (bench/load.ts) against the bench database,
// run as a child process with NEO4J_URI set; its summary lines are parsed for the report.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';

export interface LoadFigures {
  connections: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  graphqlErrors: number;
  /** The errors by code, as bench/load.ts prints them (e.g. "SERVER_BUSY 3"). */
  errorCodes: string;
  serverErrors: string;
  ok: boolean;
  byOperation: string[];
}

export async function loadSection(opts: {
  uri: string;
  orgs: number;
  seed: number;
  seconds: number;
  connections: number;
  out: (line: string) => void;
}): Promise<LoadFigures> {
  const args = [
    'tsx',
    path.join('bench', 'load.ts'),
    '--duration',
    String(opts.seconds),
    '--connections',
    String(opts.connections),
    '--orgs',
    String(opts.orgs),
    '--seed',
    String(opts.seed),
  ];
  const child = spawn('npx', args, { cwd: PROJECT_ROOT, env: { ...process.env, NEO4J_URI: opts.uri }, stdio: ['ignore', 'pipe', 'inherit'] });
  let text = '';
  child.stdout.on('data', (c: Buffer) => {
    text += c.toString('utf8');
  });
  const code = await new Promise<number>((r) => child.on('exit', (c) => r(c ?? 1)));
  const num = (re: RegExp) => Number(re.exec(text)?.[1] ?? Number.NaN);
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith('by operation'));
  const byOperation = start >= 0 ? lines.slice(start + 1).filter((l, i, all) => l.startsWith('  ') && all.slice(0, i).every((x) => x.startsWith('  '))) : [];
  const fig: LoadFigures = {
    connections: opts.connections,
    seconds: opts.seconds,
    rps: num(/= (\d+) req\/s/),
    p50: num(/latency: p50 (\d+) ms/),
    p99: num(/p99 (\d+) ms/),
    max: num(/max (\d+) ms/),
    graphqlErrors: num(/GraphQL errors: (\d+)/),
    errorCodes: /GraphQL errors: \d+ in \d+ responses \(([^)]*)\)/.exec(text)?.[1] ?? '',
    serverErrors: /server errors: ([^\n]*)/.exec(text)?.[1] ?? 'unknown',
    ok: code === 0,
    byOperation,
  };
  opts.out(
    `load mix, ${opts.connections} connections, ${opts.seconds} s: ${fig.rps} req/s, p50 ${fig.p50} ms, p99 ${fig.p99} ms, max ${fig.max} ms, GraphQL errors ${fig.graphqlErrors}${fig.errorCodes ? ` (${fig.errorCodes})` : ''}, server errors ${fig.serverErrors}`,
  );
  for (const l of byOperation) opts.out(`  ${l.trim()}`);
  return fig;
}
