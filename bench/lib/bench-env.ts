// Settings every instance of our server in the benchmark runs with. The query-cost limit is
// raised because the nested comparison asks for whole member lists (the library has no such
// limit); everything else is the production default.
export const BENCH_SERVER_ENV: Record<string, string> = { KG_MAX_COST: '10000000' };

export interface ServerPorts {
  ours: number;
  library: number;
  bare: number;
}
export type ServerMessage = { type: 'ready'; ports: ServerPorts } | { type: 'cpu'; micros: number };
