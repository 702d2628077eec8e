// Per-request DataLoaders (created in the GraphQL context, never shared between requests, so
// no user sees another's cache). Each loader is one UNWIND query per batch: a nested GraphQL
// query costs one round trip per nesting level whatever the list sizes.
import DataLoader from 'dataloader';
import type { GraphSession } from './graph.js';

/** A node as resolvers see it: its properties plus its labels. */
export type GraphNode = Record<string, unknown> & { id: string; labels: string[] };
export type GraphEdge = { rel: Record<string, unknown>; node: GraphNode };

export interface EdgeRequest {
  id: string;
  type: string;
  dir: 'OUT' | 'IN';
  limit: number;
  role?: string | null;
}

const edgeKey = (r: EdgeRequest) => `${r.dir}|${r.type}|${r.role ?? ''}|${r.id}`;

export function createLoaders(db: GraphSession) {
  const entities = new DataLoader<string, GraphNode | null>(async (ids) => {
    const rows = await db.read('loaders/entities', { ids: [...ids] });
    const byId = new Map(rows.map((r) => [r.id as string, r.node as GraphNode]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  const edges = new DataLoader<EdgeRequest, GraphEdge[], string>(
    async (requests) => {
      // One query for all requests of the batch; the largest `first` bounds every request and
      // each is cut to its own below.
      const limit = Math.max(...requests.map((r) => r.limit));
      const rows = await db.read('loaders/edges', {
        limit,
        requests: requests.map((r) => ({ key: edgeKey(r), id: r.id, type: r.type, dir: r.dir, role: r.role ?? null })),
      });
      const byKey = new Map(rows.map((r) => [r.key as string, r.edges as GraphEdge[]]));
      return requests.map((r) => (byKey.get(edgeKey(r)) ?? []).slice(0, r.limit));
    },
    { cacheKeyFn: (r) => `${edgeKey(r)}|${r.limit}` },
  );

  // Entities that arrive as neighbours are primed, so asking for them by id costs nothing more.
  const prime = (nodes: GraphNode[]) => {
    for (const n of nodes) entities.prime(n.id, n);
  };

  return { entities, edges, prime };
}

export type Loaders = ReturnType<typeof createLoaders>;
