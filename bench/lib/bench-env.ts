// Settings every instance of our server in the benchmark runs with. The query-cost limit is
// raised because the nested comparison asks for whole member lists (the library has no such
// limit), and the anonymous read cache is off: the references (direct Cypher, @neo4j/graphql,
// the bare endpoint) cache nothing, so a cache hit would compare no work with their work.
// KG_BENCH_READ_CACHE=1 measures with it on. Everything else is the production default.
export const BENCH_SERVER_ENV: Record<string, string> = {
  KG_MAX_COST: '10000000',
  KG_RESPONSE_CACHE_TTL_MS: process.env.KG_BENCH_READ_CACHE === '1' ? '10000' : '0',
};

export interface ServerPorts {
  ours: number;
  library: number;
  bare: number;
}
export type ServerMessage = { type: 'ready'; ports: ServerPorts } | { type: 'cpu'; micros: number };
