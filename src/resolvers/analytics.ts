// Analytics for planners (schema/analytics.graphql): counted figures from cypher/analytics/*
// set beside reported Indicator nodes, never blended. Collaboration measures are computed in TS
// on the network engine (src/resolvers/network.ts).
import { coverage, platformCoverage, rankCoverage } from '../analytics/coverage.js';
import { competitionRanks } from '../analytics/rank.js';
import { echo, userError } from '../errors.js';
import type { PlatformKind, Resolvers } from '../generated/graphql.js';
import type { GraphNode } from '../graph/loaders.js';
import { LEVELS, type Level } from '../model/enums.js';
import type { Context } from '../server/context.js';
import { findIdsHint } from '../traversal/common.js';
import { bounded } from './args.js';
import { graphqlType } from './entities.js';

/** Indicator metrics that state a number of platforms (seeds/README.md). */
const PLATFORM_COUNT_METRICS = ['platform_count', 'provincial_platform_count', 'new_platform_count'];
const SHARE_METRICS = ['share_of_projects', 'share_of_funding'];
/** Reported populations the shares rest on (PlatformBackedShare.coverage). */
const SHARE_POPULATION_METRICS = ['project_count', 'funding_amount'];

const measureNoun = (measure: string) =>
  ({
    PLATFORMS: 'platforms',
    PROVINCIAL_PLATFORMS: 'provincial-level platforms',
    ORGANIZATIONS: 'organizations',
    ENTERPRISES: 'enterprises',
    HIGH_TECH_ENTERPRISES: 'high-tech enterprises',
    PROJECTS: 'projects',
  })[measure] ?? 'of them';
const MAX_INDICATORS = 2000;
const METRIC = /^[a-z][a-z0-9_]{1,80}$/;

/** What each RegionMeasure counts: a label from the model's whitelist and optional narrowing. */
const MEASURES: Record<string, { label: string; levels: string[] | null; highTech: boolean | null }> = {
  PLATFORMS: { label: 'Platform', levels: null, highTech: null },
  PROVINCIAL_PLATFORMS: { label: 'Platform', levels: ['PROVINCIAL', 'NATIONAL'], highTech: null },
  ORGANIZATIONS: { label: 'Organization', levels: null, highTech: null },
  ENTERPRISES: { label: 'Enterprise', levels: null, highTech: null },
  HIGH_TECH_ENTERPRISES: { label: 'Enterprise', levels: null, highTech: true },
  PROJECTS: { label: 'Project', levels: null, highTech: null },
};

/** The reported COUNT metric (about the region, no platform kind) that states the population each RegionMeasure counts. */
const MEASURE_METRIC: Record<string, string | null> = {
  PLATFORMS: 'platform_count',
  PROVINCIAL_PLATFORMS: 'provincial_platform_count',
  ORGANIZATIONS: null,
  ENTERPRISES: 'enterprise_count',
  HIGH_TECH_ENTERPRISES: 'high_tech_enterprise_count',
  PROJECTS: 'project_count',
};

/** Whether a reported rank ranks what the measure counts (its kind and level), for RankCoverage.note. */
function rankOfMeasure(measure: string, i: GraphNode): boolean {
  if (i.platformKind != null) return false;
  if (measure === 'PROVINCIAL_PLATFORMS') return i.level === 'PROVINCIAL' || i.level === 'NATIONAL';
  return i.level == null;
}

const levelOrder = (level: string | null) => (level === null ? LEVELS.length : LEVELS.indexOf(level as Level));

/**
 * Promise.all for reads started together, except that it fails only once every read has finished:
 * when the subject check fails at once (an unknown id), the other reads would otherwise run on
 * after the request has been answered, so a client sending bad ids fast could pile up database
 * work without bound (and exhaust the connection pool for everyone). The first failure in
 * argument order is the one reported.
 */
