// Query fields for browsing: lookups by id, full-text search and filtered, sorted, paged lists.
import { createHash } from 'node:crypto';
import type { GraphQLResolveInfo } from 'graphql';
import { decodeCursor, encodeCursor } from '../cursors.js';
import { echo, userError } from '../errors.js';
import type {
  ExternalIdInput,
  QueryEntityArgs,
  QueryOrganizationArgs,
  QueryOrganizationsArgs,
  QueryPlatformsArgs,
  QueryProjectArgs,
  QueryProjectsArgs,
  Resolvers,
} from '../generated/graphql.js';
import { compiledLookup, compilePage, type Plan, pageOf } from '../graph/compiled.js';
import { nodesByExternalIds } from '../graph/external-ids.js';
import type { GraphNode } from '../graph/loaders.js';
import { isCountry, isCurrency, parseExternalId } from '../model/codes.js';
import { LABEL_BY_ENTITY_KIND, PRIMARY_LABEL } from '../model/labels.js';
import { INDICATOR_SUBJECTS } from '../model/records.js';
import { RANK_CAP, searchHits, searchPage } from '../search/search.js';
import { parseSearchText } from '../search/search-text.js';
import type { Context } from '../server/context.js';
import { pageSize } from './args.js';
import { graphqlType } from './entities.js';
import { checkIdArgs, type IdArgs, withIdsChecked } from './filter-ids.js';
import { lookupPlan, pagePlan, selects } from './lookahead.js';

/** The node types an indicator can be about (indicators(about:)). */
const INDICATOR_SUBJECT_TYPES = INDICATOR_SUBJECTS.map((f) => PRIMARY_LABEL[f]);

/** A lookup that answers null for an unknown id and an error for an id of another kind. */
const lookup =
  (typeName: string) =>
  async (_: unknown, { id }: QueryEntityArgs, ctx: Context, info: GraphQLResolveInfo) => {
    // With relationship fields selected, the node and those fields in one statement.
    const plan = typeName === 'Entity' ? undefined : lookupPlan(info);
    const node = plan?.fields.length ? await compiledLookup(ctx.db, id, plan) : await ctx.loaders.entities.load(id);
    if (!node) return null;
    if (plan?.fields.length) ctx.loaders.prime([node]);
    const actual = graphqlType(node);
    if (typeName !== 'Entity' && actual !== typeName)
      throw userError(`${echo(id)} is a ${actual}, not a ${typeName}; query it with ${actual?.toLowerCase()}(id:) or entity(id:)`);
    return node;
  };

/** The node carrying an external id ({scheme, value}, read in the scheme's normal form), or null. */
async function byExternalId(ctx: Context, ext: ExternalIdInput): Promise<GraphNode | null> {
  const parsed = parseExternalId(`${ext.scheme}:${ext.value}`);
  if ('error' in parsed) throw userError(`externalId: ${parsed.error}`, { argument: 'externalId' });
  const [node] = (await nodesByExternalIds(ctx.db, [parsed.key])).get(parsed.key) ?? [];
  if (node) ctx.loaders.prime([node]);
  return node ?? null;
}

/** organization(id | externalId) and project(id | externalId): exactly one of the two. */
const lookupByIdOrExternal = (typeName: string) => {
  const byId = lookup(typeName);
  return async (parent: unknown, args: QueryOrganizationArgs | QueryProjectArgs, ctx: Context, info: GraphQLResolveInfo) => {
    if ((args.id == null) === (args.externalId == null)) throw userError(`give exactly one of id and externalId`, { argument: 'id' });
    if (args.id != null) return byId(parent, { id: args.id }, ctx, info);
    const node = await byExternalId(ctx, args.externalId!);
    if (node && graphqlType(node) !== typeName) {
      const actual = graphqlType(node);
      throw userError(`${args.externalId!.scheme}:${args.externalId!.value} belongs to ${node.id}, a ${actual}, not a ${typeName}; use entityByExternalId`);
    }
    return node;
  };
};

interface SearchArgs {
  text: string;
  kinds?: string[] | null;
  first?: number | null;
}

