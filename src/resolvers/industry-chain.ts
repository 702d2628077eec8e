// Industrial-chain fields (schema/traversals.graphql, Industry in schema/entities.graphql):
// chainPartners, industryChain, missingLinks, a segment's organizations and candidates, and
// Industry.organizations/upstream/downstream. Arguments are checked here; the walks are in
// src/traversal/chain-partners.ts, industry-chain.ts and industry-members.ts.

import { decodeCursor, encodeCursor } from '../cursors.js';
import { userError } from '../errors.js';
import type {
  ChainDirection,
  ChainSegmentCandidatesArgs,
  ChainSegmentOrganizationsArgs,
  IndustryDownstreamArgs,
  IndustryUpstreamArgs,
  QueryIndustryChainArgs,
  QueryMissingLinksArgs,
  Resolvers,
} from '../generated/graphql.js';
import type { GraphNode } from '../graph/loaders.js';
import type { Context } from '../server/context.js';
import { findPartners, type Partner, type Path, type Step, type Tag, type Via } from '../traversal/chain-partners.js';
import { requireNodes } from '../traversal/common.js';
import { type ChainScope, chainSegments, type Segment } from '../traversal/industry-chain.js';
import { industryLoaders } from '../traversal/industry-members.js';
import type { Direction } from '../traversal/supply-chain.js';
import { bounded, pageSize } from './args.js';

const DIRECTIONS: Record<string, Direction[]> = { UPSTREAM: ['upstream'], DOWNSTREAM: ['downstream'], BOTH: ['upstream', 'downstream'] };
const VIAS: Via[] = ['SUPPLY', 'INDUSTRY_CHAIN'];

/** The checked region and industry of a chain map; the region may be absent (the whole graph). */
async function chainScope(args: QueryIndustryChainArgs | QueryMissingLinksArgs, ctx: Context): Promise<ChainScope> {
  const depth = bounded(args.depth, 1, 5, 2, 'depth');
  const wanted: { name: 'industry' | 'region'; id: string; types: string[] }[] = [{ name: 'industry', id: args.industry, types: ['Industry'] }];
  if (args.region != null) wanted.push({ name: 'region', id: args.region, types: ['Region'] });
  const found = await requireNodes(ctx, wanted);
  return { industry: args.industry, region: found.region ?? null, depth, sub: args.includeSubIndustries ?? true };
}

// Edge objects in the shapes SupplyLink, IndustryLink and IndustryMembership resolve from
// (relationship properties spread in, as in src/resolvers/relations.ts).
const supplyLink = (s: Step) => ({ ...s.props, supplier: s.from, customer: s.to });
const industryLink = (s: Step) => ({ ...s.props, upstream: s.from, downstream: s.to });
const membership = (t: Tag | null) => (t ? { ...t.props, organization: t.organization, tagged: t.tagged, industry: t.industry } : null);

function shapePath(p: Path) {
  return {
    via: p.via,
    direction: p.direction,
    distance: p.distance,
    supplies: p.via === 'SUPPLY' ? p.steps.map(supplyLink) : [],
    industryLinks: p.via === 'INDUSTRY_CHAIN' ? p.steps.map(industryLink) : [],
    fromIndustry: membership(p.fromTag),
    toIndustry: membership(p.toTag),
  };
}

function shapePartner(p: Partner) {
  const dirs = new Set(p.paths.map((x) => x.direction));
  const direction: ChainDirection = dirs.size > 1 ? 'BOTH' : p.paths[0]!.direction;
  return { organization: p.organization, distance: p.distance, direction, paths: p.paths.map(shapePath) };
}

function partnerNodes(p: Partner): GraphNode[] {
  return [
    p.organization,
    ...p.paths.flatMap((x) => [...x.steps.flatMap((s) => [s.from, s.to]), ...[x.fromTag, x.toTag].flatMap((t) => (t ? [t.tagged, t.industry] : []))]),
  ];
}

/** A page of a segment's enterprises, in the region (organizations) or outside it (candidates). */
const segmentPage = (outside: boolean) => async (seg: Segment, args: ChainSegmentOrganizationsArgs | ChainSegmentCandidatesArgs, ctx: Context) => {
  const first = pageSize(args.first, 200, outside ? 5 : 20);
  decodeCursor(args.after, 2); // a bad cursor is this field's error, not the batch's
  if (outside && !seg.scope.region) return { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [], nodes: [] };
  const page = await industryLoaders(ctx).members.load({
    industry: seg.industry.id,
    region: seg.scope.region?.id ?? null,
    outside,
    sub: seg.scope.sub,
    kinds: null,
    enterprises: true,
    first,
    after: args.after ?? null,
  });
  ctx.loaders.prime(page.nodes);
  return page;
};