async function settled<T extends readonly unknown[] | []>(reads: T): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const results = await Promise.allSettled(reads);
  for (const r of results as PromiseSettledResult<unknown>[]) if (r.status === 'rejected') throw r.reason;
  return results.map((r) => (r as PromiseFulfilledResult<unknown>).value) as { -readonly [K in keyof T]: Awaited<T[K]> };
}

/** The node for an id argument, which must exist and be of the given type. */
async function subject(ctx: Context, id: string, type: 'Region' | 'Organization', argument: string): Promise<GraphNode> {
  const node = await ctx.loaders.entities.load(id);
  if (!node) throw userError(`${argument}: no ${type.toLowerCase()} has id ${echo(id)}${findIdsHint([type])}`, { argument });
  const actual = graphqlType(node);
  const a = (word?: string) => `${/^[AEIOU]/.test(word ?? '') ? 'an' : 'a'} ${word}`;
  if (actual !== type) throw userError(`${argument}: ${echo(id)} is ${a(actual)}, not ${a(type)}`, { argument });
  return node;
}

const optionalYear = (value: number | null | undefined, name: string) => (value == null ? null : bounded(value, 1800, 2200, value, name));

interface IndicatorQuery {
  region: string;
  subRegions: boolean;
  located: boolean;
  metrics?: string[] | null;
  metric?: string | null;
  unit?: string | null;
}

/** Reported figures about a region, as Indicator nodes; more than MAX_INDICATORS is an error, not a silent cut. */
async function indicators(ctx: Context, q: IndicatorQuery): Promise<GraphNode[]> {
  const rows = await ctx.db.read('analytics/region-indicators', {
    metrics: null,
    metric: null,
    unit: null,
    ...q,
    limit: MAX_INDICATORS + 1,
  });
  if (rows.length > MAX_INDICATORS)
    throw userError(`more than ${MAX_INDICATORS} indicators match; pass metric or includeSubRegions: false to narrow them`, { argument: 'metric' });
  return rows.map((r) => r.node as GraphNode);
}