const MAX_SEARCH_PAGE = 100;

/** The checked text and kinds of a search, and a fingerprint that ties a cursor to them. */
function searchInput(args: SearchArgs) {
  const text = parseSearchText(args.text);
  if ('error' in text) throw userError(text.error, { argument: 'text' });
  // Sources have titles, not names, and are not indexed: a kind filter on them would be a silent empty answer.
  if (args.kinds?.includes('SOURCE'))
    throw userError('kinds: sources are not searched (their titles are not indexed); leave SOURCE out, or list them with source(id:) from any provenance', {
      argument: 'kinds',
    });
  const labels = args.kinds?.length ? [...new Set(args.kinds.map((k) => LABEL_BY_ENTITY_KIND[k]!))].sort() : null;
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([text.query, labels]))
    .digest('base64url')
    .slice(0, 12);
  return { text, labels, fingerprint };
}

/** Where a page starts: the offset in a cursor this search issued (another search's cursor would land anywhere). */
function searchOffset(after: string | null | undefined, fingerprint: string): number {
  const cursor = decodeCursor(after, 2);
  if (!cursor) return 0;
  const [fp, offset] = cursor;
  if (fp !== fingerprint || !Number.isInteger(offset) || (offset as number) < 0 || (offset as number) > RANK_CAP)
    throw userError('after is a cursor of another search; pass pageInfo.endCursor from a page of the same text and kinds, or leave after out to start again', {
      argument: 'after',
    });
  return offset as number;
}

interface ListSpec {
  query: string;
  /** The list's filter fragment, the head of its list and count queries (for compiled/page). */
  filter: string;
  sortKeys: Record<string, { property: string; nullKey: string | number }>;
  /** Template values of the list's statements: its label and the relationship to its industries. */
  label: string;
  industryType: string;
  filterParams: (filter: Record<string, unknown>) => Record<string, unknown>;
  /** The list's id-valued filter fields besides region and industry, and the node type each names. */
  idFilters: Record<string, string>;
}

/** filter.region, filter.industry and the list's other id filters, for checkIdArgs. */
const filterIds = (spec: ListSpec, filter: Record<string, unknown>): IdArgs =>
  Object.fromEntries(
    Object.entries({ region: 'Region', industry: 'Industry', ...spec.idFilters }).map(([k, type]) => [
      `filter.${k}`,
      { id: filter[k] as string | null, types: [type] },
    ]),
  );

const MAX_PAGE = 200;
const pick = (f: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, f[k] ?? null]));

/** A Relay connection over a list query; totalCount runs its count query only if selected. */
const connection =
  (spec: ListSpec) => async (_: unknown, args: QueryOrganizationsArgs | QueryPlatformsArgs | QueryProjectsArgs, ctx: Context, info: GraphQLResolveInfo) => {
    const limit = pageSize(args.first, MAX_PAGE, 20);
    const sort = spec.sortKeys[args.orderBy?.key ?? 'NAME']!;
    const [afterKey, afterId] = decodeCursor(args.after, 2) ?? [null, null];
    const filter: Record<string, unknown> = args.filter ?? {};
    if (typeof filter.nameContains === 'string' && filter.nameContains.length > 200) throw userError('nameContains must be at most 200 characters');
    const params = {
      ...spec.filterParams(filter),
      region: filter.region ?? null,
      industry: filter.industry ?? null,
      nameContains: filter.nameContains ?? null,
      includeSubIndustries: filter.includeSubIndustries !== false,
    };
    const desc = args.orderBy?.direction === 'DESC';
    const vars = { label: spec.label, industryType: spec.industryType };
    // One statement per sort key and direction (template values from the whitelist above).
    const pageVars = { ...vars, sortKey: sort.property, direction: desc ? 'DESC' : 'ASC', after: desc ? '<' : '>' };
    const pageParams = { ...params, nullKey: sort.nullKey, afterKey, afterId };
    // With relationship fields selected: the page, its nested fields and its count when
    // selected in one statement (compiled/page), and the filter's ids checked in the same
    // transaction: one round trip.
    const plan = pagePlan(info);
    if (plan.fields.length) return compiledConnection(ctx, spec, filter, plan, { ...pageParams, limit }, sort.property, desc, selects(info, ['totalCount']));
    const rows = await withIdsChecked(
      ctx,
      filterIds(spec, filter),
      ctx.db.read(
        spec.query,
        {
          ...params,
          nullKey: sort.nullKey,
          afterKey,
          afterId,
          limit: limit + 1, // one more than asked tells whether there is a next page
        },
        pageVars,
      ),
    );
    const page = rows.slice(0, limit);
    const edges = page.map((r) => ({ cursor: encodeCursor([r.key, (r.node as GraphNode).id]), node: r.node as GraphNode }));
    ctx.loaders.prime(edges.map((e) => e.node));
    return {
      edges,
      nodes: edges.map((e) => e.node),
      pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: async () => ((await ctx.db.read(`${spec.query}-count`, params, vars))[0]?.total as number) ?? 0,
    };
  };

