// Bench section: throughput of the lookup query (organization(id) + platforms) with autocannon
// at 10 and 50 connections: our server, the bare node:http + driver endpoint and @neo4j/graphql,
// interleaved over the repetitions (the order rotates), ids drawn at random from the same list.
import { createRequire } from 'node:module';
import type { ServerPorts } from '../lib/bench-env.js';
import { LOOKUP } from '../lib/ops.js';
import { median, rotations } from '../lib/stats.js';

interface CannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  errors: number;
  non2xx: number;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (opts: Record<string, unknown>) => Promise<CannonResult>;

export type Target = 'ours' | 'bare' | 'library';
export interface ThroughputFigures {
  connections: number;
  rps: Record<Target, number>;
  p99: Record<Target, number>;
  errors: Record<Target, number>;
}

export async function throughputSection(opts: {
  ports: ServerPorts;
  ids: string[];
  reps: number;
  seconds: number;
  connections: number[];
  out: (line: string) => void;
}): Promise<ThroughputFigures[]> {
  const bodies: Record<Target, (id: string) => string> = {
    ours: (id) => JSON.stringify({ query: LOOKUP.ours, variables: { id } }),
    bare: (id) => JSON.stringify({ query: LOOKUP.ours, variables: { id } }),
    library: (id) => JSON.stringify({ query: LOOKUP.library, variables: { id } }),
  };
  const any = () => opts.ids[Math.floor(Math.random() * opts.ids.length)]!;
  const run = (t: Target, connections: number, seconds: number) =>
    autocannon({
      url: `http://127.0.0.1:${opts.ports[t]}/graphql`,
      connections,
      duration: seconds,
      requests: [
        {
          method: 'POST',
          setupRequest: (req: Record<string, unknown>) => ({ ...req, headers: { 'content-type': 'application/json' }, body: bodies[t](any()) }),
        },
      ],
    });
  const figures: ThroughputFigures[] = [];
  for (const connections of opts.connections) {
    const samples: Record<Target, CannonResult[]> = { ours: [], bare: [], library: [] };
    for (const t of ['ours', 'bare', 'library'] as Target[]) await run(t, connections, 1); // warm-up
    for (const order of rotations<Target>(['ours', 'bare', 'library'], opts.reps)) {
      for (const t of order) samples[t].push(await run(t, connections, opts.seconds));
    }
    const fig: ThroughputFigures = {
      connections,
      rps: { ours: 0, bare: 0, library: 0 },
      p99: { ours: 0, bare: 0, library: 0 },
      errors: { ours: 0, bare: 0, library: 0 },
    };
    for (const t of ['ours', 'bare', 'library'] as Target[]) {
      fig.rps[t] = median(samples[t].map((r) => r.requests.average));
      fig.p99[t] = median(samples[t].map((r) => r.latency.p99));
      fig.errors[t] = samples[t].reduce((a, r) => a + r.errors + r.non2xx, 0);
    }
    opts.out(
      `lookup throughput at ${connections} connections: ours ${fig.rps.ours.toFixed(0)} req/s, bare ${fig.rps.bare.toFixed(0)}, @neo4j/graphql ${fig.rps.library.toFixed(0)} (errors ${fig.errors.ours}/${fig.errors.bare}/${fig.errors.library})`,
    );
    figures.push(fig);
  }
  return figures;
}
