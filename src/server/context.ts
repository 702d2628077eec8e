import type { Graph, GraphSession } from '../graph/graph.js';
import { createLoaders, type Loaders } from '../graph/loaders.js';

/** What every resolver receives: the graph, this request's round-trip-counting session and loaders. */
export interface Context {
  graph: Graph;
  db: GraphSession;
  loaders: Loaders;
}

export function createContext(graph: Graph): Context {
  const db = graph.session();
  return { graph, db, loaders: createLoaders(db) };
}
