import type { Graph, GraphSession } from '../graph/graph.js';
import { createLoaders, type Loaders } from '../graph/loaders.js';
import { requestIdOf } from './plugins/request-id.js';

/** What every resolver receives: the graph, this request's round-trip-counting session and loaders. */
export interface Context {
  graph: Graph;
  db: GraphSession;
  loaders: Loaders;
  requestId: string;
  request?: Request;
}

export function createContext(graph: Graph, request?: Request): Context {
  // The session stops starting transactions once the client has gone away (request.signal).
  const db = graph.session(request?.signal);
  return { graph, db, loaders: createLoaders(db), requestId: request ? requestIdOf(request) : 'internal', request };
}
