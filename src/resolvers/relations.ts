// Relationship fields, declared as a table: which relationship type and direction each field
// follows and how an edge is shaped for its GraphQL type. The types listed here are the only
// ones a client can make the server traverse; nothing in a request names a type.
import type { GraphQLResolveInfo } from 'graphql';
import { decodeCursor, encodeCursor } from '../cursors.js';
import { userError } from '../errors.js';
import type { GraphEdge, GraphNode } from '../graph/loaders.js';
import type { Context } from '../server/context.js';
import { pageSize } from './args.js';

/**
 * An edge object (Membership, SupplyLink, ...): the relationship's properties, the parent under
 * `self` and the neighbour under `node` (field names of the GraphQL type).
 */
interface Shape {
  self: string;
  node: string;
}
interface RelField {
  type: string;
  dir: 'OUT' | 'IN';
  /** Single-valued fields return the first neighbour (ordered by name) or null. */
  single?: boolean;
  /** Edge-typed fields (Membership, SupplyLink, ...) build an object from both ends and the relationship. */
  shape?: Shape;
}

const MAX_FIRST = 500;

/**
 * The field's answer from its edges: the neighbours, or edge objects built by a plain loop (a
 * nested page builds up to 100k of them: no closure or spread per edge).
 */
function shapeEdges(parent: GraphNode, edges: GraphEdge[], shape: Shape | undefined): unknown[] {
  const out = new Array<unknown>(edges.length);
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i]!;
    if (!shape) {
      out[i] = e.node;
      continue;
    }
    const o: Record<string, unknown> = {};
    const rel = e.rel;
    for (const k in rel) o[k] = rel[k];
    o[shape.self] = parent;
    o[shape.node] = e.node;
    out[i] = o;
  }
  return out;
}

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
  RELATIONS.set(typeName, new Map(Object.entries(fields).map(([name, f]) => [name, { ...f, nodeField: f.shape?.node, selfField: f.shape?.self }])));
  const resolvers: Record<string, (parent: GraphNode, args: RelArgs, ctx: Context, info: GraphQLResolveInfo) => Promise<unknown>> = {};
  for (const [name, f] of Object.entries(fields)) {
    const shape = f.shape;
    resolvers[name] = async (parent, args, ctx) => {
      // An answer the lookahead compiler fetched with the parent (src/graph/compiled.ts).
      const pre = prefetched(parent, name, args);
      const limit = f.single ? 1 : pageSize(args.first, MAX_FIRST, 50);
      const edges = pre ?? (await ctx.loaders.edges.load({ id: parent.id, type: f.type, dir: f.dir, limit, role: args.role }));
      ctx.loaders.prime(edges.map((e) => e.node));
      if (f.single) return edges[0] ? shapeEdges(parent, [edges[0]], shape)[0] : null;
      return shapeEdges(parent, edges, shape);
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
      const shaped = shapeEdges(parent, rows, shape);
      const edges = rows.map((e, i) => ({ cursor: encodeCursor([String(e.node.name ?? ''), e.node.id]), node: shaped[i] }));
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

/** Key under which a compiled statement leaves a relationship field's answer on its parent. */
export const prefetchKey = (field: string, args: RelArgs) => `__rel:${field}:${args.first ?? ''}:${args.role ?? ''}`;
function prefetched(parent: GraphNode, field: string, args: RelArgs): GraphEdge[] | undefined {
  return parent[prefetchKey(field, args)] as GraphEdge[] | undefined;
}

// Edge shapes: relationship properties (role, product, provenance, ...) plus both ends.
export const membership = (orgSide: 'self' | 'other'): Shape =>
  orgSide === 'self' ? { self: 'organization', node: 'platform' } : { self: 'platform', node: 'organization' };
export const participation = (orgSide: 'self' | 'other'): Shape =>
  orgSide === 'self' ? { self: 'organization', node: 'project' } : { self: 'project', node: 'organization' };
export const funding = (orgSide: 'self' | 'other'): Shape => (orgSide === 'self' ? { self: 'funder', node: 'project' } : { self: 'project', node: 'funder' });
export const supply = (selfIs: 'supplier' | 'customer'): Shape =>
  selfIs === 'supplier' ? { self: 'supplier', node: 'customer' } : { self: 'customer', node: 'supplier' };
export const industryLink = (selfIs: 'upstream' | 'downstream'): Shape =>
  selfIs === 'upstream' ? { self: 'upstream', node: 'downstream' } : { self: 'downstream', node: 'upstream' };
export const programmeParticipation = (selfIs: 'participant' | 'programme'): Shape =>
  selfIs === 'participant' ? { self: 'participant', node: 'programme' } : { self: 'programme', node: 'participant' };
export const affiliation = (selfIs: 'person' | 'organization'): Shape =>
  selfIs === 'person' ? { self: 'person', node: 'organization' } : { self: 'organization', node: 'person' };
