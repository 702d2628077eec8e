// Paged lists hanging off industries: the organizations in an industry (Industry.organizations, a
// chain segment's organizations and candidates) and an industry's UPSTREAM_OF links
// (Industry.upstream/downstream). Each is a per-request DataLoader, so the segments of one chain
// or the industries of one list cost one round trip together; each answer says its totalCount
// and gives a cursor, so nothing is cut silently.
import DataLoader from 'dataloader';
import { decodeCursor, encodeCursor } from '../cursors.js';
import type { GraphSession } from '../graph/graph.js';
import type { GraphNode } from '../graph/loaders.js';
import type { Context } from '../server/context.js';

export interface MembersRequest {
  industry: string;
  region: string | null;
  /** Organizations located outside `region` rather than in it. */
  outside: boolean;
  sub: boolean;
  kinds: string[] | null;
  /** Only Enterprises (chain segments), not every organization. */
  enterprises: boolean;
  first: number;
  after: string | null;
}

export interface LinksRequest {
  id: string;
  dir: 'IN' | 'OUT';
  first: number;
  after: string | null;
}

/** A Relay-style page: what OrganizationConnection and IndustryLinkConnection resolve from. */
export interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: T }[];
  nodes: T[];
}

function page<T>(total: number, rows: T[], first: number, cursorOf: (row: T) => unknown[]): Page<T> {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(cursorOf(node)), node }));
  return { totalCount: total, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }, edges, nodes };
}

const nameKey = (n: GraphNode) => (n.name as string | undefined) ?? n.id;
const membersKey = (r: MembersRequest) => JSON.stringify([r.industry, r.region, r.outside, r.sub, r.kinds, r.enterprises, r.first, r.after]);
const linksKey = (r: LinksRequest) => JSON.stringify([r.id, r.dir, r.first, r.after]);

function createIndustryLoaders(db: GraphSession) {
  const members = new DataLoader<MembersRequest, Page<GraphNode>, string>(
    async (requests) => {
      const rows = await db.read('traversals/segment-organizations', {
        requests: requests.map((r) => {
          const [afterKey, afterId] = decodeCursor(r.after, 2) ?? [null, null];
          return { key: membersKey(r), ...r, afterKey, afterId, limit: r.first };
        }),
      });
      const byKey = new Map(rows.map((row) => [row.key as string, row]));
      return requests.map((r) => {
        const row = byKey.get(membersKey(r));
        // The page's order is the query's (name, id); sorted again here, as collect() keeps no promise.
        const nodes = ((row?.nodes as GraphNode[]) ?? []).sort((a, b) => cmp(nameKey(a), nameKey(b)) || cmp(a.id, b.id));
        return page((row?.total as number) ?? 0, nodes, r.first, (n) => [nameKey(n), n.id]);
      });
    },
    { cacheKeyFn: membersKey },
  );

  const links = new DataLoader<LinksRequest, Page<{ rel: Record<string, unknown>; node: GraphNode }>, string>(
    async (requests) => {
      const rows = await db.read('traversals/industry-links', {
        requests: requests.map((r) => ({ key: linksKey(r), id: r.id, dir: r.dir, afterId: decodeCursor(r.after, 1)?.[0] ?? null, limit: r.first })),
      });
      const byKey = new Map(rows.map((row) => [row.key as string, row]));
      return requests.map((r) => {
        const row = byKey.get(linksKey(r));
        const found = (row?.links as { rel: Record<string, unknown>; node: GraphNode }[]) ?? [];
        return page((row?.total as number) ?? 0, found, r.first, (l) => [l.node.id]);
      });
    },
    { cacheKeyFn: linksKey },
  );
  return { members, links };
}

// One set per request: the request's loaders object is the key, so nothing outlives it.
const perRequest = new WeakMap<object, ReturnType<typeof createIndustryLoaders>>();

export function industryLoaders(ctx: Context): ReturnType<typeof createIndustryLoaders> {
  let l = perRequest.get(ctx.loaders);
  if (!l) {
    l = createIndustryLoaders(ctx.db);
    perRequest.set(ctx.loaders, l);
  }
  return l;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
