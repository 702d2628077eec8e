// Query fields for traversals (schema/traversals.graphql): arguments checked here, the searches
// in src/traversal/. Every enum a client passes is mapped through a whitelist before it becomes
// a relationship type or label.

import { decodeCursor, encodeCursor } from '../cursors.js';
import { echo, userError } from '../errors.js';
import type { QueryDownstreamArgs, QueryUpstreamArgs, Resolvers } from '../generated/graphql.js';
import type { GraphNode } from '../graph/loaders.js';
import type { Context } from '../server/context.js';
import { type Chain, searchChains, VIA_TYPES, type Via } from '../traversal/chain-search.js';
import { shapeChains } from '../traversal/chain-shape.js';
import { provenanceOf, requireNodes } from '../traversal/common.js';
import { KIND_LABELS, NEIGHBORHOOD_TYPES, neighborhoodPage } from '../traversal/neighborhood.js';
import { CHAIN_TYPES, type Direction, pageAfter, walkChain } from '../traversal/supply-chain.js';
import { bounded } from './args.js';
import { graphqlType } from './entities.js';
import { selectsWithin } from './lookahead.js';

const DEFAULT_VIA: Via[] = ['PLATFORM', 'PROJECT', 'SUPPLY'];

const supplyChain = (direction: Direction) => async (_: unknown, args: QueryUpstreamArgs | QueryDownstreamArgs, ctx: Context) => {
  const depth = bounded(args.depth, 1, 5, 2, 'depth');
  const first = bounded(args.first, 1, 1000, 200, 'first');
  const after = decodeCursor(args.after, 3);
  // [depth, from id, to id]: a well-formed triple of other types was not issued here either.
  if (after && (typeof after[0] !== 'number' || typeof after[1] !== 'string' || typeof after[2] !== 'string')) decodeCursor('!', 3);
  const wanted: { name: 'id' | 'industry'; id: string; types: string[] }[] = [{ name: 'id', id: args.id, types: Object.keys(CHAIN_TYPES) }];
  if (args.industry != null) wanted.push({ name: 'industry', id: args.industry, types: ['Industry'] });
  const { id: start } = await requireNodes(ctx, wanted);
  const type = CHAIN_TYPES[graphqlType(start) as string] as string;
  const sub = args.includeSubIndustries ?? true;
  const links = await walkChain(ctx.db, direction, { start, type, depth, industry: args.industry ?? null, sub });
  const { page, hasNext } = pageAfter(links, after, first);
  ctx.loaders.prime(page.flatMap((l) => [l.from, l.to]));
  const last = page.at(-1);
  return {
    totalCount: links.length,
    pageInfo: { hasNextPage: hasNext, endCursor: last ? encodeCursor([last.depth, last.from.id, last.to.id]) : null },
    nodes: page.map((l) => ({
      from: l.from,
      to: l.to,
      depth: l.depth,
      product: (l.props.product as string | undefined) ?? null,
      since: (l.props.since as number | undefined) ?? null,
      provenance: provenanceOf(l.props),
    })),
  };
};

export const traversalResolvers: Resolvers = {
  Query: {
    async collaborationChain(_, args, ctx) {
      const maxHops = bounded(args.maxHops, 1, 6, 4, 'maxHops');
      const k = bounded(args.k, 1, 10, 1, 'k');
      const via = args.via ?? DEFAULT_VIA;
      if (via.length === 0) throw userError('via must name at least one of PLATFORM, PROJECT, FUNDING, SUPPLY', { argument: 'via' });
      if (args.from === args.to) throw userError(`from and to are both ${echo(args.from)}; a chain joins two different organizations`, { argument: 'to' });
      await requireNodes(ctx, [
        { name: 'from', id: args.from, types: ['Organization'] },
        { name: 'to', id: args.to, types: ['Organization'] },
      ]);
      const types = [...new Set(via.flatMap((v) => VIA_TYPES[v]))];
      const chains: Chain[] = await searchChains(ctx.db, args.from, args.to, { maxHops, k, types });
      return shapeChains(ctx, chains);
    },

    async neighborhood(_, args, ctx, info) {
      const depth = bounded(args.depth, 1, 3, 1, 'depth');
      const perKind = bounded(args.limitPerKind, 1, 500, 50, 'limitPerKind');
      const first = bounded(args.first, 1, 1000, 200, 'first');
      // An empty list means "no filter", as for search(kinds:).
      const labels = (args.kinds?.length ? args.kinds : Object.keys(KIND_LABELS)).map((k) => KIND_LABELS[k] as string);
      const types = (args.relationshipTypes?.length ? args.relationshipTypes : Object.keys(NEIGHBORHOOD_TYPES)).map((t) => NEIGHBORHOOD_TYPES[t] as string);
      // Properties are read only if selected: all of them for `properties`, a few for `label`.
      const nodeProps = selectsWithin(info, 'nodes', ['properties']) ? 'all' : selectsWithin(info, 'nodes', ['label']) ? 'name' : null;
      const select = { nodeProps, edgeProps: selectsWithin(info, 'edges', ['properties']) } as const;
      const page = await neighborhoodPage(ctx.db, { id: args.id, depth, labels, types, perKind }, first, args.after, select);
      if (page) return page;
      // No such node, or not of a kind: the usual error, from one more lookup (errors only).
      await requireNodes(ctx, [{ name: 'id', id: args.id, types: Object.values(KIND_LABELS) }]);
      throw new Error(`neighborhood: ${args.id} has no kind label`);
    },

    upstream: supplyChain('upstream'),
    downstream: supplyChain('downstream'),
  },
  HopConnector: {
    __resolveType: (o) => ('__typename' in o && o.__typename ? o.__typename : graphqlType(o as GraphNode)) as 'Platform' | 'Project' | 'SupplyLink',
  },
};
