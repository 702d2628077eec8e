// Every GraphQL operation the front end sends, against the public schema (schema/*.graphql),
// with the types of their answers. Kept in one file so a schema change shows up in one place.

import type { ApiEdge, ApiNode, Chain, ChainLink, EntityRef, MissingLink, Provenance } from '../graph/model.js';
import type { Client } from './client.js';

const NAMES = `__typename id name
  ... on Organization { nameZh orgKind: kind }
  ... on Platform { nameZh platformKind: kind level }
  ... on Region { nameZh regionLevel: level }
  ... on Industry { nameZh }
  ... on Person { nameZh }
  ... on Programme { nameZh }`;

/** The same for fields typed Organization (fragments on other types are invalid there). */
const ORG = '__typename id name nameZh orgKind: kind';

const PROVENANCE = 'provenance { evidence note inferred source { id title date url file } }';

export interface SearchHit {
  score: number;
  entity: EntityRef;
}

export const searchEntities = (client: Client, text: string, kinds: string[] | undefined, signal?: AbortSignal) =>
  client<{ search: SearchHit[] }>(
    `query Search($text: String!, $kinds: [EntityKind!]) { search(text: $text, kinds: $kinds, first: 10) { score entity { ${NAMES} } } }`,
    { text, kinds: kinds?.length ? kinds : undefined },
    signal,
  ).then((d) => d.search);

export interface Neighborhood {
  nodes: ApiNode[];
  edges: ApiEdge[];
  truncated: boolean;
  totalNodes: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export const NEIGHBORHOOD = `query Neighborhood($id: ID!, $depth: Int, $kinds: [EntityKind!], $rels: [NeighborhoodRel!], $limitPerKind: Int, $first: Int, $after: String) {
  neighborhood(id: $id, depth: $depth, kinds: $kinds, relationshipTypes: $rels, limitPerKind: $limitPerKind, first: $first, after: $after) {
    totalNodes truncated pageInfo { hasNextPage endCursor }
    nodes { id kind label depth properties }
    edges { id type source target properties }
  }
}`;

export const neighborhood = (
  client: Client,
  vars: { id: string; depth?: number; kinds?: string[]; rels?: string[]; limitPerKind?: number; first?: number; after?: string },
) =>
  client<{ neighborhood: Neighborhood }>(NEIGHBORHOOD, {
    ...vars,
    kinds: vars.kinds?.length ? vars.kinds : undefined,
    rels: vars.rels?.length ? vars.rels : undefined,
  }).then((d) => d.neighborhood);

const END = `organization { id } relationship role chainPosition since year ${PROVENANCE}`;

export const collaborationChain = (client: Client, from: string, to: string, k: number) =>
  client<{ collaborationChain: Chain[] }>(
    `query Chain($from: ID!, $to: ID!, $k: Int) {
      collaborationChain(from: $from, to: $to, k: $k, maxHops: 4) {
        length
        organizations { ${ORG} }
        hops {
          via
          from { ${ORG} } to { ${ORG} }
          connector { __typename ... on Platform { id name nameZh platformKind: kind level } ... on Project { id name } ... on SupplyLink { product since } }
          fromEnd { ${END} } toEnd { ${END} }
        }
      }
    }`,
    { from, to, k },
  ).then((d) => d.collaborationChain);

const LINK = `depth product since from { ${NAMES} } to { ${NAMES} } ${PROVENANCE}`;

export const supplyChain = (client: Client, id: string, depth: number, industry: string | undefined) =>
  client<{ entity: SearchHit['entity'] | null; upstream: ChainLinkPage; downstream: ChainLinkPage }>(
    `query Supply($id: ID!, $depth: Int, $industry: ID) {
      entity(id: $id) { ${NAMES} }
      upstream(id: $id, depth: $depth, industry: $industry) { totalCount nodes { ${LINK} } }
      downstream(id: $id, depth: $depth, industry: $industry) { totalCount nodes { ${LINK} } }
    }`,
    { id, depth, industry },
  ).then((d) => ({
    entity: d.entity,
    upstream: d.upstream.nodes,
    downstream: d.downstream.nodes,
    truncated: d.upstream.totalCount > d.upstream.nodes.length || d.downstream.totalCount > d.downstream.nodes.length,
  }));

/** upstream/downstream answer a page of links with the total. */
interface ChainLinkPage {
  totalCount: number;
  nodes: ChainLink[];
}

export const missingLinks = (client: Client, region: string, industry: string) =>
  client<{ missingLinks: MissingLink[] }>(
    `query Gaps($region: ID!, $industry: ID!) { missingLinks(region: $region, industry: $industry, depth: 3) { position distance enterpriseCount missing industry { id name nameZh } } }`,
    { region, industry },
  ).then((d) => d.missingLinks);

export interface Indicator {
  id: string;
  label: string;
  metric: string;
  value: number;
  unit: string;
  year?: number | null;
  period?: string | null;
  scope?: string | null;
  platformKind?: string | null;
  level?: string | null;
  about?: { id: string; name: string } | null;
  provenance: Provenance;
}

const INDICATOR = `id label metric value unit year period scope platformKind level about { id name } ${PROVENANCE}`;

export interface RegionFigures {
  region: { id: string; name: string; nameZh?: string | null; level: string } | null;
  platformCounts: {
    total: number;
    byKindAndLevel: { kind: string; level: string | null; count: number }[];
    reported: Indicator[];
  };
  regionIndicators: Indicator[];
}

export const regionFigures = (client: Client, region: string) =>
  client<RegionFigures>(
    `query RegionFigures($region: ID!) {
      region(id: $region) { id name nameZh level }
      platformCounts(region: $region, includeSubRegionIndicators: true) { total byKindAndLevel { kind level count } reported { ${INDICATOR} } }
      regionIndicators(region: $region) { ${INDICATOR} }
    }`,
    { region },
  );

export const sourceText = (client: Client, id: string) =>
  client<{ source: { id: string; title: string; date: string | null; url: string | null; file: string | null; publisher: string | null } | null }>(
    'query Source($id: ID!) { source(id: $id) { id title date url file publisher } }',
    { id },
  ).then((d) => d.source);

export const graphSize = (client: Client) =>
  client<{ health: { nodeCount: number; relationshipCount: number; status: string } }>('query Size { health { status nodeCount relationshipCount } }').then(
    (d) => d.health,
  );

/** An entity's names by id (for fields opened from a URL that name an entity not drawn). */
export const entityName = (client: Client, id: string) =>
  client<{ entity: EntityRef | null }>(`query Name($id: ID!) { entity(id: $id) { ${NAMES} } }`, { id }).then((d) => d.entity);
