// Field resolvers of the entity types: scalar properties come straight from the node; relationship
// fields come from the table below (src/resolvers/relations.ts); provenance from the element itself.
import { JSONResolver } from 'graphql-scalars';
import type { EntityResolvers, PersonRole, Resolvers } from '../generated/graphql.js';
import type { GraphNode } from '../graph/loaders.js';
import { displayName, externalIdsOf, money } from '../model/codes.js';
import { primaryLabel } from '../model/labels.js';
import type { Context } from '../server/context.js';
import { affiliation, funding, membership, participation, programmeParticipation, relationResolvers, supply } from './relations.js';

/** A node's GraphQL type: the name of its primary label (Organization, Platform, ...). */
export function graphqlType(n: { labels: string[] }): string | undefined {
  return primaryLabel(n.labels);
}

/** The object types implementing Entity, as the SDL lists them. */
type EntityTypeName = NonNullable<Awaited<ReturnType<EntityResolvers['__resolveType']>>>;

/** Provenance of a node or of an edge object (relationship properties are spread into it). */
const provenance = (o: Record<string, unknown>) => ({
  source: o.source,
  evidence: o.evidence,
  note: o.note,
  inferred: o.inferred,
  importFile: o.importFile,
  importLine: o.importLine,
  editedAt: o.editedAt,
  editedBy: o.editedBy,
  mergedFrom: o.mergedFrom,
});

const named = { aliases: (n: GraphNode) => (n.aliases as string[] | undefined) ?? [], displayName, provenance };
/** Organizations and projects: names may be absent, external ids present. */
const identified = { ...named, externalIds: (n: GraphNode) => externalIdsOf(n.externalIds) };

export const entityResolvers: Resolvers = {
  JSON: JSONResolver,
  Entity: { __resolveType: (n) => graphqlType(n) as EntityTypeName },
  Provenance: {
    source: (p: { source?: string }, _: unknown, ctx: Context) => (p.source ? ctx.loaders.entities.load(p.source) : null),
  },
  Source: { name: (n: GraphNode) => n.title as string, displayName, provenance },
  Organization: {
    ...identified,
    ...relationResolvers('Organization', {
      region: { type: 'LOCATED_IN', dir: 'OUT', single: true },
      industries: { type: 'IN_INDUSTRY', dir: 'OUT' },
      platforms: { type: 'MEMBER_OF', dir: 'OUT', shape: membership('self') },
      hostedPlatforms: { type: 'HOSTED_BY', dir: 'IN' },
      projects: { type: 'UNDERTAKES', dir: 'OUT', shape: participation('self') },
      funded: { type: 'FUNDS', dir: 'OUT', shape: funding('self') },
      suppliers: { type: 'SUPPLIES', dir: 'IN', shape: supply('customer') },
      customers: { type: 'SUPPLIES', dir: 'OUT', shape: supply('supplier') },
      programmes: { type: 'PARTICIPATES_IN', dir: 'OUT', shape: programmeParticipation('participant') },
      people: { type: 'AFFILIATED_WITH', dir: 'IN', shape: affiliation('organization') },
    }),
  },
  Platform: {
    ...named,
    ...relationResolvers('Platform', {
      host: { type: 'HOSTED_BY', dir: 'OUT', single: true },
      region: { type: 'LOCATED_IN', dir: 'OUT', single: true },
      industries: { type: 'SERVES', dir: 'OUT' },
      members: { type: 'MEMBER_OF', dir: 'IN', shape: membership('other') },
      projects: { type: 'SUPPORTS', dir: 'OUT' },
      programmes: { type: 'PARTICIPATES_IN', dir: 'OUT', shape: programmeParticipation('participant') },
      people: { type: 'AFFILIATED_WITH', dir: 'IN', shape: affiliation('organization') },
      indicators: { type: 'ABOUT', dir: 'IN' },
    }),
  },
  Project: {
    ...identified,
    funding: (n: GraphNode) => money(n.funding, n.currency),
    ...relationResolvers('Project', {
      participants: { type: 'UNDERTAKES', dir: 'IN', shape: participation('other') },
      funders: { type: 'FUNDS', dir: 'IN', shape: funding('other') },
      platforms: { type: 'SUPPORTS', dir: 'IN' },
      region: { type: 'LOCATED_IN', dir: 'OUT', single: true },
      industries: { type: 'IN_INDUSTRY', dir: 'OUT' },
    }),
  },
  Programme: {
    ...named,
    ...relationResolvers('Programme', {
      region: { type: 'LOCATED_IN', dir: 'OUT', single: true },
      industries: { type: 'SERVES', dir: 'OUT' },
      participants: { type: 'PARTICIPATES_IN', dir: 'IN', shape: programmeParticipation('programme') },
      indicators: { type: 'ABOUT', dir: 'IN' },
    }),
  },
  Region: {
    ...named,
    ...relationResolvers('Region', {
      parent: { type: 'PART_OF', dir: 'OUT', single: true },
      children: { type: 'PART_OF', dir: 'IN' },
      indicators: { type: 'ABOUT', dir: 'IN' },
    }),
  },
  Industry: {
    ...named,
    ...relationResolvers('Industry', {
      parent: { type: 'SUBINDUSTRY_OF', dir: 'OUT', single: true },
      children: { type: 'SUBINDUSTRY_OF', dir: 'IN' },
      // upstream, downstream, organizations: paged, in src/resolvers/industry-chain.ts
    }),
  },
  Person: {
    ...named,
    roles: (n: GraphNode) => (n.roles as PersonRole[] | undefined) ?? [],
    ...relationResolvers('Person', { affiliations: { type: 'AFFILIATED_WITH', dir: 'OUT', shape: affiliation('person') } }),
  },
  Event: {
    displayName,
    provenance,
    ...relationResolvers('Event', {
      region: { type: 'LOCATED_IN', dir: 'OUT', single: true },
      organizers: { type: 'ORGANIZED', dir: 'IN' },
      concerns: { type: 'CONCERNS', dir: 'OUT' },
      indicators: { type: 'ABOUT', dir: 'IN' },
    }),
  },
  Indicator: {
    name: (n: GraphNode) => n.label as string,
    displayName,
    money: (n: GraphNode) => (n.unit === 'CNY' ? money(n.value, 'CNY') : n.unit === 'MONEY' ? money(n.value, n.currency) : null),
    provenance,
    ...relationResolvers('Indicator', { about: { type: 'ABOUT', dir: 'OUT', single: true } }),
  },
  Membership: { provenance },
  Participation: { contribution: (p: Record<string, unknown>) => money(p.contribution, p.currency), provenance },
  Funding: { amount: (f: Record<string, unknown>) => money(f.amount, f.currency), provenance },
  SupplyLink: { provenance },
  IndustryLink: { provenance },
  ProgrammeParticipation: { contribution: (p: Record<string, unknown>) => money(p.contribution, p.currency), provenance },
  Affiliation: { provenance },
};
