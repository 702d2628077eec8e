// Relationship fields, declared as a table: which relationship type and direction each field
// follows and how an edge is shaped for its GraphQL type. The types listed here are the only
// ones a client can make the server traverse; nothing in a request names a type.
import type { GraphQLResolveInfo } from 'graphql';
import { decodeCursor, encodeCursor } from '../cursors.js';
import { userError } from '../errors.js';
import type { GraphEdge, GraphNode } from '../graph/loaders.js';
import type { Context } from '../server/context.js';
import { pageSize } from './args.js';

type Shape = (self: GraphNode, edge: GraphEdge) => unknown;

interface RelField {
  type: string;
  dir: 'OUT' | 'IN';
  /** Single-valued fields return the first neighbour (ordered by name) or null. */
  single?: boolean;
  /** Edge-typed fields (Membership, SupplyLink, ...) build an object from both ends and the relationship. */
  shape?: Shape;
}

const MAX_FIRST = 500;
const node: Shape = (_, e) => e.node;

/** Whether the field's selection asks for `name` directly (fragments included). */
function selects(info: GraphQLResolveInfo, name: string): boolean {
  const walk = (set: readonly { kind: string; name?: { value: string }; selectionSet?: unknown; typeCondition?: unknown }[]): boolean =>
    set.some((s) => {
      if (s.kind === 'Field') return s.name?.value === name;
      if (s.kind === 'InlineFragment') return walk((s.selectionSet as { selections: typeof set }).selections);
      if (s.kind === 'FragmentSpread') {
        const f = info.fragments[s.name!.value];
        return f ? walk(f.selectionSet.selections as typeof set) : false;
      }
      return false;
    });
  return info.fieldNodes.some((n) => (n.selectionSet ? walk(n.selectionSet.selections as Parameters<typeof walk>[0]) : false));
}

type RelArgs = { first?: number | null; after?: string | null; role?: string | null };

/**
 * Builds resolvers for each entry via the edges loader: the field itself (a neighbour or a list
 * of at most 500) and, for list fields, `<name>Connection(first, after, role)`: a page of a
 * Relay connection in (name, id) keyset order, with totalCount counted in the database only
 * when selected, so every neighbour of a hub can be walked page by page.
 */
export function relationResolvers(typeName: string, fields: Record<string, RelField>) {
  RELATIONS.set(typeName, new Map(Object.entries(fields).map(([name, f]) => [name, { ...f, ...endFieldsOf(f) }])));
  const resolvers: Record<string, (parent: GraphNode, args: RelArgs, ctx: Context, info: GraphQLResolveInfo) => Promise<unknown>> = {};
  for (const [name, f] of Object.entries(fields)) {
    const shape = f.shape ?? node;
    resolvers[name] = async (parent, args, ctx) => {
      // An answer the lookahead compiler fetched with the parent (src/graph/compiled.ts).
      const pre = prefetched(parent, name, args);
      const limit = f.single ? 1 : pageSize(args.first, MAX_FIRST, 50);
      const edges = pre ?? (await ctx.loaders.edges.load({ id: parent.id, type: f.type, dir: f.dir, limit, role: args.role }));
      ctx.loaders.prime(edges.map((e) => e.node));
      const shaped = edges.map((e) => shape(parent, e));
      return f.single ? (shaped[0] ?? null) : shaped;
    };
    if (f.single) continue;
    resolvers[`${name}Connection`] = async (parent, args, ctx, info) => {
      const limit = pageSize(args.first, MAX_FIRST, 50);
      const after = decodeCursor(args.after, 2);
      if (args.after != null && (!after || typeof after[0] !== 'string' || typeof after[1] !== 'string'))
        throw userError('after is not a cursor this field issued; use pageInfo.endCursor of the previous page', { argument: 'after' });
      const count = selects(info, 'totalCount');
      // One more than asked tells whether there is a next page.
      const page = await ctx.loaders.edgePages.load({
        id: parent.id,
        type: f.type,
        dir: f.dir,
        limit: limit + 1,
        role: args.role,
        after: after as [string, string] | null,
        count,
      });
      const rows = page.edges.slice(0, limit);
      ctx.loaders.prime(rows.map((e) => e.node));
      const edges = rows.map((e) => ({ cursor: encodeCursor([String(e.node.name ?? ''), e.node.id]), node: shape(parent, e) }));
      return {
        edges,
        nodes: edges.map((e) => e.node),
        totalCount: page.total ?? 0,
        pageInfo: { hasNextPage: page.edges.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
      };
    };
  }
  return resolvers;
}

/** The table of every type, for the lookahead compiler (src/resolvers/lookahead.ts). */
export const RELATIONS = new Map<string, Map<string, RelField & { nodeField?: string; selfField?: string }>>();

/**
 * Which fields of an edge shape hold the neighbour (Membership.platform, ...) and the node the
 * field is on (Membership.organization); none for plain nodes.
 */
function endFieldsOf(f: RelField): { nodeField?: string; selfField?: string } {
  if (!f.shape) return {};
  const marker = { id: '', labels: [] } as GraphNode;
  const self = { id: '', labels: [] } as GraphNode;
  const shaped = f.shape(self, { rel: {}, node: marker }) as Record<string, unknown>;
  return { nodeField: Object.keys(shaped).find((k) => shaped[k] === marker), selfField: Object.keys(shaped).find((k) => shaped[k] === self) };
}

/** Key under which a compiled statement leaves a relationship field's answer on its parent. */
export const prefetchKey = (field: string, args: RelArgs) => `__rel:${field}:${args.first ?? ''}:${args.role ?? ''}`;
function prefetched(parent: GraphNode, field: string, args: RelArgs): GraphEdge[] | undefined {
  return parent[prefetchKey(field, args)] as GraphEdge[] | undefined;
}

// Edge shapes: relationship properties (role, product, provenance, ...) plus both ends.
export const membership =
  (orgSide: 'self' | 'other'): Shape =>
  (self, e) =>
    orgSide === 'self' ? { ...e.rel, organization: self, platform: e.node } : { ...e.rel, organization: e.node, platform: self };
export const participation =
  (orgSide: 'self' | 'other'): Shape =>
  (self, e) =>
    orgSide === 'self' ? { ...e.rel, organization: self, project: e.node } : { ...e.rel, organization: e.node, project: self };
export const funding =
  (orgSide: 'self' | 'other'): Shape =>
  (self, e) =>
    orgSide === 'self' ? { ...e.rel, funder: self, project: e.node } : { ...e.rel, funder: e.node, project: self };
export const supply =
  (selfIs: 'supplier' | 'customer'): Shape =>
  (self, e) =>
    selfIs === 'supplier' ? { ...e.rel, supplier: self, customer: e.node } : { ...e.rel, supplier: e.node, customer: self };
export const industryLink =
  (selfIs: 'upstream' | 'downstream'): Shape =>
  (self, e) =>
    selfIs === 'upstream' ? { ...e.rel, upstream: self, downstream: e.node } : { ...e.rel, upstream: e.node, downstream: self };
export const programmeParticipation =
  (selfIs: 'participant' | 'programme'): Shape =>
  (self, e) =>
    selfIs === 'participant' ? { ...e.rel, participant: self, programme: e.node } : { ...e.rel, participant: e.node, programme: self };
export const affiliation =
  (selfIs: 'person' | 'organization'): Shape =>
  (self, e) =>
    selfIs === 'person' ? { ...e.rel, person: self, organization: e.node } : { ...e.rel, person: e.node, organization: self };
