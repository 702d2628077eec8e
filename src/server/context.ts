import type { Role } from '../auth/roles.js';
import type { Graph, GraphSession } from '../graph/graph.js';
import { createLoaders, type Loaders } from '../graph/loaders.js';
import type { ReadLimits } from '../import/dataset.js';
import { requestIdOf } from './plugins/request-id.js';

/** What every resolver receives: the graph, this request's round-trip-counting session and loaders. */
export interface Context {
  graph: Graph;
  db: GraphSession;
  loaders: Loaders;
  requestId: string;
  request?: Request;
  /** Who sent the request and their role; the auth plugin (src/server/plugins/auth.ts) sets them. */
  role: Role;
  principal: string;
  /** KG_IMPORT_ROOT, the only place importDataset reads from (set by the auth plugin too). */
  importRoot?: string;
  /** Caps and deadline of an API import (KG_IMPORT_MAX_*, KG_IMPORT_TIMEOUT_MS), set by the auth plugin too. */
  importLimits?: ReadLimits & { timeoutMs: number };
}

export function createContext(graph: Graph, request?: Request): Context {
  // The session stops starting transactions once the client has gone away (request.signal).
  // All its transactions together have KG_REQUEST_TIMEOUT_MS (graph.requestTimeoutMs).
  const db = graph.session(request?.signal, graph.requestTimeoutMs);
  return { graph, db, loaders: createLoaders(db), requestId: request ? requestIdOf(request) : 'internal', request, role: 'reader', principal: 'anonymous' };
}
