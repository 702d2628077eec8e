// Network analytics (schema/analytics.graphql, second half): thin resolvers over the engine in
// src/analytics/network/, which projects, analyses and caches in its worker thread.

import type { GraphQLResolveInfo } from 'graphql';
import { RANK_MEASURES, type RankMeasure } from '../analytics/network/algorithms.js';
import { networkEngine, type Scope } from '../analytics/network/engine.js';
import type { Job } from '../analytics/network/worker.js';
import { type SuggestionRow, suggestion } from '../analytics/suggestions.js';
import { decodeCursor, encodeCursor } from '../cursors.js';
import { echo, userError } from '../errors.js';
import type { NetworkScope, Resolvers, ResolversTypes } from '../generated/graphql.js';
import type { GraphNode } from '../graph/loaders.js';
import type { Context } from '../server/context.js';
import { findIdsHint } from '../traversal/common.js';
import { bounded } from './args.js';
import { graphqlType } from './entities.js';
import { selects } from './lookahead.js';

type ScopeArg = NetworkScope | null | undefined;

/** Checks that every id of the scope exists and is of its kind; returns the nodes for `analysis`. */
async function checkedScope(ctx: Context, scope: ScopeArg) {
  const parts = [
    ['region', 'Region'],
    ['industry', 'Industry'],
    ['programme', 'Programme'],
  ] as const;
  const nodes: Record<string, GraphNode | null> = { region: null, industry: null, programme: null };
  for (const [key, type] of parts) {
    const id = scope?.[key];
    if (id == null) continue;
    const node = await ctx.loaders.entities.load(id);
    if (!node || graphqlType(node) !== type)
      throw userError(`scope.${key}: no ${type.toLowerCase()} has id ${echo(id)}${findIdsHint([type])}`, { argument: `scope.${key}` });
    nodes[key] = node;
  }
  const s: Scope = { region: scope?.region ?? null, industry: scope?.industry ?? null, programme: scope?.programme ?? null };
  return { scope: s, nodes };
}

async function organization(ctx: Context, id: string): Promise<GraphNode> {
  const node = await ctx.loaders.entities.load(id);
  if (!node) throw userError(`id: no organization has id ${echo(id)}${findIdsHint(['Organization'])}`, { argument: 'id' });
  const type = graphqlType(node);
  if (type !== 'Organization')
    throw userError(`id: ${echo(id)} is ${/^[AEIOU]/.test(type ?? '') ? 'an' : 'a'} ${type}, not an Organization`, { argument: 'id' });
  return node;
}

/** Runs a job and returns its value with the `analysis` block every answer carries. */
async function analyse<T>(ctx: Context, scopeArg: ScopeArg, job: Job) {
  const { scope, nodes } = await checkedScope(ctx, scopeArg);
  const { value, snapshot, cached } = await networkEngine(ctx.graph).query<T>(ctx.db, scope, job);
  const analysis = { ...nodes, organizations: snapshot.organizations, edges: snapshot.edges, snapshotMillis: snapshot.totalMillis, cached };
  return { value, analysis, scope };
}

/** Partner-suggestion weights; Query.partnerSuggestions documents the same formula. */
const WEIGHTS = { common: 3, industry: 2, chain: 1, region: 1 };
/** Candidates taken from each stream (common partners, industries, chain, regions). */
const CANDIDATE_CAP = 2000;

interface RankPage {
  total: number;
  offset: number;
  rows: { id: string; value: number; rank: number; projects: number; platforms: number; collaborators: number }[];
  method: string;
  sampleSize: number | null;
}

