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
  /** Keyset cursor of a connection page: the neighbours after (name, id). */
  after?: [string, string] | null;
  /** Also count every matching neighbour (a connection's totalCount). */
  count?: boolean;
}

export interface EdgePage {
  edges: GraphEdge[];
  /** Set when the request asked for a count. */
  total: number | null;
}

const edgeKey = (r: EdgeRequest) => JSON.stringify([r.dir, r.type, r.role ?? null, r.after ?? null, r.id]);

export function createLoaders(db: GraphSession) {
  const entities = new DataLoader<string, GraphNode | null>(async (ids) => {
    const rows = await db.read('loaders/entities', { ids: [...ids] });
    const byId = new Map(rows.map((r) => [r.id as string, r.node as GraphNode]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  // One statement per relationship type and direction (the type a literal, see
  // cypher/loaders/edges-out.cypher), all of one batch in one read transaction, pipelined.
  const edgePages = new DataLoader<EdgeRequest, EdgePage, string>(
    async (requests) => {
      const groups = new Map<string, EdgeRequest[]>();
      for (const r of requests) {
        const g = `${r.dir}|${r.type}`;
        const list = groups.get(g) ?? [];
        if (list.length === 0) groups.set(g, list);
        list.push(r);
      }
      const steps = [...groups.values()].map((group) => ({
        name: group[0]!.dir === 'OUT' ? 'loaders/edges-out' : 'loaders/edges-in',
        vars: { type: group[0]!.type },
        params: {
          limit: Math.max(...group.map((r) => r.limit)),
          requests: group.map((r) => ({
            key: edgeKey(r),
            id: r.id,
            role: r.role ?? null,
            afterName: r.after?.[0] ?? null,
            afterId: r.after?.[1] ?? null,
            count: r.count === true,
          })),
        },
      }));
      const results = await db.readMany(steps);
      const byKey = new Map<string, { edges: GraphEdge[]; total: number | null }>();
      for (const rows of results)
        for (const r of rows) byKey.set(r.key as string, { edges: r.edges as GraphEdge[], total: (r.total as number | null) ?? null });
      return requests.map((r) => {
        const page = byKey.get(edgeKey(r));
        return { edges: (page?.edges ?? []).slice(0, r.limit), total: page?.total ?? (r.count ? 0 : null) };
      });
    },
    { cacheKeyFn: (r) => `${edgeKey(r)}|${r.limit}|${r.count === true}` },
  );
  const edges = {
    load: async (r: EdgeRequest) => (await edgePages.load(r)).edges,
    clearAll: () => edgePages.clearAll(),
  };

  // Entities that arrive as neighbours are primed, so asking for them by id costs nothing more;
  // not those read with some of their properties only (compiled/node-props: marked __partial
  // at the root of a statement, without labels below it).
  const prime = (nodes: GraphNode[]) => {
    for (const n of nodes) if (!n.__partial && n.labels) entities.prime(n.id, n);
  };

  /** A node the answer already names (a row of an analysis, a chain map's industry): it must exist. */
  const existing = async (id: string): Promise<GraphNode> => {
    const node = await entities.load(id);
    // Only if it was deleted since the row naming it was read.
    if (!node) throw new Error(`node ${id} is no longer in the graph`);
    return node;
  };

  return { entities, existing, edges, edgePages, prime };
}

export type Loaders = ReturnType<typeof createLoaders>;