/** Parameters of the keyset window, not of the filter. */
const PAGE_PARAMS = new Set(['nullKey', 'afterKey', 'afterId', 'limit']);

/**
 * A list connection with nested relationship fields, in one transaction: compiled/page (the
 * page, the fields, the count when selected) and, when the filter names ids, the lookup that
 * checks them, pipelined beside it. The ids are then checked from that lookup (primed into the
 * entities loader), so an unknown or wrong-kind id answers as on the other path.
 */
async function compiledConnection(
  ctx: Context,
  spec: ListSpec,
  filter: Record<string, unknown>,
  plan: Plan,
  params: Record<string, unknown>,
  sortKey: string,
  desc: boolean,
  count: boolean,
) {
  const ids = filterIds(spec, filter);
  const wanted = [...new Set(Object.values(ids).flatMap((a) => (a.id == null ? [] : [a.id])))];
  // No filter value at all: every node of the label (fragments/list-all), the same rows.
  const unfiltered = Object.entries(params).every(([k, v]) => v == null || k === 'includeSubIndustries' || PAGE_PARAMS.has(k));
  const statement = compilePage(
    ctx.db,
    { filter: unfiltered ? 'fragments/list-all' : spec.filter, vars: { label: spec.label, industryType: spec.industryType }, sortKey, desc, count, params },
    plan,
  );
  const steps = [...(wanted.length ? [{ name: 'loaders/entities', params: { ids: wanted } }] : []), statement];
  const results = await ctx.db.readMany(steps);
  if (wanted.length) {
    const found = new Map(results[0]!.map((r) => [r.id as string, r.node as GraphNode]));
    for (const id of wanted) ctx.loaders.entities.prime(id, found.get(id) ?? null);
    await checkIdArgs(ctx, ids);
  }
  const page = pageOf(results.at(-1)!);
  const edges = page.rows.map((r) => ({ cursor: encodeCursor([r.key, r.node.id]), node: r.node }));
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: { hasNextPage: page.more, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: page.total ?? 0,
  };
}