const industryLinks = (dir: 'IN' | 'OUT') => async (industry: GraphNode, args: IndustryUpstreamArgs | IndustryDownstreamArgs, ctx: Context) => {
  const first = pageSize(args.first, 500, 50);
  decodeCursor(args.after, 1);
  const page = await industryLoaders(ctx).links.load({ id: industry.id, dir, first, after: args.after ?? null });
  ctx.loaders.prime(page.nodes.map((l) => l.node));
  // IndustryLink: the relationship's properties plus both ends, `industry` being the fixed one.
  const shape = (l: { rel: Record<string, unknown>; node: GraphNode }) =>
    dir === 'IN' ? { ...l.rel, upstream: l.node, downstream: industry } : { ...l.rel, upstream: industry, downstream: l.node };
  return { ...page, nodes: page.nodes.map(shape), edges: page.edges.map((e) => ({ cursor: e.cursor, node: shape(e.node) })) };
};

export const industryChainResolvers: Resolvers = {
  Query: {
    async chainPartners(_, args, ctx) {
      const depth = bounded(args.depth, 1, 5, 2, 'depth');
      const first = bounded(args.first, 1, 500, 50, 'first');
      const after = decodeCursor(args.after, 2);
      if (after && (typeof after[0] !== 'number' || typeof after[1] !== 'string')) decodeCursor('!', 2);
      const via = args.via ?? VIAS;
      if (via.length === 0) throw userError('via must name at least one of SUPPLY, INDUSTRY_CHAIN', { argument: 'via' });
      const wanted: { name: 'id' | 'region' | 'industry'; id: string; types: string[] }[] = [{ name: 'id', id: args.id, types: ['Organization'] }];
      if (args.region != null) wanted.push({ name: 'region', id: args.region, types: ['Region'] });
      if (args.industry != null) wanted.push({ name: 'industry', id: args.industry, types: ['Industry'] });
      const { id: start } = await requireNodes(ctx, wanted);
      const partners = await findPartners(ctx.db, {
        start,
        directions: DIRECTIONS[args.direction ?? 'BOTH'] as Direction[],
        depth,
        via: [...new Set(via)],
        region: args.region ?? null,
        industry: args.industry ?? null,
        sub: args.includeSubIndustries ?? true,
        kinds: args.kinds?.length ? args.kinds : null,
      });
      let from = 0;
      if (after) {
        const [d, id] = after as [number, string];
        from = partners.findIndex((p) => p.distance > d || (p.distance === d && p.organization.id > id));
        if (from < 0) from = partners.length;
      }
      const page = partners.slice(from, from + first);
      ctx.loaders.prime(page.flatMap(partnerNodes));
      const last = page.at(-1);
      return {
        totalCount: partners.length,
        pageInfo: { hasNextPage: from + first < partners.length, endCursor: last ? encodeCursor([last.distance, last.organization.id]) : null },
        nodes: page.map(shapePartner),
      };
    },

    async industryChain(_, args, ctx) {
      const scope = await chainScope(args, ctx);
      const segments = await chainSegments(ctx.db, scope);
      ctx.loaders.prime(segments.map((s) => s.industry));
      return {
        industry: ctx.loaders.existing(args.industry),
        region: scope.region,
        depth: scope.depth,
        includeSubIndustries: scope.sub,
        segments,
        missing: segments.filter((s) => s.missing),
      };
    },

    async missingLinks(_, args, ctx) {
      const segments = await chainSegments(ctx.db, await chainScope(args, ctx));
      ctx.loaders.prime(segments.map((s) => s.industry));
      return segments;
    },
  },
  ChainSegment: {
    organizations: segmentPage(false),
    candidates: segmentPage(true),
  },
  IndustryMembership: {
    provenance: (m: Record<string, unknown>) => m,
  },
  Industry: {
    upstream: industryLinks('IN'),
    downstream: industryLinks('OUT'),
    organizations(industry, args, ctx) {
      const first = pageSize(args.first, 200, 20);
      decodeCursor(args.after, 2);
      const load = async () => {
        if (args.region != null) await requireNodes(ctx, [{ name: 'region', id: args.region, types: ['Region'] }]);
        const page = await industryLoaders(ctx).members.load({
          industry: industry.id,
          region: args.region ?? null,
          outside: false,
          sub: args.includeSubIndustries ?? true,
          kinds: args.kinds?.length ? args.kinds : null,
          enterprises: false,
          first,
          after: args.after ?? null,
        });
        ctx.loaders.prime(page.nodes);
        return page;
      };
      return load();
    },
  },
};