export const analyticsResolvers: Resolvers = {
  Query: {
    async platformCounts(_, args, ctx) {
      const [region, rows, reported] = await settled([
        subject(ctx, args.region, 'Region', 'region'),
        ctx.db.read('analytics/platform-counts', { region: args.region }),
        indicators(ctx, { region: args.region, subRegions: args.includeSubRegionIndicators ?? false, located: false, metrics: PLATFORM_COUNT_METRICS }),
      ]);
      const byKindAndLevel = rows.map((r) => ({ kind: r.kind as PlatformKind, level: (r.level as Level | null) ?? null, count: r.count as number }));
      // Totals are sums of the counted groups, so they add up by construction.
      const sum = <K>(key: (g: (typeof byKindAndLevel)[number]) => K) => {
        const totals = new Map<K, number>();
        for (const g of byKindAndLevel) totals.set(key(g), (totals.get(key(g)) ?? 0) + g.count);
        return [...totals];
      };
      return {
        region,
        total: byKindAndLevel.reduce((t, g) => t + g.count, 0),
        byKindAndLevel,
        byKind: sum((g) => g.kind).map(([kind, count]) => ({ kind, count })),
        // Levels from national down, unrecorded last.
        byLevel: sum((g) => g.level)
          .map(([level, count]) => ({ level, count }))
          .sort((a, b) => levelOrder(a.level) - levelOrder(b.level)),
        reported,
        coverage: platformCoverage(args.region, reported, byKindAndLevel),
      };
    },

    async regionRank(_, args, ctx) {
      const measure = MEASURES[args.measure]!;
      const metric = MEASURE_METRIC[args.measure] ?? null;
      const [region, rows, reported, counts] = await settled([
        subject(ctx, args.region, 'Region', 'region'),
        ctx.db.read('analytics/region-rank', { region: args.region, ...measure }),
        indicators(ctx, { region: args.region, subRegions: false, located: false, unit: 'RANK' }),
        metric ? indicators(ctx, { region: args.region, subRegions: false, located: false, metric, unit: 'COUNT' }) : [],
      ]);
      const ranks = competitionRanks(rows.map((r) => r.value as number));
      const siblings = rows.map((r, i) => ({ region: r.node as GraphNode, value: r.value as number, rank: ranks[i]! }));
      const self = siblings.find((s) => s.region.id === args.region)!;
      return {
        region,
        measure: args.measure,
        parent: (rows[0]?.parent as GraphNode | null) ?? null,
        rank: self.rank,
        value: self.value,
        siblingCount: siblings.length,
        siblings,
        reported,
        coverage: rankCoverage(
          String(region.name ?? region.id),
          self.rank,
          siblings.map((x) => ({ id: x.region.id, value: x.value })),
          args.region,
          reported.filter((i) => rankOfMeasure(args.measure, i)),
          counts.filter((i) => i.platformKind == null).map((i) => coverage(i, self.value, measureNoun(args.measure))),
        ),
      };
    },

    async regionIndicators(_, args, ctx) {
      if (args.metric != null && !METRIC.test(args.metric))
        throw userError(`metric must be a snake_case metric key such as platform_count, got ${echo(args.metric)}`, { argument: 'metric' });
      const sub = args.includeSubRegions ?? true;
      const [, nodes] = await settled([
        subject(ctx, args.region, 'Region', 'region'),
        indicators(ctx, { region: args.region, subRegions: sub, located: sub, metric: args.metric ?? null }),
      ]);
      return nodes;
    },

    async platformBackedShare(_, args, ctx) {
      const fromYear = optionalYear(args.fromYear, 'fromYear');
      const toYear = optionalYear(args.toYear, 'toYear');
      if (fromYear != null && toYear != null && fromYear > toYear)
        throw userError(`fromYear (${fromYear}) must not be after toYear (${toYear})`, { argument: 'fromYear' });
      const region = args.region ?? null;
      const [node, [row], reported] = await settled([
        region ? subject(ctx, region, 'Region', 'region') : null,
        ctx.db.read('analytics/platform-backed-share', { region, fromYear, toYear }),
        region ? indicators(ctx, { region, subRegions: false, located: false, metrics: [...SHARE_METRICS, ...SHARE_POPULATION_METRICS] }) : [],
      ]);
      const n = (k: string) => (row?.[k] as number | null) ?? 0;
      const share = (part: number, whole: number) => (whole > 0 ? (100 * part) / whole : null);
      const byCurrency = ((row?.byCurrency as { currency: string; projects: number; funding: number; backedFunding: number }[] | undefined) ?? [])
        .map((c) => ({
          currency: c.currency,
          projects: c.projects,
          funding: { amount: c.funding, currency: c.currency },
          platformBackedFunding: { amount: c.backedFunding, currency: c.currency },
          share: share(c.backedFunding, c.funding),
        }))
        .sort((a, b) => (a.currency < b.currency ? -1 : 1));
      const cny = byCurrency.find((c) => c.currency === 'CNY');
      return {
        region: node,
        fromYear,
        toYear,
        projects: n('projects'),
        platformBackedProjects: n('backedProjects'),
        projectShare: share(n('backedProjects'), n('projects')),
        fundingByCurrency: byCurrency,
        // The deprecated CNY-only fields, read from the CNY entry.
        funding: cny?.funding.amount ?? 0,
        platformBackedFunding: cny?.platformBackedFunding.amount ?? 0,
        fundingShare: cny?.share ?? null,
        projectsWithFunding: cny?.projects ?? 0,
        otherCurrencyProjects: byCurrency.reduce((sum, c) => sum + (c === cny ? 0 : c.projects), 0),
        reported: reported.filter((i) => SHARE_METRICS.includes(String(i.metric))),
        coverage: reported.flatMap((i) => {
          if (i.metric === 'project_count' && i.unit === 'COUNT' && i.platformKind == null) return [coverage(i, n('projects'), 'projects')];
          if (i.metric === 'funding_amount' && i.unit === 'CNY') return [coverage(i, cny?.funding.amount ?? 0, 'CNY of funding')];
          return [];
        }),
      };
    },
  },
};