export const browseResolvers: Resolvers = {
  Query: {
    entity: lookup('Entity'),
    organization: lookupByIdOrExternal('Organization'),
    platform: lookup('Platform'),
    project: lookupByIdOrExternal('Project'),
    entityByExternalId: (_, args, ctx) => byExternalId(ctx, args.externalId),
    programme: lookup('Programme'),
    region: lookup('Region'),
    industry: lookup('Industry'),
    person: lookup('Person'),
    event: lookup('Event'),
    indicator: lookup('Indicator'),
    source: lookup('Source'),

    async search(_, args, ctx) {
      const { text, labels } = searchInput(args);
      const hits = await searchHits(ctx.db, text, labels, 0, pageSize(args.first, MAX_SEARCH_PAGE, 10));
      ctx.loaders.prime(hits.map((h) => h.node));
      return hits.map((h) => ({ score: h.score, match: h.match, degree: h.degree, entity: h.node }));
    },

    async searchConnection(_, args, ctx) {
      const { text, labels, fingerprint } = searchInput(args);
      const limit = pageSize(args.first, MAX_SEARCH_PAGE, 10);
      const offset = searchOffset(args.after, fingerprint);
      const page = await searchPage(ctx.db, text, labels, offset, limit);
      ctx.loaders.prime(page.hits.map((h) => h.node));
      const edges = page.hits.map((h, i) => ({
        cursor: encodeCursor([fingerprint, offset + i + 1]),
        score: h.score,
        match: h.match,
        degree: h.degree,
        node: h.node,
      }));
      return {
        edges,
        nodes: edges.map((e) => e.node),
        truncated: page.truncated,
        pageInfo: { hasNextPage: offset + edges.length < page.ranked, endCursor: edges.at(-1)?.cursor ?? null },
        totalCount: page.total,
      };
    },

    organizations: connection({
      query: 'lists/organizations',
      filter: 'fragments/organization-filter',
      sortKeys: { NAME: { property: 'name', nullKey: '' }, FOUNDED: { property: 'founded', nullKey: -1 } },
      label: 'Organization',
      industryType: 'IN_INDUSTRY',
      idFilters: {},
      filterParams: (f) => {
        const bad = ((f.countries as string[] | null) ?? []).find((c) => !isCountry(c));
        if (bad !== undefined)
          throw userError(`filter.countries: ${echo(bad)} is not an ISO 3166-1 alpha-2 country code (e.g. CN, DE, FR)`, {
            argument: 'filter.countries',
          });
        return pick(f, ['kinds', 'countries', 'highTech', 'aboveDesignatedSize', 'foundedFrom', 'foundedTo']);
      },
    }),
    platforms: connection({
      query: 'lists/platforms',
      filter: 'fragments/platform-filter',
      sortKeys: { NAME: { property: 'name', nullKey: '' }, ESTABLISHED: { property: 'established', nullKey: -1 } },
      label: 'Platform',
      industryType: 'SERVES',
      idFilters: { host: 'Organization' },
      filterParams: (f) => pick(f, ['kinds', 'levels', 'statuses', 'specializations', 'host', 'establishedFrom', 'establishedTo']),
    }),
    projects: connection({
      query: 'lists/projects',
      filter: 'fragments/project-filter',
      sortKeys: {
        NAME: { property: 'name', nullKey: '' },
        START_YEAR: { property: 'startYear', nullKey: -1 },
        FUNDING: { property: 'funding', nullKey: -1 },
      },
      label: 'Project',
      industryType: 'IN_INDUSTRY',
      idFilters: { undertaker: 'Organization' },
      filterParams: (f) => {
        // Amounts compare only within one currency: a bound without one would mix EUR and CNY.
        if ((f.fundingMin != null || f.fundingMax != null) && f.fundingCurrency == null)
          throw userError('fundingMin and fundingMax compare amounts in one currency: give fundingCurrency too (e.g. "CNY")', {
            argument: 'filter.fundingCurrency',
          });
        if (f.fundingCurrency != null && !isCurrency(f.fundingCurrency as string))
          throw userError(`filter.fundingCurrency must be an ISO 4217 code such as EUR, CNY or USD, got ${echo(f.fundingCurrency)}`, {
            argument: 'filter.fundingCurrency',
          });
        return pick(f, ['levels', 'undertaker', 'yearFrom', 'yearTo', 'fundingCurrency', 'fundingMin', 'fundingMax']);
      },
    }),

    async regions(_, args, ctx) {
      const read = ctx.db.read('lists/regions', { level: args.level ?? null, parent: args.parent ?? null, limit: pageSize(args.first, 1000, 100) });
      const rows = await withIdsChecked(ctx, { parent: { id: args.parent, types: ['Region'] } }, read);
      return rows.map((r) => r.node as GraphNode);
    },

    async indicators(_, args, ctx) {
      const read = ctx.db.read('lists/indicators', {
        metric: args.metric ?? null,
        about: args.about ?? null,
        year: args.year ?? null,
        limit: pageSize(args.first, 1000, 100),
      });
      const rows = await withIdsChecked(ctx, { about: { id: args.about, types: INDICATOR_SUBJECT_TYPES } }, read);
      return rows.map((r) => r.node as GraphNode);
    },
  },
};
