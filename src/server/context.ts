import type { Graph, GraphSession } from '../graph/graph.js';

/** What every resolver receives: the graph and this request's round-trip-counting session. */
export interface Context {
  graph: Graph;
  db: GraphSession;
}
