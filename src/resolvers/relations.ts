// Relationship fields, declared as a table: which relationship type and direction each field
// follows and how an edge is shaped for its GraphQL type. The types listed here are the only
// ones a client can make the server traverse; nothing in a request names a type.
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

/** Builds a resolver for each entry: (parent, { first, role }) -> neighbours via the edges loader. */
export function relationResolvers(fields: Record<string, RelField>) {
  return Object.fromEntries(
    Object.entries(fields).map(([name, f]) => [
      name,
      async (parent: GraphNode, args: { first?: number | null; role?: string | null }, ctx: Context) => {
        const limit = f.single ? 1 : pageSize(args.first, MAX_FIRST, 50);
        const edges = await ctx.loaders.edges.load({ id: parent.id, type: f.type, dir: f.dir, limit, role: args.role });
        ctx.loaders.prime(edges.map((e) => e.node));
        const shaped = edges.map((e) => (f.shape ?? node)(parent, e));
        return f.single ? (shaped[0] ?? null) : shaped;
      },
    ]),
  );
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