export const networkResolvers: Resolvers = {
  Query: {
    async networkStats(_, args, ctx) {
      const { value, analysis } = await analyse<Record<string, unknown>>(ctx, args.scope, { op: 'stats' });
      return { ...value, analysis };
    },

    async rankOrganizations(_, args, ctx) {
      if (!RANK_MEASURES.includes(args.by)) throw userError(`by must be one of ${RANK_MEASURES.join(', ')}`, { argument: 'by' });
      const first = bounded(args.first, 1, 500, 20, 'first');
      const kinds = args.kinds?.length ? [...new Set(args.kinds)].sort() : null;
      let currency: string | null = null;
      if (args.by === 'FUNDING') {
        const { value: currencies } = await analyse<string[]>(ctx, args.scope, { op: 'currencies' });
        if (args.currency == null || !currencies.includes(args.currency))
          throw userError(
            `by: FUNDING ranks one currency at a time; pass currency, one of: ${currencies.join(', ') || '(no funding is recorded in this scope)'}${args.currency == null ? '' : ` (got ${echo(args.currency)})`}`,
            { argument: 'currency' },
          );
        currency = args.currency;
      }
      const base = { by: args.by, kinds, currency };
      const cursor = decodeCursor(args.after, 2);
      let after = 0;
      if (cursor) {
        const [v, id] = cursor;
        if (typeof v !== 'number' || typeof id !== 'string')
          throw userError('after is not a cursor this server issued; pass pageInfo.endCursor from a previous page', { argument: 'after' });
        after = (await analyse<number>(ctx, args.scope, { op: 'find', ...base, value: v, id })).value;
      }
      const { value: page, analysis } = await analyse<RankPage>(ctx, args.scope, { op: 'rank', ...base, after, first });
      const edges = page.rows.map((r) => ({ cursor: encodeCursor([r.value, r.id]), node: r }));
      return {
        analysis,
        by: args.by,
        currency,
        method: page.method,
        sampleSize: page.sampleSize,
        totalCount: page.total,
        edges,
        pageInfo: {
          hasNextPage: after + page.rows.length < page.total,
          hasPreviousPage: after > 0,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
      };
    },

    async reach(_, args, ctx) {
      const maxHops = bounded(args.maxHops, 1, 10, 3, 'maxHops');
      const node = await organization(ctx, args.id);
      const { value, analysis } = await analyse<{ histogram: { hops: number; count: number }[]; reached: number; distanceSum: number }>(ctx, args.scope, {
        op: 'reach',
        id: args.id,
        maxHops,
      });
      const n = analysis.organizations;
      const closeness = value.reached > 0 && n > 1 ? (value.reached / (n - 1)) * (value.reached / value.distanceSum) : 0;
      return { analysis, organization: node, maxHops, histogram: value.histogram, reached: value.reached, closeness };
    },

    async component(_, args, ctx) {
      const node = await organization(ctx, args.id);
      const { value, analysis } = await analyse<Record<string, unknown>>(ctx, args.scope, { op: 'component', id: args.id });
      return { ...value, analysis, organization: node };
    },

    async communities(_, args, ctx) {
      const first = bounded(args.first, 1, 200, 20, 'first');
      const topMembers = bounded(args.topMembers, 1, 20, 5, 'topMembers');
      const { value, analysis } = await analyse<{
        count: number;
        modularity: number;
        method: string;
        communities: {
          size: number;
          topMembers: { id: string; degree: number }[];
          industries: { id: string; count: number }[];
          regions: { id: string; count: number }[];
        }[];
      }>(ctx, args.scope, { op: 'communities', topMembers: 20 });
      return {
        analysis,
        count: value.count,
        modularity: value.modularity,
        method: value.method,
        communities: value.communities.slice(0, first).map((c) => ({
          size: c.size,
          topMembers: c.topMembers.slice(0, topMembers).map((m) => ({ id: m.id, collaborators: m.degree })),
          industries: c.industries,
          regions: c.regions,
        })),
      };
    },

    // The two older analytics, now on the engine: no organization cap of their own, and exact
    // common-partner counts for hubs.
    async topConnectors(_, args, ctx, info) {
      const first = bounded(args.first, 1, 100, 10, 'first');
      if (args.region != null) {
        const node = await ctx.loaders.entities.load(args.region);
        if (!node || graphqlType(node) !== 'Region')
          throw userError(`region: no region has id ${echo(args.region)}${findIdsHint(['Region'])}`, { argument: 'region' });
      }
      const by = args.measure === 'BETWEENNESS' ? 'BETWEENNESS' : 'COLLABORATORS';
      // Betweenness costs far more than everything else here: only when it ranks or is selected.
      const betweenness = by === 'BETWEENNESS' || selects(info, ['betweenness', 'method']);
      const { value } = await networkEngine(ctx.graph).query<ResolversTypes['Connector'][]>(
        ctx.db,
        { region: args.region ?? null },
        { op: 'connectors', by, first, betweenness },
      );
      return value;
    },

    async partnerSuggestions(_, args, ctx) {
      const first = bounded(args.first, 1, 50, 10, 'first');
      await organization(ctx, args.id);
      const { value: common } = await networkEngine(ctx.graph).query<{ id: string; count: number }[]>(
        ctx.db,
        {},
        { op: 'commonPartners', id: args.id, cap: CANDIDATE_CAP },
      );
      const rows = (await ctx.db.read('analytics/partner-suggestions', {
        id: args.id,
        first,
        cap: CANDIDATE_CAP,
        common,
        weights: WEIGHTS,
      })) as unknown as SuggestionRow[];
      ctx.loaders.prime(rows.flatMap((r) => [r.node, ...r.commonPartners]));
      return rows.map(suggestion);
    },

    async relationshipCounts(_, args, ctx) {
      const { value, analysis } = await analyse<{ type: string; role: string | null; count: number }[]>(ctx, args.scope, { op: 'relationships' });
      const participations = value.filter((r) => r.type === 'UNDERTAKES').reduce((t, r) => t + r.count, 0);
      return { analysis, participations, byTypeAndRole: value };
    },
  },

  Connector: {
    organization: (c, _, ctx) => ctx.loaders.existing(c.id),
  },
  RankedOrganization: {
    organization: (r, _, ctx) => ctx.loaders.existing(r.id),
  },
  CommunityMember: {
    organization: (r, _, ctx) => ctx.loaders.existing(r.id),
  },
  IndustryShare: {
    industry: (r, _, ctx) => ctx.loaders.existing(r.id),
  },
  RegionShare: {
    region: (r, _, ctx) => ctx.loaders.existing(r.id),
  },
};
