// Generated from schema/*.graphql by `npm run codegen` (codegen.ts). Do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { GraphNode } from '../graph/loaders.js';
import type { ConnectorRow } from '../analytics/network/worker.js';
import type { Segment } from '../traversal/industry-chain.js';
import type { Context } from '../server/context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Arbitrary JSON: node and edge properties in graph-shaped results. */
  JSON: { input: unknown; output: unknown; }
};

export type Affiliation = {
  __typename?: 'Affiliation';
  /** An organization or platform. */
  organization: Entity;
  person: Person;
  provenance: Provenance;
  role: PersonRole;
  title?: Maybe<Scalars['String']['output']>;
};

export type AffiliationConnection = {
  __typename?: 'AffiliationConnection';
  edges: Array<AffiliationEdge>;
  nodes: Array<Affiliation>;
  pageInfo: PageInfo;
  /** Counted in the database; computed only when asked for. */
  totalCount: Scalars['Int']['output'];
};

export type AffiliationEdge = {
  __typename?: 'AffiliationEdge';
  cursor: Scalars['String']['output'];
  node: Affiliation;
};

export type ChainDirection =
  /** Both (an argument: search both ways; on a partner: paths lead both ways). */
  | 'BOTH'
  /** The partner is downstream: it is supplied by the organization, directly or along the chain. */
  | 'DOWNSTREAM'
  /** The partner is upstream: it supplies the organization, directly or along the chain. */
  | 'UPSTREAM';

/** One step of a chain: two organizations and what joins them. */
export type ChainHop = {
  __typename?: 'ChainHop';
  /** The platform or project both take part in, or the supply link (with its product) between them. */
  connector: HopConnector;
  from: Organization;
  /** How `from` takes part in the connector. */
  fromEnd: HopEnd;
  to: Organization;
  /** How `to` takes part in the connector. */
  toEnd: HopEnd;
  via: CollaborationVia;
};

/** A supply link (SUPPLIES) or an industry link (UPSTREAM_OF) reached by upstream/downstream. */
export type ChainLink = {
  __typename?: 'ChainLink';
  /** Links away from the start: 1 for a direct supplier or customer. */
  depth: Scalars['Int']['output'];
  /** The supplying side (supplier organization or upstream industry). */
  from: Entity;
  product?: Maybe<Scalars['String']['output']>;
  provenance: Provenance;
  /** Year the supply began (SUPPLIES). */
  since?: Maybe<Scalars['Int']['output']>;
  /** The receiving side (customer organization or downstream industry). */
  to: Entity;
};

/** A page of the links upstream or downstream found. */
export type ChainLinkConnection = {
  __typename?: 'ChainLinkConnection';
  /** This page's links, nearest first, then by the ids of both ends. */
  nodes: Array<ChainLink>;
  pageInfo: PageInfo;
  /** Links within `depth` (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** An organization up or down the chain, with why. */
export type ChainPartner = {
  __typename?: 'ChainPartner';
  /** UPSTREAM or DOWNSTREAM; BOTH when paths lead both ways (a cycle in the chain, or both kinds). */
  direction: ChainDirection;
  /** Length of the shortest of `paths`. */
  distance: Scalars['Int']['output'];
  organization: Organization;
  /**
   * The shortest path of each kind (SUPPLY, INDUSTRY_CHAIN) and direction that reaches the partner
   * within `depth`, shortest first, SUPPLY before INDUSTRY_CHAIN, then UPSTREAM before DOWNSTREAM
   * on a tie. Among equally short paths of one kind, each node is reached from the lowest-id node
   * of the level before it; an industry path ends at the partner's lowest-id nearest industry.
   */
  paths: Array<ChainPath>;
};

export type ChainPartnerConnection = {
  __typename?: 'ChainPartnerConnection';
  /** This page's partners, nearest first, then by id. */
  nodes: Array<ChainPartner>;
  pageInfo: PageInfo;
  /** Partners within `depth` that pass the filters (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** One justification for a partner: supply links, or industries joined by UPSTREAM_OF. */
export type ChainPath = {
  __typename?: 'ChainPath';
  /** UPSTREAM or DOWNSTREAM. */
  direction: ChainDirection;
  /** Supply links or UPSTREAM_OF steps. */
  distance: Scalars['Int']['output'];
  /** INDUSTRY_CHAIN: how the organization is in the industry the chain starts from. */
  fromIndustry?: Maybe<IndustryMembership>;
  /** INDUSTRY_CHAIN: the UPSTREAM_OF links, walking from the organization's industry to the partner's (each with its product and provenance). Empty for SUPPLY. */
  industryLinks: Array<IndustryLink>;
  /** SUPPLY: the supply links, walking from the organization to the partner (each with its product, year and provenance). Empty for INDUSTRY_CHAIN. */
  supplies: Array<SupplyLink>;
  /** INDUSTRY_CHAIN: how the partner is in the industry the chain ends at. */
  toIndustry?: Maybe<IndustryMembership>;
  via: ChainVia;
};

export type ChainPosition =
  | 'DOWNSTREAM'
  | 'MIDSTREAM'
  | 'UPSTREAM';

/** One industry of the chain around an industry, with the enterprises of a region in it. */
export type ChainSegment = {
  __typename?: 'ChainSegment';
  /** Enterprises in this segment located outside the region: who could fill the gap. Empty without a region. By name then id, `first` 0..200. */
  candidates: OrganizationConnection;
  /** Whether a missing segment is a finding or thin data; see SegmentCoverage. */
  coverage: SegmentCoverage;
  /** One sentence for a dashboard, saying what `coverage` means for this segment. */
  coverageNote: Scalars['String']['output'];
  /** UPSTREAM_OF steps from the given industry: negative upstream, 0 itself, positive downstream. */
  distance: Scalars['Int']['output'];
  /** Enterprises located in the region (or a sub-region; the whole graph without a region) in this industry (or a sub-industry, with includeSubIndustries). */
  enterpriseCount: Scalars['Int']['output'];
  /** Enterprises in this segment anywhere in the graph. */
  graphEnterpriseCount: Scalars['Int']['output'];
  industry: Industry;
  /** True when enterpriseCount is 0. */
  missing: Scalars['Boolean']['output'];
  /** The region's enterprises in this segment, by name then id, `first` 0..200 a page. */
  organizations: OrganizationConnection;
  /** UPSTREAM or DOWNSTREAM of the given industry, or MIDSTREAM for the industry itself. */
  position: ChainPosition;
  /** True when enterpriseCount > 0: the region has this segment. */
  present: Scalars['Boolean']['output'];
  /** The region has enterprises in a segment farther downstream of this one. */
  regionHasDownstream: Scalars['Boolean']['output'];
  /** The region has enterprises in a segment farther upstream of this one (negative side). */
  regionHasUpstream: Scalars['Boolean']['output'];
};


/** One industry of the chain around an industry, with the enterprises of a region in it. */
export type ChainSegmentCandidatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One industry of the chain around an industry, with the enterprises of a region in it. */
export type ChainSegmentOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What may put an organization up or down the chain of another. */
export type ChainVia =
  /** Industries: the organizations' industries (IN_INDUSTRY) linked by UPSTREAM_OF. */
  | 'INDUSTRY_CHAIN'
  /** Supply links between organizations (SUPPLIES). */
  | 'SUPPLY';

export type CollaborationChain = {
  __typename?: 'CollaborationChain';
  hops: Array<ChainHop>;
  /** Number of hops (organizations in the chain minus one). */
  length: Scalars['Int']['output'];
  /** The organizations from `from` to `to`. */
  organizations: Array<Organization>;
};

/** What may join two organizations in a collaboration chain. */
export type CollaborationVia =
  /** One funds a project (FUNDS) the other undertakes or funds; not in the default. */
  | 'FUNDING'
  /** Both are members of a platform (MEMBER_OF), or one hosts it (HOSTED_BY) and the other is a member. */
  | 'PLATFORM'
  /** Both undertake a project (UNDERTAKES). */
  | 'PROJECT'
  /** One supplies the other (SUPPLIES), in either direction. */
  | 'SUPPLY';

export type Communities = {
  __typename?: 'Communities';
  analysis: NetworkAnalysis;
  communities: Array<Community>;
  /** All communities found (not only those returned). */
  count: Scalars['Int']['output'];
  method: Scalars['String']['output'];
  modularity: Scalars['Float']['output'];
};

export type Community = {
  __typename?: 'Community';
  /** Industries most of its members are IN_INDUSTRY of, with member counts (up to 5). */
  industries: Array<IndustryShare>;
  /** Regions its members are LOCATED_IN, with member counts (up to 5). */
  regions: Array<RegionShare>;
  size: Scalars['Int']['output'];
  /** Members with the most collaborators, most first. */
  topMembers: Array<CommunityMember>;
};

export type CommunityMember = {
  __typename?: 'CommunityMember';
  collaborators: Scalars['Int']['output'];
  organization: Organization;
};

export type ComponentSummary = {
  __typename?: 'ComponentSummary';
  count: Scalars['Int']['output'];
  /** Sizes of the ten largest components, largest first. */
  largest: Array<Scalars['Int']['output']>;
  /** Components of one organization (isolated organizations). */
  singletons: Scalars['Int']['output'];
};

export type Connector = {
  __typename?: 'Connector';
  /** Betweenness centrality in [0, 1], normalized by (n-1)(n-2)/2 for n organizations in scope. */
  betweenness: Scalars['Float']['output'];
  /** Distinct organizations in scope it shares a platform or project with, or supplies or is supplied by. */
  collaborators: Scalars['Int']['output'];
  /**
   * How betweenness was computed: "exact", or "sampled: k pivot sources of n, scaled by n/k"
   * (source organizations drawn with a fixed seed) when the scope is too large for the exact algorithm.
   */
  method: Scalars['String']['output'];
  organization: Organization;
  /** Platforms it is a member or host of. */
  platforms: Scalars['Int']['output'];
  /** Projects it undertakes. */
  projects: Scalars['Int']['output'];
  /** 1 = highest by the measure asked for; equal values share a rank. */
  rank: Scalars['Int']['output'];
};

export type ConnectorMeasure =
  /** Normalized betweenness centrality on the collaboration graph in scope. */
  | 'BETWEENNESS'
  /** Distinct collaborators in scope. */
  | 'COLLABORATORS';

/**
 * How much of a reported population the graph holds, so that a dashboard can tell a finding from
 * thin data: a figure computed over 1 of 65 reported platforms describes the sample the sources
 * named, not the region.
 */
export type Coverage = {
  __typename?: 'Coverage';
  /** What the graph holds of the same population. */
  inGraph: Scalars['Float']['output'];
  /** The reported figure compared with. */
  indicator: Indicator;
  level: CoverageLevel;
  /** One sentence for a dashboard, e.g. "1 of the 65 provincial-level platforms reported are in the graph (1.5 %): figures computed here describe a small sample, not the whole." */
  note: Scalars['String']['output'];
  /** inGraph / reported × 100, to one decimal; null when reported is 0. */
  percent?: Maybe<Scalars['Float']['output']>;
  /** The indicator's value. */
  reported: Scalars['Float']['output'];
};

export type CoverageLevel =
  /** None of it (or, for a rank, no sibling to compare with). */
  | 'ABSENT'
  /** The graph holds at least 95 % of the reported population. */
  | 'COMPLETE'
  /** At least half of it. */
  | 'PARTIAL'
  /** Some, but less than half: computed figures describe a sample. */
  | 'THIN';

/** Funding of the projects in scope in one currency. */
export type CurrencyFunding = {
  __typename?: 'CurrencyFunding';
  /** ISO 4217 code. */
  currency: Scalars['String']['output'];
  /** Their funding summed. */
  funding: Money;
  /** The part of it whose projects are platform-backed. */
  platformBackedFunding: Money;
  /** Projects whose funding is in this currency. */
  projects: Scalars['Int']['output'];
  /** platformBackedFunding / funding × 100; null when funding is 0. */
  share?: Maybe<Scalars['Float']['output']>;
};

export type DegreeBucket = {
  __typename?: 'DegreeBucket';
  count: Scalars['Int']['output'];
  max: Scalars['Int']['output'];
  min: Scalars['Int']['output'];
};

export type DegreeSummary = {
  __typename?: 'DegreeSummary';
  /** Organizations by number of collaborators in buckets 0, 1, 2-3, 4-7, 8-15, ... */
  distribution: Array<DegreeBucket>;
  max: Scalars['Int']['output'];
  /** Mean number of collaborators. */
  mean: Scalars['Float']['output'];
  median: Scalars['Int']['output'];
};

export type DeleteResult = {
  __typename?: 'DeleteResult';
  /** Relationships deleted with the node, by type and direction. */
  detached: Array<LinkTally>;
  /** The node as it was; its relationship fields are empty now. */
  entity: Entity;
  id: Scalars['ID']['output'];
  /** Number of distinct neighbours it was linked to. */
  neighbourCount: Scalars['Int']['output'];
  /** Ids of the neighbours, the first 100 by id. */
  neighbours: Array<Scalars['ID']['output']>;
  relationshipCount: Scalars['Int']['output'];
};

/**
 * Any node of the model. Every node has a globally unique id of the form kind:name: a lower-case
 * kind, a colon, then letters or digits of any script and punctuation, no spaces or control
 * characters, at most 200 characters (org:shengong-semiconductor, ind:顺丁橡胶). Ids are stored
 * and looked up exactly as given.
 */
export type Entity = {
  /** What to show: the name, else the Chinese name, else a label made from the first external id ("PIC 999993953"). Never stored, so never searched. */
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /**
   * The name (the title, for projects). Null for an organization or project that a registry lists
   * only by its Chinese name or by an external id; use displayName to show it. Nullable on every
   * entity type alike, so that selections of name across types (search hits, concerns) merge.
   */
  name?: Maybe<Scalars['String']['output']>;
  provenance: Provenance;
};

export type EntityConnection = {
  __typename?: 'EntityConnection';
  edges: Array<EntityEdge>;
  nodes: Array<Entity>;
  pageInfo: PageInfo;
  /** Counted in the database; computed only when asked for. */
  totalCount: Scalars['Int']['output'];
};

export type EntityEdge = {
  __typename?: 'EntityEdge';
  cursor: Scalars['String']['output'];
  node: Entity;
};

/** The kinds of node, for search filters and graph-shaped results. */
export type EntityKind =
  | 'EVENT'
  | 'INDICATOR'
  | 'INDUSTRY'
  | 'ORGANIZATION'
  | 'PERSON'
  | 'PLATFORM'
  | 'PROGRAMME'
  | 'PROJECT'
  | 'REGION'
  | 'SOURCE';

export type Event = Entity & {
  __typename?: 'Event';
  /** What the event was about (a platform, a programme, another event). */
  concerns: Array<Entity>;
  /** concerns, a page at a time in (name, id) order, to the end of any hub (at most 500 a page). */
  concernsConnection: EntityConnection;
  date?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  indicators: Array<Indicator>;
  /** indicators, a page at a time in (name, id) order, to the end of any hub (at most 500 a page). */
  indicatorsConnection: IndicatorConnection;
  kind: EventKind;
  name?: Maybe<Scalars['String']['output']>;
  organizers: Array<Organization>;
  /** organizers, a page at a time in (name, id) order, to the end of any hub (at most 500 a page). */
  organizersConnection: OrganizationConnection;
  provenance: Provenance;
  region?: Maybe<Region>;
};


export type EventConcernsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EventConcernsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EventIndicatorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EventIndicatorsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EventOrganizersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EventOrganizersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EventKind =
  | 'ACHIEVEMENT_FAIR'
  | 'FIELD_SURVEY'
  | 'MEETING'
  | 'TRAINING';

/**
 * An identifier of an organization or project in another registry: PIC (EU participant
 * identification code), USCC (统一社会信用代码, unified social credit code), ROR, LEI, WIKIDATA, or any
 * other scheme of capitals. Unique: no two entities share one.
 */
export type ExternalId = {
  __typename?: 'ExternalId';
  scheme: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

/** An external id to look up by, e.g. {scheme: "PIC", value: "999993953"}; the value is read in the scheme's normal form (ROR urls, lower-case USCC accepted). */
export type ExternalIdInput = {
  scheme: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

export type Funding = {
  __typename?: 'Funding';
  amount?: Maybe<Money>;
  /** @deprecated Use amount { amount currency }. */
  currency?: Maybe<Scalars['String']['output']>;
  funder: Organization;
  project: Project;
  provenance: Provenance;
  year?: Maybe<Scalars['Int']['output']>;
};

export type FundingConnection = {
  __typename?: 'FundingConnection';
  edges: Array<FundingEdge>;
  nodes: Array<Funding>;
  pageInfo: PageInfo;
  /** Counted in the database; computed only when asked for. */
  totalCount: Scalars['Int']['output'];
};

export type FundingEdge = {
  __typename?: 'FundingEdge';
  cursor: Scalars['String']['output'];
  node: Funding;
};

export type GraphEdgeOut = {
  __typename?: 'GraphEdgeOut';
  /** Stable id: source, type and target, e.g. org:a-MEMBER_OF->plat:b. */
  id: Scalars['ID']['output'];
  /** The relationship's stored properties (role, product, provenance, ...). */
  properties: Scalars['JSON']['output'];
  /** Id of the start node (the relationship's direction). */
  source: Scalars['ID']['output'];
  /** Id of the end node. */
  target: Scalars['ID']['output'];
  type: NeighborhoodRel;
};

export type GraphNodeOut = {
  __typename?: 'GraphNodeOut';
  /** Breadth-first distance from the start node (0 for the start node). */
  depth: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: EntityKind;
  /** Display name, as Entity.displayName (a source's title, an indicator's label, a label from an external id). */
  label: Scalars['String']['output'];
  /** The node's stored properties (including provenance). */
  properties: Scalars['JSON']['output'];
};

/** Liveness of the service and the database behind it, answered from the real Neo4j. */
export type Health = {
  __typename?: 'Health';
  /** The database the service reads and writes (NEO4J_DATABASE). */
  database: Scalars['String']['output'];
  /** community or enterprise. */
  neo4jEdition: Scalars['String']['output'];
  /** Version string Neo4j reports, e.g. 5.26.30. */
  neo4jVersion: Scalars['String']['output'];
  nodeCount: Scalars['Int']['output'];
  relationshipCount: Scalars['Int']['output'];
  /** Always OK when the service answers at all. */
  status: Scalars['String']['output'];
};

export type HopConnector = Platform | Project | SupplyLink;

/** The relationship joining one end of a hop to its connector (for SUPPLY, the supply link itself). */
export type HopEnd = {
  __typename?: 'HopEnd';
  /** Position along the industrial chain (memberships). */
  chainPosition?: Maybe<ChainPosition>;
  organization: Organization;
  provenance: Provenance;
  relationship: HopRelationship;
  /**
   * MEMBER_OF: the member role (LEAD, MEMBER, SUPPORT, GUIDE, PARTNER); HOSTED_BY: HOST;
   * UNDERTAKES: LEAD or PARTICIPANT; FUNDS: FUNDER; SUPPLIES: SUPPLIER or CUSTOMER.
   */
  role?: Maybe<HopRole>;
  /** Year the membership or supply began. */
  since?: Maybe<Scalars['Int']['output']>;
  /** Year of the project undertaking or funding. */
  year?: Maybe<Scalars['Int']['output']>;
};

export type HopRelationship =
  | 'FUNDS'
  | 'HOSTED_BY'
  | 'MEMBER_OF'
  | 'SUPPLIES'
  | 'UNDERTAKES';

export type HopRole =
  | 'CUSTOMER'
  | 'FUNDER'
  | 'GUIDE'
  | 'HOST'
  | 'LEAD'
  | 'MEMBER'
  | 'PARTICIPANT'
  | 'PARTNER'
  | 'SUPPLIER'
  | 'SUPPORT';

export type ImportSummary = {
  __typename?: 'ImportSummary';
  /** Rows that repeated an earlier row of their file exactly (same id or link, same values): merged into it, not written twice. A repeat with different values rejects the import. */
  duplicatesMerged: Scalars['Int']['output'];
  /** Rows read per file, in the order they were written. */
  files: Array<ImportedFile>;
  nodesCreated: Scalars['Int']['output'];
  propertiesSet: Scalars['Int']['output'];
  relationshipsCreated: Scalars['Int']['output'];
  rows: Scalars['Int']['output'];
  seconds: Scalars['Float']['output'];
  /** Rows the graph already held as they are (the node or relationship still carries the row's importHash, unedited since): skipped, so a re-import of unchanged data writes nothing. */
  unchanged: Scalars['Int']['output'];
  /** A warning per merged row (the first 50), naming the file, line and the line it repeats. */
  warnings: Array<ImportWarning>;
};

export type ImportWarning = {
  __typename?: 'ImportWarning';
  file: Scalars['String']['output'];
  line?: Maybe<Scalars['Int']['output']>;
  message: Scalars['String']['output'];
};

export type ImportedFile = {
  __typename?: 'ImportedFile';
  /** Of those, rows merged into an identical earlier row. */
  duplicatesMerged: Scalars['Int']['output'];
  /** File name, e.g. organizations.csv. */
  name: Scalars['String']['output'];
  rows: Scalars['Int']['output'];
};

/** A figure a source states (a count, amount, share, rank or target), with its source. */
export type Indicator = Entity & {
  __typename?: 'Indicator';
  /** What the figure is about. */
  about?: Maybe<Entity>;
  /** True for figures stated as 'about', 'over', 'more than'. */
  approximate?: Maybe<Scalars['Boolean']['output']>;
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  level?: Maybe<Level>;
  metric: Scalars['String']['output'];
  /** The value as Money, for units CNY and MONEY; null for other units. */
  money?: Maybe<Money>;
  /** Same as label. */
  name?: Maybe<Scalars['String']['output']>;
  period?: Maybe<Scalars['String']['output']>;
  platformKind?: Maybe<PlatformKind>;
  provenance: Provenance;
  scope?: Maybe<Scalars['String']['output']>;
  specialization?: Maybe<Specialization>;
  unit: Unit;
  value: Scalars['Float']['output'];
  year?: Maybe<Scalars['Int']['output']>;
};

export type IndicatorConnection = {
  __typename?: 'IndicatorConnection';
  edges: Array<IndicatorEdge>;
  nodes: Array<Indicator>;
  pageInfo: PageInfo;
  /** Counted in the database; computed only when asked for. */
  totalCount: Scalars['Int']['output'];
};

export type IndicatorEdge = {
  __typename?: 'IndicatorEdge';
  cursor: Scalars['String']['output'];
  node: Indicator;
};

export type Industry = Entity & {
  __typename?: 'Industry';
  aliases: Array<Scalars['String']['output']>;
  children: Array<Industry>;
  /** children, a page at a time in (name, id) order, to the end of any hub (at most 500 a page). */
  childrenConnection: IndustryConnection;
  displayName: Scalars['String']['output'];
  /** Industries this one supplies (one step down the chain), by id, `first` 0..500 a page; `totalCount` counts them all. */
  downstream: IndustryLinkConnection;
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  nameZh?: Maybe<Scalars['String']['output']>;
  /**
   * Organizations tagged with this industry (IN_INDUSTRY) or, when `includeSubIndustries` (the
   * default), with one of its sub-industries; `includeSubIndustries: false` is "exactly this
   * industry". `region` keeps those located in it or a sub-region, `kinds` those kinds. By name
   * then id, `first` 0..200 a page; `totalCount` counts them all.
   */
  organizations: OrganizationConnection;
  parent?: Maybe<Industry>;
  provenance: Provenance;
  /** Industries that supply this one (one step up the chain), by id, `first` 0..500 a page; `totalCount` counts them all. */
  upstream: IndustryLinkConnection;
};


export type IndustryChildrenArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type IndustryChildrenConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type IndustryDownstreamArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type IndustryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeSubIndustries?: InputMaybe<Scalars['Boolean']['input']>;
  kinds?: InputMaybe<Array<OrgKind>>;
  region?: InputMaybe<Scalars['ID']['input']>;
};


export type IndustryUpstreamArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The industrial chain around an industry, for a region (or the whole graph). */
export type IndustryChain = {
  __typename?: 'IndustryChain';
  depth: Scalars['Int']['output'];
  includeSubIndustries: Scalars['Boolean']['output'];
  industry: Industry;
  /** The segments with no enterprise in the region (or in the graph, without a region). */
  missing: Array<ChainSegment>;
  /** Null: the whole graph. */
  region?: Maybe<Region>;
  /** From the farthest upstream to the farthest downstream. */
  segments: Array<ChainSegment>;
};

export type IndustryConnection = {
  __typename?: 'IndustryConnection';
  edges: Array<IndustryEdge>;
  nodes: Array<Industry>;
  pageInfo: PageInfo;
  /** Counted in the database; computed only when asked for. */
  totalCount: Scalars['Int']['output'];
};

export type IndustryEdge = {
  __typename?: 'IndustryEdge';
  cursor: Scalars['String']['output'];
  node: Industry;
};

export type IndustryLink = {
  __typename?: 'IndustryLink';
  /** The consuming industry. */
  downstream: Industry;
  product?: Maybe<Scalars['String']['output']>;
  provenance: Provenance;
  /** The supplying industry. */
  upstream: Industry;
};

export type IndustryLinkConnection = {
  __typename?: 'IndustryLinkConnection';
  nodes: Array<IndustryLink>;
  pageInfo: PageInfo;
  /** Links of this industry in this direction (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** An organization's place in an industry: the IN_INDUSTRY tag, and the industry it counts for. */
export type IndustryMembership = {
  __typename?: 'IndustryMembership';
  /** The industry on the chain: the tagged one, or one it is a sub-industry of (includeSubIndustries). */
  industry: Industry;
  organization: Organization;
  provenance: Provenance;
  /** The industry the organization is tagged with (IN_INDUSTRY); its provenance is the tag's. */
  tagged: Industry;
};

export type IndustryShare = {
  __typename?: 'IndustryShare';
  count: Scalars['Int']['output'];
  industry: Industry;
};

/** Administrative level of a platform, project or programme. */
export type Level =
  | 'CROSS_REGIONAL'
  | 'DISTRICT'
  | 'ENTERPRISE'
  /** Above national: a multi-country programme or platform (e.g. an EU framework programme). */
  | 'INTERNATIONAL'
  | 'MUNICIPAL'
  | 'NATIONAL'
  | 'PROVINCIAL';

export type LinkDirection =
  /** To the node in question. */
  | 'IN'
  /** From the node in question. */
  | 'OUT';

/** The relationship kinds of the model (one per relationship file of the import format). */
export type LinkKind =
  | 'AFFILIATED_WITH'
  | 'ATTENDED'
  | 'AUTHORED'
  | 'CONCERNS'
  | 'FUNDS'
  | 'HOSTED_BY'
  | 'IN_INDUSTRY'
  | 'LOCATED_IN'
  | 'MEMBER_OF'
  | 'ORGANIZED'
  | 'PARTICIPATES_IN'
  | 'PART_OF'
  | 'SERVES'
  | 'SUBINDUSTRY_OF'
  | 'SUPPLIES'
  | 'SUPPORTS'
  | 'UNDERTAKES'
  | 'UPSTREAM_OF';

export type LinkResult = {
  __typename?: 'LinkResult';
  /** True when the relationship did not exist before. */
  created: Scalars['Boolean']['output'];
  from: Entity;
  kind: LinkKind;
  /** The relationship's stored properties, provenance and editedAt / editedBy included. */
  properties: Scalars['JSON']['output'];
  to: Entity;
};

/** A number of relationships of one type and direction. */
export type LinkTally = {
  __typename?: 'LinkTally';
  count: Scalars['Int']['output'];
  direction: LinkDirection;
  /** Relationship type (a LinkKind, or ABOUT for an indicator's subject). */
  type: Scalars['String']['output'];
};

export type MemberRole =
  | 'GUIDE'
  | 'LEAD'
  | 'MEMBER'
  | 'PARTNER'
  | 'SUPPORT';

export type Membership = {
  __typename?: 'Membership';
  chainPosition?: Maybe<ChainPosition>;
  organization: Organization;
  platform: Platform;
  provenance: Provenance;
  role: MemberRole;
  since?: Maybe<Scalars['Int']['output']>;
};

export type MembershipConnection = {
  __typename?: 'MembershipConnection';
  edges: Array<MembershipEdge>;
  nodes: Array<Membership>;
  pageInfo: PageInfo;
  /** Counted in the database; computed only when asked for. */
  totalCount: Scalars['Int']['output'];
};

export type MembershipEdge = {
  __typename?: 'MembershipEdge';
  cursor: Scalars['String']['output'];
  node: Membership;
};

export type MergeResult = {
  __typename?: 'MergeResult';
  /** Drop's name, Chinese name and aliases that keep did not have. */
  aliasesAdded: Array<Scalars['String']['output']>;
  /** Drop's relationships deleted with it: duplicates of keep's, and links between keep and drop. */
  discarded: Array<LinkTally>;
  /** The id of the deleted duplicate. */
  dropped: Scalars['ID']['output'];
  /** The node kept, as it is after the merge. */
  entity: Entity;
  /** Every id merged into keep so far. */
  mergedFrom: Array<Scalars['ID']['output']>;
  /** Relationships moved from drop to keep; direction as seen from the node. */
  moved: Array<LinkTally>;
  /** Fields keep lacked and took from drop. */
  propertiesFilled: Array<Scalars['String']['output']>;
};

/**
 * An amount of money in one currency. Amounts in different currencies are never added together:
 * sums come per currency.
 */
export type Money = {
  __typename?: 'Money';
  /** In the currency's unit (538 million yuan = 538000000). */
  amount: Scalars['Float']['output'];
  /** ISO 4217 code: EUR, CNY, USD, ... (amounts recorded before currencies were required read as CNY). */
  currency: Scalars['String']['output'];
};

/**
 * Edits for editors. Each mutation checks everything first and then writes in one transaction:
 * on any error nothing is written. Errors carry extensions.code BAD_USER_INPUT (the message names
 * the field and what is allowed) or NOT_FOUND (an id that does not exist). Everything written
 * carries provenance (source, evidence, note, inferred) and editedAt / editedBy.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Creates a node of any kind from its fields as in the import format (docs/import-format.md),
   * e.g. kind: REGION, record: {id: "region:cn-x", name: "X", level: "CITY"}; an indicator's
   * `about` names its subject. Provenance is required, except for a SOURCE (which has none).
   */
  createEntity: Entity;
  /** Creates an organization; an id that exists is an error. */
  createOrganization: Organization;
  createPlatform: Platform;
  createProject: Project;
  /**
   * Deletes a node and its relationships, and says what was detached. Refused while indicators
   * are about the node, or while a source is cited.
   */
  deleteEntity: DeleteResult;
  /**
   * Admin only. Imports a dataset directory in the import format (docs/import-format.md), as `kg import`
   * does: every row is validated first and nothing is written if any is bad (BAD_USER_INPUT with
   * extensions.issues, the first 50, and extensions.issueCount); then the rows are written in
   * batches, idempotently. `path` is relative to the server's import root (KG_IMPORT_ROOT); `..`,
   * paths outside the root and symlinks leading out are refused. Without an import root the
   * mutation answers FORBIDDEN.
   */
  importDataset: ImportSummary;
  /**
   * Creates or updates the relationship of `kind` from `from` to `to` (one per kind and pair, as
   * the importer does). `properties` holds the kind's fields from docs/import-format.md (e.g.
   * {role: "LEAD", chainPosition: "UPSTREAM", since: 2021} for MEMBER_OF): given ones overwrite,
   * null clears, absent ones are kept. Provenance replaces the stored provenance.
   */
  link: LinkResult;
  /**
   * Folds the duplicate `drop` into `keep` (both of one kind) and deletes drop. Drop's
   * relationships move to keep with their type, direction and properties; where keep already has
   * the same relationship to the same node, keep's stays and drop's is discarded, as are links
   * between the two. Drop's names become aliases of keep, fields keep lacks are taken from drop,
   * and keep's provenance records mergedFrom. Sources cannot be merged.
   */
  mergeEntities: MergeResult;
  /** Removes the relationship of `kind` from `from` to `to`; removed says whether there was one. */
  unlink: UnlinkResult;
  /** Like updateOrganization for a node of any kind: the patch holds import-format fields; null clears one. */
  updateEntity: Entity;
  /**
   * Changes the fields the patch names; null clears a field (a required one cannot be cleared).
   * Provenance, when given, replaces the stored provenance as a whole.
   */
  updateOrganization: Organization;
  updatePlatform: Platform;
  updateProject: Project;
};


/**
 * Edits for editors. Each mutation checks everything first and then writes in one transaction:
 * on any error nothing is written. Errors carry extensions.code BAD_USER_INPUT (the message names
 * the field and what is allowed) or NOT_FOUND (an id that does not exist). Everything written
 * carries provenance (source, evidence, note, inferred) and editedAt / editedBy.
 */
export type MutationCreateEntityArgs = {
  kind: EntityKind;
  provenance?: InputMaybe<ProvenanceInput>;
  record: Scalars['JSON']['input'];
};


/**
 * Edits for editors. Each mutation checks everything first and then writes in one transaction:
 * on any error nothing is written. Errors carry extensions.code BAD_USER_INPUT (the message names
 * the field and what is allowed) or NOT_FOUND (an id that does not exist). Everything written
 * carries provenance (source, evidence, note, inferred) and editedAt / editedBy.
 */
export type MutationCreateOrganizationArgs = {
  input: OrganizationInput;
  provenance: ProvenanceInput;
};


/**
 * Edits for editors. Each mutation checks everything first and then writes in one transaction:
 * on any error nothing is written. Errors carry extensions.code BAD_USER_INPUT (the message names
 * the field and what is allowed) or NOT_FOUND (an id that does not exist). Everything written
 * carries provenance (source, evidence, note, inferred) and editedAt / editedBy.
 */
export type MutationCreatePlatformArgs = {
  input: PlatformInput;
  provenance: ProvenanceInput;
};


/**
 * Edits for editors. Each mutation checks everything first and then writes in one transaction:
 * on any error nothing is written. Errors carry extensions.code BAD_USER_INPUT (the message names
 * the field and what is allowed) or NOT_FOUND (an id that does not exist). Everything written
 * carries provenance (source, evidence, note, inferred) and editedAt / editedBy.
 */
export type MutationCreateProjectArgs = {
  input: ProjectInput;
  provenance: ProvenanceInput;
};


/**
 * Edits for editors. Each mutation checks everything first and then writes in one transaction:
 * on any error nothing is written. Errors carry extensions.code BAD_USER_INPUT (the message names
 * the field and what is allowed) or NOT_FOUND (an id that does not exist). Everything written
 * carries provenance (source, evidence, note, inferred) and editedAt / editedBy.
 */
export type MutationDeleteEntityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Edits for editors. Each mutation checks everything first and then writes in one transaction:
 * on any error nothing is written. Errors carry extensions.code BAD_USER_INPUT (the message names
 * the field and what is allowed) or NOT_FOUND (an id that does not exist). Everything written
 * carries provenance (source, evidence, note, inferred) and editedAt / editedBy.
 */
export type MutationImportDatasetArgs = {
  path: Scalars['String']['input'];
};


/**
 * Edits for editors. Each mutation checks everything first and then writes in one transaction:
 * on any error nothing is written. Errors carry extensions.code BAD_USER_INPUT (the message names
 * the field and what is allowed) or NOT_FOUND (an id that does not exist). Everything written
 * carries provenance (source, evidence, note, inferred) and editedAt / editedBy.
 */
export type MutationLinkArgs = {
  from: Scalars['ID']['input'];
  kind: LinkKind;
  properties?: InputMaybe<Scalars['JSON']['input']>;
  provenance: ProvenanceInput;
  to: Scalars['ID']['input'];
};


/**
 * Edits for editors. Each mutation checks everything first and then writes in one transaction:
 * on any error nothing is written. Errors carry extensions.code BAD_USER_INPUT (the message names
 * the field and what is allowed) or NOT_FOUND (an id that does not exist). Everything written
 * carries provenance (source, evidence, note, inferred) and editedAt / editedBy.
 */
export type MutationMergeEntitiesArgs = {
  drop: Scalars['ID']['input'];
  keep: Scalars['ID']['input'];
};


/**
 * Edits for editors. Each mutation checks everything first and then writes in one transaction:
 * on any error nothing is written. Errors carry extensions.code BAD_USER_INPUT (the message names
 * the field and what is allowed) or NOT_FOUND (an id that does not exist). Everything written
 * carries provenance (source, evidence, note, inferred) and editedAt / editedBy.
 */
export type MutationUnlinkArgs = {
  from: Scalars['ID']['input'];
  kind: LinkKind;
  to: Scalars['ID']['input'];
};


/**
 * Edits for editors. Each mutation checks everything first and then writes in one transaction:
 * on any error nothing is written. Errors carry extensions.code BAD_USER_INPUT (the message names
 * the field and what is allowed) or NOT_FOUND (an id that does not exist). Everything written
 * carries provenance (source, evidence, note, inferred) and editedAt / editedBy.
 */
export type MutationUpdateEntityArgs = {
  id: Scalars['ID']['input'];
  patch: Scalars['JSON']['input'];
  provenance?: InputMaybe<ProvenanceInput>;
};


/**
 * Edits for editors. Each mutation checks everything first and then writes in one transaction:
 * on any error nothing is written. Errors carry extensions.code BAD_USER_INPUT (the message names
 * the field and what is allowed) or NOT_FOUND (an id that does not exist). Everything written
 * carries provenance (source, evidence, note, inferred) and editedAt / editedBy.
 */
export type MutationUpdateOrganizationArgs = {
  id: Scalars['ID']['input'];
  patch: OrganizationPatch;
  provenance?: InputMaybe<ProvenanceInput>;
};


/**
 * Edits for editors. Each mutation checks everything first and then writes in one transaction:
 * on any error nothing is written. Errors carry extensions.code BAD_USER_INPUT (the message names
 * the field and what is allowed) or NOT_FOUND (an id that does not exist). Everything written
 * carries provenance (source, evidence, note, inferred) and editedAt / editedBy.
 */
export type MutationUpdatePlatformArgs = {
  id: Scalars['ID']['input'];
  patch: PlatformPatch;
  provenance?: InputMaybe<ProvenanceInput>;
};


/**
 * Edits for editors. Each mutation checks everything first and then writes in one transaction:
 * on any error nothing is written. Errors carry extensions.code BAD_USER_INPUT (the message names
 * the field and what is allowed) or NOT_FOUND (an id that does not exist). Everything written
 * carries provenance (source, evidence, note, inferred) and editedAt / editedBy.
 */
export type MutationUpdateProjectArgs = {
  id: Scalars['ID']['input'];
  patch: ProjectPatch;
  provenance?: InputMaybe<ProvenanceInput>;
};

export type Neighborhood = {
  __typename?: 'Neighborhood';
  /** Relationships between this page's nodes and the nodes of this or earlier pages. */
  edges: Array<GraphEdgeOut>;
  /** This page's nodes, in breadth-first order. */
  nodes: Array<GraphNodeOut>;
  pageInfo: PageInfo;
  /** Nodes in the whole neighbourhood (all pages). */
  totalNodes: Scalars['Int']['output'];
  /** A cap cut something off: limitPerKind at some node, the 5000-node neighbourhood cap, or 20000 edges on a page. */
  truncated: Scalars['Boolean']['output'];
};

/** Relationship types a neighbourhood may follow: every type of the model. */
export type NeighborhoodRel =
  | 'ABOUT'
  | 'AFFILIATED_WITH'
  | 'ATTENDED'
  | 'AUTHORED'
  | 'CONCERNS'
  | 'FUNDS'
  | 'HOSTED_BY'
  | 'IN_INDUSTRY'
  | 'LOCATED_IN'
  | 'MEMBER_OF'
  | 'ORGANIZED'
  | 'PARTICIPATES_IN'
  | 'PART_OF'
  | 'SERVES'
  | 'SUBINDUSTRY_OF'
  | 'SUPPLIES'
  | 'SUPPORTS'
  | 'UNDERTAKES'
  | 'UPSTREAM_OF';

/** What an analysis ran on: the scope's snapshot and whether the answer came from the cache. */
export type NetworkAnalysis = {
  __typename?: 'NetworkAnalysis';
  /** True when this answer was served from the cache of the current graph version. */
  cached: Scalars['Boolean']['output'];
  /** Distinct collaboration edges in the snapshot. */
  edges: Scalars['Int']['output'];
  industry?: Maybe<Industry>;
  /** Organizations in the snapshot. */
  organizations: Scalars['Int']['output'];
  programme?: Maybe<Programme>;
  region?: Maybe<Region>;
  /** Milliseconds the snapshot took to read, transfer and build (when it was built). */
  snapshotMillis: Scalars['Float']['output'];
};

export type NetworkComponent = {
  __typename?: 'NetworkComponent';
  analysis: NetworkAnalysis;
  componentCount: Scalars['Int']['output'];
  isLargest: Scalars['Boolean']['output'];
  largestSize: Scalars['Int']['output'];
  organization: Organization;
  /** Organizations in its connected component (itself included). */
  size: Scalars['Int']['output'];
};

/**
 * Which organizations an analysis covers: all of them when null or empty, otherwise those that
 * meet every part given. Regions and industries include their sub-regions (PART_OF) and
 * sub-industries (SUBINDUSTRY_OF).
 */
export type NetworkScope = {
  /** Organizations IN_INDUSTRY this industry or a sub-industry. */
  industry?: InputMaybe<Scalars['ID']['input']>;
  /** Organizations that PARTICIPATES_IN this programme, or are members or hosts of a platform that does. */
  programme?: InputMaybe<Scalars['ID']['input']>;
  /** Organizations LOCATED_IN this region or a sub-region. */
  region?: InputMaybe<Scalars['ID']['input']>;
};

export type NetworkStats = {
  __typename?: 'NetworkStats';
  analysis: NetworkAnalysis;
  collaborationEdges: Scalars['Int']['output'];
  components: ComponentSummary;
  /** Organizations with at least one collaborator. */
  connectedOrganizations: Scalars['Int']['output'];
  degree: DegreeSummary;
  /** collaborationEdges / (n (n - 1) / 2). */
  density: Scalars['Float']['output'];
  /** Always exact. */
  method: Scalars['String']['output'];
  organizations: Scalars['Int']['output'];
  /** Sum of edge weights: shared projects, platforms and supply links, counted per pair. */
  totalWeight: Scalars['Int']['output'];
};

export type OrgKind =
  | 'ENTERPRISE'
  | 'FINANCIAL_INSTITUTION'
  | 'GOVERNMENT'
  | 'INCUBATOR_OPERATOR'
  | 'INSTITUTE'
  | 'INVESTOR'
  /** None of the above, or a kind the source does not state. */
  | 'OTHER'
  | 'SERVICE_ORG'
  | 'SOCIETY'
  | 'UNIVERSITY';

export type Organization = Entity & {
  __typename?: 'Organization';
  /** Above designated size (规模以上). */
  aboveDesignatedSize?: Maybe<Scalars['Boolean']['output']>;
  aliases: Array<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 code of the country it is registered in. */
  country?: Maybe<Scalars['String']['output']>;
  /** Organizations this one supplies. */
  customers: Array<SupplyLink>;
  /** customers, a page at a time in (name, id) order, to the end of any hub (at most 500 a page). */
  customersConnection: SupplyLinkConnection;
  description?: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  /** Ids in other registries (PIC, USCC, ROR, ...); lookup with organization(externalId:). */
  externalIds: Array<ExternalId>;
  founded?: Maybe<Scalars['Int']['output']>;
  funded: Array<Funding>;
  /** funded, a page at a time in (name, id) order, to the end of any hub (at most 500 a page). */
  fundedConnection: FundingConnection;
  /** National high-tech enterprise status. */
  highTech?: Maybe<Scalars['Boolean']['output']>;
  /** Platforms that rely on (are hosted by) the organization. */
  hostedPlatforms: Array<Platform>;
  /** hostedPlatforms, a page at a time in (name, id) order, to the end of any hub (at most 500 a page). */
  hostedPlatformsConnection: PlatformConnection;
  id: Scalars['ID']['output'];
  industries: Array<Industry>;
  industriesConnection: IndustryConnection;
  kind: OrgKind;
  /** Null when the source gives only a Chinese name or external ids (see displayName). */
  name?: Maybe<Scalars['String']['output']>;
  nameZh?: Maybe<Scalars['String']['output']>;
  people: Array<Affiliation>;
  /** people, a page at a time in (name, id) order, to the end of any hub (at most 500 a page). */
  peopleConnection: AffiliationConnection;
  /** Platforms the organization belongs to, with its role and chain position. */
  platforms: Array<Membership>;
  /** platforms, a page at a time in (name, id) order, to the end of any hub (at most 500 a page). */
  platformsConnection: MembershipConnection;
  programmes: Array<ProgrammeParticipation>;
  /** programmes, a page at a time in (name, id) order, to the end of any hub (at most 500 a page). */
  programmesConnection: ProgrammeParticipationConnection;
  projects: Array<Participation>;
  /** projects, a page at a time in (name, id) order, to the end of any hub (at most 500 a page). */
  projectsConnection: ParticipationConnection;
  provenance: Provenance;
  region?: Maybe<Region>;
  /** Organizations that supply this one. */
  suppliers: Array<SupplyLink>;
  /** suppliers, a page at a time in (name, id) order, to the end of any hub (at most 500 a page). */
  suppliersConnection: SupplyLinkConnection;
};


export type OrganizationCustomersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationCustomersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationFundedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationFundedConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationHostedPlatformsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationHostedPlatformsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationIndustriesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationPeopleArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationPeopleConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationPlatformsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<MemberRole>;
};


export type OrganizationPlatformsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<MemberRole>;
};


export type OrganizationProgrammesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationProgrammesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationProjectsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationProjectsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationSuppliersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationSuppliersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  edges: Array<OrganizationEdge>;
  nodes: Array<Organization>;
  pageInfo: PageInfo;
  /** Counted in the database (never by fetching the nodes); computed only when asked for. */
  totalCount: Scalars['Int']['output'];
};

export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  cursor: Scalars['String']['output'];
  node: Organization;
};

export type OrganizationFilter = {
  aboveDesignatedSize?: InputMaybe<Scalars['Boolean']['input']>;
  /** Registered in one of these countries (ISO 3166-1 alpha-2 codes, e.g. ["DE", "FR"]). */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  foundedFrom?: InputMaybe<Scalars['Int']['input']>;
  foundedTo?: InputMaybe<Scalars['Int']['input']>;
  highTech?: InputMaybe<Scalars['Boolean']['input']>;
  /** With industry: false keeps only what is in that industry itself, not in its sub-industries. */
  includeSubIndustries?: InputMaybe<Scalars['Boolean']['input']>;
  /** In this industry or any of its sub-industries. */
  industry?: InputMaybe<Scalars['ID']['input']>;
  kinds?: InputMaybe<Array<OrgKind>>;
  /** Case-insensitive substring of the name, Chinese name or an alias. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Located in this region or any of its sub-regions. */
  region?: InputMaybe<Scalars['ID']['input']>;
};

export type OrganizationInput = {
  aboveDesignatedSize?: InputMaybe<Scalars['Boolean']['input']>;
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** ISO 3166-1 alpha-2 code, e.g. CN, DE. */
  country?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Ids in other registries; each unique to one entity, one per scheme. */
  externalIds?: InputMaybe<Array<ExternalIdInput>>;
  /** Year, 1800-2200. */
  founded?: InputMaybe<Scalars['Int']['input']>;
  highTech?: InputMaybe<Scalars['Boolean']['input']>;
  /** kind:name, e.g. org:shengong-semiconductor or org:神工股份. */
  id: Scalars['ID']['input'];
  kind: OrgKind;
  /** Required unless nameZh or externalIds is given. */
  name?: InputMaybe<Scalars['String']['input']>;
  nameZh?: InputMaybe<Scalars['String']['input']>;
};

export type OrganizationMeasure =
  /**
   * Brandes betweenness on the unweighted collaboration network, normalized by (n-1)(n-2); exact
   * while n × (n + 2m) is at most 2·10^9, otherwise from 64 pivot sources drawn with a fixed seed
   * (see method and sampleSize).
   */
  | 'BETWEENNESS'
  /** Distinct collaborators in scope (degree). */
  | 'COLLABORATORS'
  /** Recorded funding of the projects it undertakes, in the currency asked for. */
  | 'FUNDING'
  /** PageRank (alpha 0.85) on the weighted collaboration network. */
  | 'PAGERANK'
  /** Platforms it is a member or host of. */
  | 'PLATFORMS'
  /** Projects it undertakes (any role). */
  | 'PROJECTS';

export type OrganizationOrder = {
  direction?: SortDirection;
  key?: OrganizationSortKey;
};

/** Fields to change; absent ones are kept, null clears one. */
export type OrganizationPatch = {
  aboveDesignatedSize?: InputMaybe<Scalars['Boolean']['input']>;
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  country?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the list as a whole. */
  externalIds?: InputMaybe<Array<ExternalIdInput>>;
  founded?: InputMaybe<Scalars['Int']['input']>;
  highTech?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<OrgKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  nameZh?: InputMaybe<Scalars['String']['input']>;
};

export type OrganizationSortKey =
  | 'FOUNDED'
  | 'NAME';

export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Participation = {
  __typename?: 'Participation';
  /** The organization's own share of the project (e.g. its grant contribution), when recorded. */
  contribution?: Maybe<Money>;
  organization: Organization;
  project: Project;
  provenance: Provenance;
  role: ProjectRole;
  year?: Maybe<Scalars['Int']['output']>;
};

export type ParticipationConnection = {
  __typename?: 'ParticipationConnection';
  edges: Array<ParticipationEdge>;
  nodes: Array<Participation>;
  pageInfo: PageInfo;
  /** Counted in the database; computed only when asked for. */
  totalCount: Scalars['Int']['output'];
};

export type ParticipationEdge = {
  __typename?: 'ParticipationEdge';
  cursor: Scalars['String']['output'];
  node: Participation;
};

export type PartnerSuggestion = {
  __typename?: 'PartnerSuggestion';
  organization: Organization;
  reasons: Array<SuggestionReason>;
  /** See Query.partnerSuggestions for the formula. */
  score: Scalars['Float']['output'];
};

export type Person = Entity & {
  __typename?: 'Person';
  affiliations: Array<Affiliation>;
  /** affiliations, a page at a time in (name, id) order, to the end of any hub (at most 500 a page). */
  affiliationsConnection: AffiliationConnection;
  aliases: Array<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  nameZh?: Maybe<Scalars['String']['output']>;
  provenance: Provenance;
  roles: Array<PersonRole>;
  title?: Maybe<Scalars['String']['output']>;
};


export type PersonAffiliationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonAffiliationsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PersonRole =
  | 'ACADEMICIAN'
  | 'AUTHOR'
  | 'ENTREPRENEUR'
  | 'EXPERT'
  | 'OFFICIAL'
  | 'REPORTER'
  | 'RESEARCHER';

export type Platform = Entity & {
  __typename?: 'Platform';
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  established?: Maybe<Scalars['Int']['output']>;
  /** The organization the platform relies on (依托单位). */
  host?: Maybe<Organization>;
  id: Scalars['ID']['output'];
  /** Figures reported about this platform. */
  indicators: Array<Indicator>;
  /** indicators, a page at a time in (name, id) order, to the end of any hub (at most 500 a page). */
  indicatorsConnection: IndicatorConnection;
  /** Industries or clusters the platform serves. */
  industries: Array<Industry>;
  industriesConnection: IndustryConnection;
  kind: PlatformKind;
  level?: Maybe<Level>;
  members: Array<Membership>;
  /** members, a page at a time in (name, id) order, to the end of any hub (at most 500 a page). */
  membersConnection: MembershipConnection;
  name?: Maybe<Scalars['String']['output']>;
  nameZh?: Maybe<Scalars['String']['output']>;
  people: Array<Affiliation>;
  /** people, a page at a time in (name, id) order, to the end of any hub (at most 500 a page). */
  peopleConnection: AffiliationConnection;
  programmes: Array<ProgrammeParticipation>;
  /** programmes, a page at a time in (name, id) order, to the end of any hub (at most 500 a page). */
  programmesConnection: ProgrammeParticipationConnection;
  projects: Array<Project>;
  /** projects, a page at a time in (name, id) order, to the end of any hub (at most 500 a page). */
  projectsConnection: ProjectConnection;
  provenance: Provenance;
  region?: Maybe<Region>;
  specialization?: Maybe<Specialization>;
  status?: Maybe<PlatformStatus>;
};


export type PlatformIndicatorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PlatformIndicatorsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PlatformIndustriesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PlatformMembersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<MemberRole>;
};


export type PlatformMembersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<MemberRole>;
};


export type PlatformPeopleArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PlatformPeopleConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PlatformProgrammesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PlatformProgrammesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PlatformProjectsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PlatformProjectsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PlatformBackedShare = {
  __typename?: 'PlatformBackedShare';
  /**
   * The populations the computed shares rest on, beside what sources count about the region:
   * `projects` against each reported project_count, and the CNY funding of fundingByCurrency against
   * each reported funding_amount in CNY. A share computed over 2 of 16 reported projects is thin
   * data, not a finding. Empty when region is null or nothing is reported.
   */
  coverage: Array<Coverage>;
  fromYear?: Maybe<Scalars['Int']['output']>;
  /**
   * CNY only: the CNY entry of fundingByCurrency (0 when there is none).
   * @deprecated CNY only; use fundingByCurrency.
   */
  funding: Scalars['Float']['output'];
  /**
   * The recorded funding of the projects, summed per currency (one entry per currency present,
   * by currency code): amounts in different currencies are never added together, and none is
   * left out.
   */
  fundingByCurrency: Array<CurrencyFunding>;
  /** @deprecated CNY only; use fundingByCurrency. */
  fundingShare?: Maybe<Scalars['Float']['output']>;
  /**
   * Projects with funding in a currency other than CNY (each is in fundingByCurrency).
   * @deprecated Use fundingByCurrency.
   */
  otherCurrencyProjects: Scalars['Int']['output'];
  /** @deprecated CNY only; use fundingByCurrency. */
  platformBackedFunding: Scalars['Float']['output'];
  /** Those with at least one undertaker in scope that is a member or host of some platform. */
  platformBackedProjects: Scalars['Int']['output'];
  /** platformBackedProjects / projects × 100; null when there are no projects. */
  projectShare?: Maybe<Scalars['Float']['output']>;
  /** Distinct projects undertaken by organizations in scope in the year range. */
  projects: Scalars['Int']['output'];
  /** @deprecated CNY only; use fundingByCurrency { currency projects }. */
  projectsWithFunding: Scalars['Int']['output'];
  /** Null when the whole graph was counted. */
  region?: Maybe<Region>;
  /** Shares sources report about the region (share_of_projects, share_of_funding), with provenance; empty when region is null. */
  reported: Array<Indicator>;
  toYear?: Maybe<Scalars['Int']['output']>;
};

export type PlatformConnection = {
  __typename?: 'PlatformConnection';
  edges: Array<PlatformEdge>;
  nodes: Array<Platform>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PlatformCounts = {
  __typename?: 'PlatformCounts';
  byKind: Array<PlatformKindCount>;
  /** One entry per kind and level present, by kind then level; level is null where the graph does not record it. */
  byKindAndLevel: Array<PlatformKindLevelCount>;
  byLevel: Array<PlatformLevelCount>;
  /**
   * How much of each reported standing count about the region itself (platform_count,
   * provincial_platform_count) the graph holds: platforms counted here of the indicator's kind and
   * level (either unset means any) against its value. Empty when no such figure is reported.
   */
  coverage: Array<Coverage>;
  region: Region;
  /**
   * Platform counts sources state about the region (metrics platform_count,
   * provincial_platform_count, new_platform_count), with value, unit, year or period, the kind,
   * level and specialization they concern, and provenance; ordered by metric, year.
   */
  reported: Array<Indicator>;
  /** Platforms in the graph located in the region or its sub-regions, all kinds and levels. */
  total: Scalars['Int']['output'];
};

export type PlatformEdge = {
  __typename?: 'PlatformEdge';
  cursor: Scalars['String']['output'];
  node: Platform;
};

export type PlatformFilter = {
  establishedFrom?: InputMaybe<Scalars['Int']['input']>;
  establishedTo?: InputMaybe<Scalars['Int']['input']>;
  /** Hosted by (relying on) this organization. */
  host?: InputMaybe<Scalars['ID']['input']>;
  /** With industry: false keeps only what serves that industry itself, not its sub-industries. */
  includeSubIndustries?: InputMaybe<Scalars['Boolean']['input']>;
  /** Serving this industry or any of its sub-industries. */
  industry?: InputMaybe<Scalars['ID']['input']>;
  kinds?: InputMaybe<Array<PlatformKind>>;
  levels?: InputMaybe<Array<Level>>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Located in this region or any of its sub-regions. */
  region?: InputMaybe<Scalars['ID']['input']>;
  specializations?: InputMaybe<Array<Specialization>>;
  statuses?: InputMaybe<Array<PlatformStatus>>;
};

export type PlatformInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Year, 1800-2200. */
  established?: InputMaybe<Scalars['Int']['input']>;
  /** kind:name, e.g. plat:jinzhou-key-lab. */
  id: Scalars['ID']['input'];
  kind: PlatformKind;
  level?: InputMaybe<Level>;
  name: Scalars['String']['input'];
  nameZh?: InputMaybe<Scalars['String']['input']>;
  specialization?: InputMaybe<Specialization>;
  status?: InputMaybe<PlatformStatus>;
};

export type PlatformKind =
  | 'ACADEMICIAN_WORKSTATION'
  | 'ACADEMICIAN_WORKSTATION_ALLIANCE'
  | 'ACHIEVEMENT_TRANSFORMATION_DEMO_ZONE'
  | 'ENGINEERING_TECHNOLOGY_CENTER'
  | 'ENTERPRISE_TECHNOLOGY_CENTER'
  | 'INCUBATOR'
  | 'INDUSTRIAL_INNOVATION_SERVICE_COMPLEX'
  | 'INDUSTRIAL_TECHNOLOGY_INNOVATION_CENTER'
  | 'INNOVATION_CONSORTIUM'
  | 'INNOVATION_CORRIDOR'
  | 'KEY_LABORATORY'
  | 'MAKER_SPACE'
  | 'OTHER'
  | 'RD_CENTER'
  | 'RESEARCH_INNOVATION_BASE';

export type PlatformKindCount = {
  __typename?: 'PlatformKindCount';
  count: Scalars['Int']['output'];
  kind: PlatformKind;
};

export type PlatformKindLevelCount = {
  __typename?: 'PlatformKindLevelCount';
  count: Scalars['Int']['output'];
  kind: PlatformKind;
  level?: Maybe<Level>;
};

export type PlatformLevelCount = {
  __typename?: 'PlatformLevelCount';
  count: Scalars['Int']['output'];
  /** Null for platforms whose level the graph does not record. */
  level?: Maybe<Level>;
};

export type PlatformOrder = {
  direction?: SortDirection;
  key?: PlatformSortKey;
};

/** Fields to change; absent ones are kept, null clears one. */
export type PlatformPatch = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  established?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<PlatformKind>;
  level?: InputMaybe<Level>;
  name?: InputMaybe<Scalars['String']['input']>;
  nameZh?: InputMaybe<Scalars['String']['input']>;
  specialization?: InputMaybe<Specialization>;
  status?: InputMaybe<PlatformStatus>;
};

export type PlatformSortKey =
  | 'ESTABLISHED'
  | 'NAME';

export type PlatformStatus =
  | 'OPERATING'
  | 'PLANNED'
  | 'SHORTLISTED'
  | 'UNDER_CONSTRUCTION';

export type Programme = Entity & {
  __typename?: 'Programme';
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  endYear?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  indicators: Array<Indicator>;
  /** indicators, a page at a time in (name, id) order, to the end of any hub (at most 500 a page). */
  indicatorsConnection: IndicatorConnection;
  industries: Array<Industry>;
  industriesConnection: IndustryConnection;
  level?: Maybe<Level>;
  name?: Maybe<Scalars['String']['output']>;
  nameZh?: Maybe<Scalars['String']['output']>;
  participants: Array<ProgrammeParticipation>;
  /** participants, a page at a time in (name, id) order, to the end of any hub (at most 500 a page). */
  participantsConnection: ProgrammeParticipationConnection;
  provenance: Provenance;
  region?: Maybe<Region>;
  startYear?: Maybe<Scalars['Int']['output']>;
  status?: Maybe<PlatformStatus>;
};


export type ProgrammeIndicatorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProgrammeIndicatorsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProgrammeIndustriesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProgrammeParticipantsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProgrammeParticipantsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ProgrammeParticipation = {
  __typename?: 'ProgrammeParticipation';
  /** The participant's own share of the programme's money, when recorded. */
  contribution?: Maybe<Money>;
  /** An organization, platform or region. */
  participant: Entity;
  programme: Programme;
  provenance: Provenance;
  role?: Maybe<ProgrammeRole>;
};

export type ProgrammeParticipationConnection = {
  __typename?: 'ProgrammeParticipationConnection';
  edges: Array<ProgrammeParticipationEdge>;
  nodes: Array<ProgrammeParticipation>;
  pageInfo: PageInfo;
  /** Counted in the database; computed only when asked for. */
  totalCount: Scalars['Int']['output'];
};

export type ProgrammeParticipationEdge = {
  __typename?: 'ProgrammeParticipationEdge';
  cursor: Scalars['String']['output'];
  node: ProgrammeParticipation;
};

/** Role in a programme: the platform roles (MemberRole) and the project roles (ProjectRole). */
export type ProgrammeRole =
  | 'ASSOCIATED'
  | 'COORDINATOR'
  | 'GUIDE'
  | 'LEAD'
  | 'MEMBER'
  | 'PARTICIPANT'
  | 'PARTNER'
  | 'SUPPORT'
  | 'THIRD_PARTY';

export type Project = Entity & {
  __typename?: 'Project';
  aliases: Array<Scalars['String']['output']>;
  /** @deprecated Use funding { amount currency }. */
  currency?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  endYear?: Maybe<Scalars['Int']['output']>;
  /** Ids in other registries (a grant agreement number, ...); lookup with project(externalId:). */
  externalIds: Array<ExternalId>;
  funders: Array<Funding>;
  /** funders, a page at a time in (name, id) order, to the end of any hub (at most 500 a page). */
  fundersConnection: FundingConnection;
  /** The project's recorded budget or grant. */
  funding?: Maybe<Money>;
  id: Scalars['ID']['output'];
  industries: Array<Industry>;
  industriesConnection: IndustryConnection;
  level?: Maybe<Level>;
  /** The project title; null when the source gives only a Chinese title or external ids (see displayName). */
  name?: Maybe<Scalars['String']['output']>;
  nameZh?: Maybe<Scalars['String']['output']>;
  participants: Array<Participation>;
  /** participants, a page at a time in (name, id) order, to the end of any hub (at most 500 a page). */
  participantsConnection: ParticipationConnection;
  /** Platforms the project relied on. */
  platforms: Array<Platform>;
  /** platforms, a page at a time in (name, id) order, to the end of any hub (at most 500 a page). */
  platformsConnection: PlatformConnection;
  provenance: Provenance;
  region?: Maybe<Region>;
  startYear?: Maybe<Scalars['Int']['output']>;
};


export type ProjectFundersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProjectFundersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProjectIndustriesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProjectParticipantsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProjectParticipantsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProjectPlatformsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProjectPlatformsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  edges: Array<ProjectEdge>;
  nodes: Array<Project>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  cursor: Scalars['String']['output'];
  node: Project;
};

export type ProjectFilter = {
  /** Funding recorded in this currency (ISO 4217); required with fundingMin / fundingMax, which compare amounts in it. */
  fundingCurrency?: InputMaybe<Scalars['String']['input']>;
  fundingMax?: InputMaybe<Scalars['Float']['input']>;
  fundingMin?: InputMaybe<Scalars['Float']['input']>;
  /** With industry: false keeps only projects in that industry itself, not in its sub-industries. */
  includeSubIndustries?: InputMaybe<Scalars['Boolean']['input']>;
  industry?: InputMaybe<Scalars['ID']['input']>;
  levels?: InputMaybe<Array<Level>>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['ID']['input']>;
  /** Undertaken by this organization. */
  undertaker?: InputMaybe<Scalars['ID']['input']>;
  /** Projects running in any year of this range. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

export type ProjectInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** ISO 4217 code (EUR, CNY, USD, ...); required with funding. */
  currency?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endYear?: InputMaybe<Scalars['Int']['input']>;
  externalIds?: InputMaybe<Array<ExternalIdInput>>;
  /** Amount in the currency's unit (538 million yuan = 538000000), as the import format's funding column; read back as Project.funding { amount currency }. */
  funding?: InputMaybe<Scalars['Float']['input']>;
  /** kind:name, e.g. proj:wafer-line. */
  id: Scalars['ID']['input'];
  level?: InputMaybe<Level>;
  /** The project title; required unless nameZh or externalIds is given. */
  name?: InputMaybe<Scalars['String']['input']>;
  nameZh?: InputMaybe<Scalars['String']['input']>;
  startYear?: InputMaybe<Scalars['Int']['input']>;
};

export type ProjectOrder = {
  direction?: SortDirection;
  key?: ProjectSortKey;
};

/** Fields to change; absent ones are kept, null clears one. */
export type ProjectPatch = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  currency?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endYear?: InputMaybe<Scalars['Int']['input']>;
  /** Replaces the list as a whole. */
  externalIds?: InputMaybe<Array<ExternalIdInput>>;
  funding?: InputMaybe<Scalars['Float']['input']>;
  level?: InputMaybe<Level>;
  name?: InputMaybe<Scalars['String']['input']>;
  nameZh?: InputMaybe<Scalars['String']['input']>;
  startYear?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Role of an organization in a project. LEAD and COORDINATOR both lead a project: LEAD is the
 * undertaking organization of a Chinese project (牵头单位), COORDINATOR the coordinator of a
 * multi-partner grant. The others take part: PARTICIPANT (a participant or beneficiary, 参与单位),
 * PARTNER (without a grant share of its own), THIRD_PARTY (linked to a participant, in kind or
 * affiliated), ASSOCIATED (an associated partner). docs/model.md maps registry roles onto these.
 */
export type ProjectRole =
  | 'ASSOCIATED'
  | 'COORDINATOR'
  | 'LEAD'
  | 'PARTICIPANT'
  | 'PARTNER'
  | 'THIRD_PARTY';

export type ProjectSortKey =
  /** The funding amount; amounts in different currencies are not comparable, so filter by fundingCurrency to rank them. */
  | 'FUNDING'
  | 'NAME'
  | 'START_YEAR';

/** Where a fact came from: the cited source, the sentence or figure, and the import row that wrote it. */
export type Provenance = {
  __typename?: 'Provenance';
  /** When an editor last wrote it through the API (ISO 8601), and who. */
  editedAt?: Maybe<Scalars['String']['output']>;
  editedBy?: Maybe<Scalars['String']['output']>;
  /** The sentence or figure the fact was taken from. */
  evidence?: Maybe<Scalars['String']['output']>;
  /** Dataset folder and file that wrote it, e.g. seeds/platforms.jsonl. */
  importFile?: Maybe<Scalars['String']['output']>;
  importLine?: Maybe<Scalars['Int']['output']>;
  /** True when the source does not state the fact (e.g. the province a city is in). */
  inferred?: Maybe<Scalars['Boolean']['output']>;
  /** Ids of entities merged into this one (mergeEntities). */
  mergedFrom?: Maybe<Array<Scalars['ID']['output']>>;
  /** An ambiguity or reading of the source text. */
  note?: Maybe<Scalars['String']['output']>;
  source?: Maybe<Source>;
};

/** Where an edited fact comes from. */
export type ProvenanceInput = {
  /** The sentence or figure the fact was taken from. */
  evidence?: InputMaybe<Scalars['String']['input']>;
  /** True when the source does not state the fact. */
  inferred?: InputMaybe<Scalars['Boolean']['input']>;
  /** An ambiguity or a reading of the source text. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Id of a stored Source (create one with createEntity(kind: SOURCE, ...)). */
  source: Scalars['ID']['input'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * Organizations up and down the chain of an organization, each with the paths that justify it.
   * A partner is reached `via`
   * - SUPPLY: a chain of 1..`depth` SUPPLIES links (UPSTREAM: it supplies the organization or one
   *   of its suppliers; DOWNSTREAM: it buys from it or from one of its customers);
   * - INDUSTRY_CHAIN: the organization is in an industry I, I is 1..`depth` UPSTREAM_OF steps
   *   downstream (DOWNSTREAM) or upstream (UPSTREAM) of an industry J, and the partner is in J.
   *   "In an industry" means tagged with it (IN_INDUSTRY), or, when `includeSubIndustries` (the
   *   default), with one of its sub-industries, at both ends; only tags count with
   *   `includeSubIndustries: false`. An industry the organization is in is a peer, not a partner,
   *   unless the chain leads back to it.
   * A path uses one kind of link. `distance` is the shortest path's length (supply links or
   * UPSTREAM_OF steps). The organization itself is never its own partner.
   * `region` keeps partners located in it or a sub-region; `industry` keeps partners in that
   * industry (with its sub-industries when `includeSubIndustries`); `kinds` keeps those kinds.
   * Partners come nearest first, then by id, `first` (1..500) a page, `after` =
   * `pageInfo.endCursor`; `totalCount` counts them all. `depth` 1..5. Bounded: more than 20000
   * links read by a walk, or more than 50000 (partner, industry) pairs, is a TRAVERSAL_LIMIT
   * error (lower `depth`, or add `region`/`industry`). Cost: two round trips for the arguments,
   * one per depth level and direction per kind of link, one or two for the partners.
   */
  chainPartners: ChainPartnerConnection;
  /**
   * The k shortest distinct chains of collaboration between two organizations, shortest first.
   * A hop joins two organizations through a platform (both are members, or one hosts it and the
   * other is a member), a project (both undertake it; with FUNDING also a funder) or a supply
   * link (either direction). Length counts organization-to-organization hops. Chains are distinct
   * as sequences of organizations; where two organizations share several connectors, one is
   * shown (platform before project before funding before supply, then by id).
   * `maxHops` 1..6, `k` 1..10. Errors: `from`/`to` unknown or not an organization, `from` equal
   * to `to`, an empty `via`. No chain within maxHops: an empty list.
   */
  collaborationChain: Array<CollaborationChain>;
  /**
   * Louvain communities (weighted by shared projects, platforms and supply links; resolution 1; a
   * fixed seed, so the same graph gives the same communities), largest first: first 1 to 200
   * communities, each with its topMembers (1 to 20) by collaborators and its dominant industries
   * and regions.
   */
  communities: Communities;
  /** The connected component of an organization in the scope's collaboration network. */
  component: NetworkComponent;
  /** Down the supply chain: customers over SUPPLIES, or consuming industries over UPSTREAM_OF. As upstream. */
  downstream: ChainLinkConnection;
  /** Any node by id (kind:name); null when there is none. */
  entity?: Maybe<Entity>;
  /** The organization or project carrying this external id; null when none does. */
  entityByExternalId?: Maybe<Entity>;
  event?: Maybe<Event>;
  health: Health;
  indicator?: Maybe<Indicator>;
  /** Reported figures by metric, subject and year (at most 1000). */
  indicators: Array<Indicator>;
  industry?: Maybe<Industry>;
  /**
   * The industrial chain around `industry` as a planner's map: the industry itself and the
   * industries up to `depth` UPSTREAM_OF steps upstream and downstream of it, each at its shortest
   * distance (an industry on both sides keeps the nearer, upstream on a tie), ordered from the
   * farthest upstream to the farthest downstream. Each segment has the enterprises in it (tagged
   * with the industry or, when `includeSubIndustries`, one of its sub-industries) that are located
   * in `region` or a sub-region, paged, with their count and whether the region has any; without
   * `region`, the whole graph. `depth` 1..5; at most 200 segments (TRAVERSAL_LIMIT beyond).
   * Errors: an unknown or wrong-kind `region` or `industry`.
   */
  industryChain: IndustryChain;
  /**
   * The segments of `industryChain(industry, region, depth, includeSubIndustries)`, with, for each,
   * the enterprises outside the region that could fill it (`candidates`) and `coverage`, which
   * tells a real gap (the region has enterprises elsewhere on the chain but none here) from thin
   * data (nothing in the graph is tagged with the industry, or the region has no enterprise on
   * this chain at all). `region` is optional (the whole graph: no candidates).
   */
  missingLinks: Array<ChainSegment>;
  /**
   * The graph around a node, ready for drawing: nodes and edges, breadth first. Only nodes of
   * `kinds` are followed and returned (the start node always is; default all kinds), over
   * `relationshipTypes` (default all), in either direction. From each node at most
   * `limitPerKind` neighbours of each kind are followed (lowest ids first); the whole
   * neighbourhood holds at most 5000 nodes. `truncated` says a cap cut something off.
   * Pages follow breadth-first order (depth, then discovery order, neighbours by id): `first`
   * nodes a page, `after` = `pageInfo.endCursor`; a page's edges are the relationships between
   * its nodes and the nodes of this or earlier pages, so paging to the end yields every node and
   * edge once. `depth` 1..3, `limitPerKind` 1..500, `first` 1..1000. Unknown id: an error.
   */
  neighborhood: Neighborhood;
  /** Size and shape of the collaboration network of a scope (the whole graph when scope is null). */
  networkStats: NetworkStats;
  /**
   * An organization by id, or by an id in another registry (externalId: {scheme: "PIC", value:
   * "999993953"}, USCC, ROR, ...); give exactly one of the two. Null when there is none.
   */
  organization?: Maybe<Organization>;
  /** Organizations matching the filter, a page at a time (at most 200 per page). */
  organizations: OrganizationConnection;
  /**
   * Organizations the given organization is not yet linked to (no shared platform, project or
   * supply link), best first, with the reasons for each. The score is
   *
   *     score = 3 × common partners + 2 × shared industries + 1 × chain links + 1 × same region
   *
   * where common partners are organizations linked to both, shared industries are industries both
   * are IN_INDUSTRY of, chain links are UPSTREAM_OF links between an industry of one and an
   * industry of the other, and same region is 1 when both are LOCATED_IN one region. Ties are
   * broken by id. first: 1 to 50.
   *
   * Common partners are counted exactly on the network engine's snapshot of the whole graph,
   * for hubs too; candidates are the 2000 with most partners in common, and at most 2000 from
   * each of: its industries, the industries one chain step away (those in its regions first), and
   * its regions; every candidate's reasons are then found in full.
   */
  partnerSuggestions: Array<PartnerSuggestion>;
  person?: Maybe<Person>;
  platform?: Maybe<Platform>;
  /**
   * Among projects undertaken by organizations in the region (everywhere when region is null)
   * and running in some year of [fromYear, toYear]: how many, and how much of their funding, fall
   * to platform-backed organizations (members of a platform, or hosts a platform relies on);
   * beside them the shares sources report (metrics share_of_projects, share_of_funding).
   */
  platformBackedShare: PlatformBackedShare;
  /**
   * Platforms located in the region or its sub-regions, counted by kind and level, beside the
   * platform counts sources report about the region. They rarely agree: a source states totals
   * (Jinzhou: 98 platforms, 65 of them provincial-level) while the graph holds only the platforms
   * some source names.
   */
  platformCounts: PlatformCounts;
  platforms: PlatformConnection;
  programme?: Maybe<Programme>;
  /** A project by id or by an external id (as organization). */
  project?: Maybe<Project>;
  projects: ProjectConnection;
  /**
   * Organizations of a scope ranked by a measure, best first, paged (first: 1 to 500). Equal
   * values share a rank (1, 2, 2, 4) and are ordered by id. kinds keeps only organizations of those
   * kinds (ranks are then among them). FUNDING sums the recorded funding of the projects an
   * organization undertakes in one currency: pass currency (an ISO code such as EUR); currencies
   * are never added together.
   */
  rankOrganizations: RankedOrganizationConnection;
  /**
   * How many organizations lie at each distance (in collaboration links) from an organization,
   * up to maxHops (1 to 10), within the scope (the whole graph when null).
   */
  reach: Reach;
  region?: Maybe<Region>;
  /**
   * Every reported figure about the region, and (with includeSubRegions) about its sub-regions
   * and the organizations, platforms, projects, programmes and events located in them, each with
   * its source; ordered by metric, then year (figures without a year last). At most 2000: a
   * larger answer is an error asking for a metric.
   */
  regionIndicators: Array<Indicator>;
  /**
   * Rank of a region among its siblings (regions of the same level with the same PART_OF parent)
   * by a measure counted over each sibling and its sub-regions; beside it, the ranks sources
   * report about the region (e.g. Jinzhou "ranking third in the province").
   */
  regionRank: RegionRank;
  /** Regions by level and/or parent, by name (at most 1000). */
  regions: Array<Region>;
  /**
   * Relationships of the scope's organizations by type and role: UNDERTAKES (participations in
   * projects) by role, MEMBER_OF by role, HOSTED_BY (platforms an organization hosts) and SUPPLIES
   * between organizations of the scope.
   */
  relationshipCounts: RelationshipCounts;
  /**
   * Full-text search over names (Chinese and English), aliases, indicator labels and external ids
   * (锦州, 神工, 角, shengong, key laboratories, 999993953). The first page of searchConnection:
   * the same hits in the same order, at most 100; page on with searchConnection.
   *
   * Words are matched as typed (Chinese text also character by character inside words, so 角
   * finds 长江三角洲) and, for Latin words of 3 or more letters, as prefixes (semicond) and
   * for 4 or more, within one typo (Jinzou finds Jinzhou). The text is never read as Lucene
   * syntax: AND, OR, quotes, *, ~ and the like are searched as plain text.
   *
   * Order: exact name matches first (a name, Chinese name, alias, indicator label or external id
   * equal to the text, ignoring case), then prefix matches (every word begins a word of a name),
   * then the rest (see SearchMatch); within each, the more connected entity first (degree), then
   * relevance. Searched kinds: organizations, platforms, projects, programmes, regions,
   * industries, people, events and indicators; kinds: [SOURCE] is an error (sources are not
   * indexed). Entities without a name are found by their external ids only (their displayName is
   * not indexed), so they never crowd a search for words.
   */
  search: Array<SearchHit>;
  /**
   * search, a page at a time (at most 100 a page) with cursors, totalCount and truncated. The
   * ranking covers the best 2,000 matches by relevance (truncated says when more match); a cursor
   * is an offset into this ranking, so a graph edited between pages may shift hits by a place.
   */
  searchConnection: SearchConnection;
  source?: Maybe<Source>;
  /**
   * Organizations in the region and its sub-regions (all when null) ranked by a collaboration
   * measure, on the network engine's snapshot of the scope (see networkStats): two organizations
   * are linked when they share a platform (as members or host), undertake a common project, or
   * one supplies the other. Collaborators count distinct linked organizations in scope;
   * betweenness is Brandes' betweenness centrality normalized by (n-1)(n-2)/2 pairs, exact up to
   * 2·10^9 steps of work and otherwise estimated from pivot sources drawn with a fixed seed (see
   * Connector.method). Scope limits are the engine's (ANALYSIS_TOO_LARGE names them).
   * rankOrganizations is the paged, more general form. first: 1 to 100.
   */
  topConnectors: Array<Connector>;
  /**
   * Up the supply chain of an organization (its suppliers, their suppliers, ... over SUPPLIES) or
   * of an industry (the industries that supply it, over UPSTREAM_OF), `depth` 1..5 links away.
   * `industry` keeps only links whose far end is in that industry (an organization by
   * IN_INDUSTRY, an industry itself), or also in one of its sub-industries when
   * `includeSubIndustries` (the default); the search still passes through the others.
   * Distinct links, shortest depth first, then by ids, `first` (1..1000) a page, `after` =
   * `pageInfo.endCursor`; `totalCount` counts every link within `depth`, so a page never hides
   * that more exist. A walk that reads more than 20000 links is a TRAVERSAL_LIMIT error (lower
   * `depth`). Errors: an unknown id, an id that is neither an organization nor an industry, an
   * unknown `industry`, a cursor of another query.
   */
  upstream: ChainLinkConnection;
};


export type QueryChainPartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  direction?: InputMaybe<ChainDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  includeSubIndustries?: InputMaybe<Scalars['Boolean']['input']>;
  industry?: InputMaybe<Scalars['ID']['input']>;
  kinds?: InputMaybe<Array<OrgKind>>;
  region?: InputMaybe<Scalars['ID']['input']>;
  via?: InputMaybe<Array<ChainVia>>;
};


export type QueryCollaborationChainArgs = {
  from: Scalars['ID']['input'];
  k?: InputMaybe<Scalars['Int']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
  via?: InputMaybe<Array<CollaborationVia>>;
};


export type QueryCommunitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  scope?: InputMaybe<NetworkScope>;
  topMembers?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryComponentArgs = {
  id: Scalars['ID']['input'];
  scope?: InputMaybe<NetworkScope>;
};


export type QueryDownstreamArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  includeSubIndustries?: InputMaybe<Scalars['Boolean']['input']>;
  industry?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEntityByExternalIdArgs = {
  externalId: ExternalIdInput;
};


export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIndicatorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIndicatorsArgs = {
  about?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  metric?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryIndustryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIndustryChainArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  includeSubIndustries?: InputMaybe<Scalars['Boolean']['input']>;
  industry: Scalars['ID']['input'];
  region?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryMissingLinksArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  includeSubIndustries?: InputMaybe<Scalars['Boolean']['input']>;
  industry: Scalars['ID']['input'];
  region?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryNeighborhoodArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  kinds?: InputMaybe<Array<EntityKind>>;
  limitPerKind?: InputMaybe<Scalars['Int']['input']>;
  relationshipTypes?: InputMaybe<Array<NeighborhoodRel>>;
};


export type QueryNetworkStatsArgs = {
  scope?: InputMaybe<NetworkScope>;
};


export type QueryOrganizationArgs = {
  externalId?: InputMaybe<ExternalIdInput>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OrganizationOrder>;
};


export type QueryPartnerSuggestionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlatformArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlatformBackedShareArgs = {
  fromYear?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['ID']['input']>;
  toYear?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPlatformCountsArgs = {
  includeSubRegionIndicators?: InputMaybe<Scalars['Boolean']['input']>;
  region: Scalars['ID']['input'];
};


export type QueryPlatformsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PlatformFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PlatformOrder>;
};


export type QueryProgrammeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProjectArgs = {
  externalId?: InputMaybe<ExternalIdInput>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ProjectOrder>;
};


export type QueryRankOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  by: OrganizationMeasure;
  currency?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<OrgKind>>;
  scope?: InputMaybe<NetworkScope>;
};


export type QueryReachArgs = {
  id: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  scope?: InputMaybe<NetworkScope>;
};


export type QueryRegionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRegionIndicatorsArgs = {
  includeSubRegions?: InputMaybe<Scalars['Boolean']['input']>;
  metric?: InputMaybe<Scalars['String']['input']>;
  region: Scalars['ID']['input'];
};


export type QueryRegionRankArgs = {
  measure: RegionMeasure;
  region: Scalars['ID']['input'];
};


export type QueryRegionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  level?: InputMaybe<RegionLevel>;
  parent?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryRelationshipCountsArgs = {
  scope?: InputMaybe<NetworkScope>;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  text: Scalars['String']['input'];
};


export type QuerySearchConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  text: Scalars['String']['input'];
};


export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTopConnectorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  measure?: InputMaybe<ConnectorMeasure>;
  region?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryUpstreamArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  includeSubIndustries?: InputMaybe<Scalars['Boolean']['input']>;
  industry?: InputMaybe<Scalars['ID']['input']>;
};

/** Whether a computed rank says anything, and why not when it does not. */
export type RankCoverage = {
  __typename?: 'RankCoverage';
  /** False when there is nothing to rank against: no sibling in the graph, or none of them and not the region has a value. */
  comparable: Scalars['Boolean']['output'];
  /**
   * ABSENT when not comparable; else the weakest level of `value` (THIN or PARTIAL), or COMPLETE
   * when the region's value covers what sources count and every sibling has a value.
   */
  level: CoverageLevel;
  /**
   * One sentence for a dashboard, e.g. "No sibling of Jinzhou is in the graph, so rank 1 of 1 is no
   * finding; sources report rank 3 (...)", quoting the reported ranks of what the measure counts
   * (for PROVINCIAL_PLATFORMS those of provincial-level platforms of any kind).
   */
  note: Scalars['String']['output'];
  /** Siblings of the region (itself not included) that the graph holds. */
  siblingsInGraph: Scalars['Int']['output'];
  /** Of those, how many have a value above 0 for the measure. */
  siblingsWithData: Scalars['Int']['output'];
  /** The region's value beside the counts sources report of the same population (platform_count for PLATFORMS, provincial_platform_count for PROVINCIAL_PLATFORMS, enterprise_count, high_tech_enterprise_count, project_count; not for ORGANIZATIONS). */
  value: Array<Coverage>;
};

export type RankedOrganization = {
  __typename?: 'RankedOrganization';
  collaborators: Scalars['Int']['output'];
  organization: Organization;
  platforms: Scalars['Int']['output'];
  projects: Scalars['Int']['output'];
  /** 1 = highest; equal values share a rank. */
  rank: Scalars['Int']['output'];
  /** The measure's value. */
  value: Scalars['Float']['output'];
};

export type RankedOrganizationConnection = {
  __typename?: 'RankedOrganizationConnection';
  analysis: NetworkAnalysis;
  by: OrganizationMeasure;
  currency?: Maybe<Scalars['String']['output']>;
  edges: Array<RankedOrganizationEdge>;
  /** exact, or how the figures were estimated (sampled betweenness, iterative PageRank). */
  method: Scalars['String']['output'];
  pageInfo: PageInfo;
  /** Pivot sources used when sampled; null when exact. */
  sampleSize?: Maybe<Scalars['Int']['output']>;
  /** Organizations ranked (after the kinds filter). */
  totalCount: Scalars['Int']['output'];
};

export type RankedOrganizationEdge = {
  __typename?: 'RankedOrganizationEdge';
  cursor: Scalars['String']['output'];
  node: RankedOrganization;
};

export type Reach = {
  __typename?: 'Reach';
  analysis: NetworkAnalysis;
  /**
   * Closeness within maxHops (Wasserman-Faust): (reached / (n - 1)) × (reached / sum of distances);
   * over the whole component when maxHops reaches its diameter. 0 when nothing is reached.
   */
  closeness: Scalars['Float']['output'];
  /** Organizations at each distance, from 0 (the organization itself) to maxHops. */
  histogram: Array<ReachCount>;
  maxHops: Scalars['Int']['output'];
  organization: Organization;
  /** Organizations within maxHops, the organization itself excluded. */
  reached: Scalars['Int']['output'];
};

export type ReachCount = {
  __typename?: 'ReachCount';
  count: Scalars['Int']['output'];
  hops: Scalars['Int']['output'];
};

export type Region = Entity & {
  __typename?: 'Region';
  aliases: Array<Scalars['String']['output']>;
  children: Array<Region>;
  /** children, a page at a time in (name, id) order, to the end of any hub (at most 500 a page). */
  childrenConnection: RegionConnection;
  /** ISO 3166-1 alpha-2 code, for a country (and, when recorded, the regions inside one). */
  country?: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Figures reported about this region (not its sub-regions; see regionIndicators). */
  indicators: Array<Indicator>;
  /** indicators, a page at a time in (name, id) order, to the end of any hub (at most 500 a page). */
  indicatorsConnection: IndicatorConnection;
  level: RegionLevel;
  name?: Maybe<Scalars['String']['output']>;
  nameZh?: Maybe<Scalars['String']['output']>;
  parent?: Maybe<Region>;
  provenance: Provenance;
};


export type RegionChildrenArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type RegionChildrenConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type RegionIndicatorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type RegionIndicatorsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RegionConnection = {
  __typename?: 'RegionConnection';
  edges: Array<RegionEdge>;
  nodes: Array<Region>;
  pageInfo: PageInfo;
  /** Counted in the database; computed only when asked for. */
  totalCount: Scalars['Int']['output'];
};

export type RegionEdge = {
  __typename?: 'RegionEdge';
  cursor: Scalars['String']['output'];
  node: Region;
};

/**
 * Levels of the region tree (PART_OF). A COUNTRY_GROUP holds countries (the EU, the countries
 * associated to a programme); a country may be part of several groups. Countries carry their
 * ISO 3166-1 alpha-2 code (Region.country).
 */
export type RegionLevel =
  | 'CITY'
  | 'COUNTRY'
  | 'COUNTRY_GROUP'
  | 'COUNTY'
  | 'MACRO_REGION'
  | 'PROVINCE';

/** What regionRank counts in each sibling and its sub-regions. */
export type RegionMeasure =
  | 'ENTERPRISES'
  /** Enterprises with highTech: true. */
  | 'HIGH_TECH_ENTERPRISES'
  /** Organizations of every kind. */
  | 'ORGANIZATIONS'
  /** Platforms located there. */
  | 'PLATFORMS'
  /** Projects located there. */
  | 'PROJECTS'
  /** Platforms of level PROVINCIAL or NATIONAL. */
  | 'PROVINCIAL_PLATFORMS';

export type RegionRank = {
  __typename?: 'RegionRank';
  /** Whether this rank is a finding: how many siblings the graph holds and how much of the counted population. */
  coverage: RankCoverage;
  measure: RegionMeasure;
  /** The parent the siblings share (the first by name if the region has several); null for a root region, which is ranked alone. */
  parent?: Maybe<Region>;
  /** 1 = highest value; siblings with equal values share a rank (1, 2, 2, 4). */
  rank: Scalars['Int']['output'];
  region: Region;
  /** Ranks sources report about the region (unit RANK), with provenance; their scope says what they rank. */
  reported: Array<Indicator>;
  /** Siblings ranked, the region included. */
  siblingCount: Scalars['Int']['output'];
  siblings: Array<RegionValue>;
  value: Scalars['Int']['output'];
};

export type RegionShare = {
  __typename?: 'RegionShare';
  count: Scalars['Int']['output'];
  region: Region;
};

export type RegionValue = {
  __typename?: 'RegionValue';
  rank: Scalars['Int']['output'];
  region: Region;
  value: Scalars['Int']['output'];
};

export type RelationshipCount = {
  __typename?: 'RelationshipCount';
  count: Scalars['Int']['output'];
  /** The role recorded on the relationship; null for types without one. */
  role?: Maybe<Scalars['String']['output']>;
  /** UNDERTAKES, MEMBER_OF, HOSTED_BY or SUPPLIES. */
  type: Scalars['String']['output'];
};

export type RelationshipCounts = {
  __typename?: 'RelationshipCounts';
  analysis: NetworkAnalysis;
  byTypeAndRole: Array<RelationshipCount>;
  /** Participations in projects (UNDERTAKES), all roles. */
  participations: Scalars['Int']['output'];
};

export type SearchConnection = {
  __typename?: 'SearchConnection';
  edges: Array<SearchEdge>;
  nodes: Array<Entity>;
  pageInfo: PageInfo;
  /** Every entity of the kinds that the text matches, counted in the database (not only the ranked ones). */
  totalCount: Scalars['Int']['output'];
  /**
   * True when more entities match than the ranking covers (the best 2,000 by relevance): the pages
   * end there. Narrow the text or the kinds to reach the rest.
   */
  truncated: Scalars['Boolean']['output'];
};

export type SearchEdge = {
  __typename?: 'SearchEdge';
  cursor: Scalars['String']['output'];
  degree: Scalars['Int']['output'];
  match: SearchMatch;
  node: Entity;
  score: Scalars['Float']['output'];
};

export type SearchHit = {
  __typename?: 'SearchHit';
  /** The entity's relationships (supply links counted once): the second key of the order. */
  degree: Scalars['Int']['output'];
  entity: Entity;
  /** How the text matched the entity's names: the first key of the order. */
  match: SearchMatch;
  /** Lucene relevance score; higher is better. Ranks hits only within the same match and degree. */
  score: Scalars['Float']['output'];
};

export type SearchMatch =
  /** A name, Chinese name, alias, indicator label or external id (or its value) equals the text, ignoring case. */
  | 'EXACT'
  /** Anything else the index found: Chinese text inside a word (角 in 三角), some words only, or a typo. */
  | 'OTHER'
  /** Every word of the text begins a word of a name (Cambridge in University of Cambridge, 锦州 in 锦州神工…). */
  | 'PREFIX';

/** How far a segment's count can be trusted as a finding. */
export type SegmentCoverage =
  /** None here, but the region has enterprises in other segments of this chain: a gap in a chain it otherwise holds. */
  | 'GAP'
  /** No enterprise anywhere in the graph is in this industry: nothing is tagged with it, so 0 says nothing about the region. */
  | 'NOT_IN_GRAPH'
  /** The region has enterprises in this segment. */
  | 'PRESENT'
  /** None here, and the region has no enterprise anywhere on this chain, although the graph has some here elsewhere: the graph holds nothing of this chain for the region. */
  | 'REGION_NOT_ON_CHAIN';

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** A cited document: a news report, or a dataset. */
export type Source = Entity & {
  __typename?: 'Source';
  author?: Maybe<Scalars['String']['output']>;
  /** As precise as the document gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  file?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  language?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  provenance: Provenance;
  publisher?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

export type Specialization =
  | 'GENERIC'
  | 'SPECIALIZED';

/** Why an organization is suggested; the fields of its kind are set, the others are null. */
export type SuggestionReason = {
  __typename?: 'SuggestionReason';
  /**
   * COMMON_PARTNERS: always true since the count is exact.
   * @deprecated Common partners are counted exactly on the network engine.
   */
  complete?: Maybe<Scalars['Boolean']['output']>;
  /** COMMON_PARTNERS: how many organizations are linked to both, counted exactly. */
  count?: Maybe<Scalars['Int']['output']>;
  /** CHAIN_ADJACENT: the consuming industry. */
  downstream?: Maybe<Industry>;
  /** SHARED_INDUSTRY: the industry both are in. */
  industry?: Maybe<Industry>;
  kind: SuggestionReasonKind;
  /** COMMON_PARTNERS: up to 5 organizations linked to both, by name. */
  partners?: Maybe<Array<Organization>>;
  /** CHAIN_ADJACENT: the product of the link, when recorded. */
  product?: Maybe<Scalars['String']['output']>;
  /** SAME_REGION: the region both are located in. */
  region?: Maybe<Region>;
  /** CHAIN_ADJACENT: the supplying industry of the UPSTREAM_OF link. */
  upstream?: Maybe<Industry>;
};

export type SuggestionReasonKind =
  | 'CHAIN_ADJACENT'
  | 'COMMON_PARTNERS'
  | 'SAME_REGION'
  | 'SHARED_INDUSTRY';

export type SupplyLink = {
  __typename?: 'SupplyLink';
  customer: Organization;
  product?: Maybe<Scalars['String']['output']>;
  provenance: Provenance;
  since?: Maybe<Scalars['Int']['output']>;
  supplier: Organization;
};

export type SupplyLinkConnection = {
  __typename?: 'SupplyLinkConnection';
  edges: Array<SupplyLinkEdge>;
  nodes: Array<SupplyLink>;
  pageInfo: PageInfo;
  /** Counted in the database; computed only when asked for. */
  totalCount: Scalars['Int']['output'];
};

export type SupplyLinkEdge = {
  __typename?: 'SupplyLinkEdge';
  cursor: Scalars['String']['output'];
  node: SupplyLink;
};

/** Unit of an indicator's value. MONEY is an amount in the indicator's currency; CNY is MONEY in yuan (Indicator.money gives both as Money). */
export type Unit =
  | 'CNY'
  | 'COUNT'
  | 'MONEY'
  | 'MULTIPLE'
  | 'PERCENT'
  | 'PERSON'
  | 'RANK'
  | 'TIMES'
  | 'YEARS';

export type UnlinkResult = {
  __typename?: 'UnlinkResult';
  from: Entity;
  kind: LinkKind;
  /** False when there was no such relationship. */
  removed: Scalars['Boolean']['output'];
  to: Entity;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  HopConnector:
    | ( GraphNode )
    | ( GraphNode )
    | ( Partial<Omit<SupplyLink, 'customer' | 'provenance' | 'supplier'> & { customer: _RefType['Organization'], provenance: _RefType['Provenance'], supplier: _RefType['Organization'] }> )
  ;
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Affiliation: ResolverTypeWrapper<Partial<Omit<Affiliation, 'organization' | 'person' | 'provenance'> & { organization: ResolversTypes['Entity'], person: ResolversTypes['Person'], provenance: ResolversTypes['Provenance'] }>>;
  AffiliationConnection: ResolverTypeWrapper<Partial<Omit<AffiliationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AffiliationEdge']>, nodes: Array<ResolversTypes['Affiliation']> }>>;
  AffiliationEdge: ResolverTypeWrapper<Partial<Omit<AffiliationEdge, 'node'> & { node: ResolversTypes['Affiliation'] }>>;
  Boolean: ResolverTypeWrapper<Partial<Scalars['Boolean']['output']>>;
  ChainDirection: ResolverTypeWrapper<Partial<ChainDirection>>;
  ChainHop: ResolverTypeWrapper<Partial<Omit<ChainHop, 'connector' | 'from' | 'fromEnd' | 'to' | 'toEnd'> & { connector: ResolversTypes['HopConnector'], from: ResolversTypes['Organization'], fromEnd: ResolversTypes['HopEnd'], to: ResolversTypes['Organization'], toEnd: ResolversTypes['HopEnd'] }>>;
  ChainLink: ResolverTypeWrapper<Partial<Omit<ChainLink, 'from' | 'provenance' | 'to'> & { from: ResolversTypes['Entity'], provenance: ResolversTypes['Provenance'], to: ResolversTypes['Entity'] }>>;
  ChainLinkConnection: ResolverTypeWrapper<Partial<Omit<ChainLinkConnection, 'nodes'> & { nodes: Array<ResolversTypes['ChainLink']> }>>;
  ChainPartner: ResolverTypeWrapper<Partial<Omit<ChainPartner, 'organization' | 'paths'> & { organization: ResolversTypes['Organization'], paths: Array<ResolversTypes['ChainPath']> }>>;
  ChainPartnerConnection: ResolverTypeWrapper<Partial<Omit<ChainPartnerConnection, 'nodes'> & { nodes: Array<ResolversTypes['ChainPartner']> }>>;
  ChainPath: ResolverTypeWrapper<Partial<Omit<ChainPath, 'fromIndustry' | 'industryLinks' | 'supplies' | 'toIndustry'> & { fromIndustry?: Maybe<ResolversTypes['IndustryMembership']>, industryLinks: Array<ResolversTypes['IndustryLink']>, supplies: Array<ResolversTypes['SupplyLink']>, toIndustry?: Maybe<ResolversTypes['IndustryMembership']> }>>;
  ChainPosition: ResolverTypeWrapper<Partial<ChainPosition>>;
  ChainSegment: ResolverTypeWrapper<Segment>;
  ChainVia: ResolverTypeWrapper<Partial<ChainVia>>;
  CollaborationChain: ResolverTypeWrapper<Partial<Omit<CollaborationChain, 'hops' | 'organizations'> & { hops: Array<ResolversTypes['ChainHop']>, organizations: Array<ResolversTypes['Organization']> }>>;
  CollaborationVia: ResolverTypeWrapper<Partial<CollaborationVia>>;
  Communities: ResolverTypeWrapper<Partial<Omit<Communities, 'analysis' | 'communities'> & { analysis: ResolversTypes['NetworkAnalysis'], communities: Array<ResolversTypes['Community']> }>>;
  Community: ResolverTypeWrapper<Partial<Omit<Community, 'industries' | 'regions' | 'topMembers'> & { industries: Array<ResolversTypes['IndustryShare']>, regions: Array<ResolversTypes['RegionShare']>, topMembers: Array<ResolversTypes['CommunityMember']> }>>;
  CommunityMember: ResolverTypeWrapper<Omit<Omit<CommunityMember, 'organization'> & { organization: ResolversTypes['Organization'] }, 'organization'> & { id: string }>;
  ComponentSummary: ResolverTypeWrapper<Partial<ComponentSummary>>;
  Connector: ResolverTypeWrapper<ConnectorRow>;
  ConnectorMeasure: ResolverTypeWrapper<Partial<ConnectorMeasure>>;
  Coverage: ResolverTypeWrapper<Partial<Omit<Coverage, 'indicator'> & { indicator: ResolversTypes['Indicator'] }>>;
  CoverageLevel: ResolverTypeWrapper<Partial<CoverageLevel>>;
  CurrencyFunding: ResolverTypeWrapper<Partial<Omit<CurrencyFunding, 'funding' | 'platformBackedFunding'> & { funding: ResolversTypes['Money'], platformBackedFunding: ResolversTypes['Money'] }>>;
  DegreeBucket: ResolverTypeWrapper<Partial<DegreeBucket>>;
  DegreeSummary: ResolverTypeWrapper<Partial<DegreeSummary>>;
  DeleteResult: ResolverTypeWrapper<Partial<Omit<DeleteResult, 'entity'> & { entity: ResolversTypes['Entity'] }>>;
  Entity: ResolverTypeWrapper<GraphNode>;
  EntityConnection: ResolverTypeWrapper<Partial<Omit<EntityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['EntityEdge']>, nodes: Array<ResolversTypes['Entity']> }>>;
  EntityEdge: ResolverTypeWrapper<Partial<Omit<EntityEdge, 'node'> & { node: ResolversTypes['Entity'] }>>;
  EntityKind: ResolverTypeWrapper<Partial<EntityKind>>;
  Event: ResolverTypeWrapper<GraphNode>;
  EventKind: ResolverTypeWrapper<Partial<EventKind>>;
  ExternalId: ResolverTypeWrapper<Partial<ExternalId>>;
  ExternalIdInput: ResolverTypeWrapper<Partial<ExternalIdInput>>;
  Float: ResolverTypeWrapper<Partial<Scalars['Float']['output']>>;
  Funding: ResolverTypeWrapper<Partial<Omit<Funding, 'amount' | 'funder' | 'project' | 'provenance'> & { amount?: Maybe<ResolversTypes['Money']>, funder: ResolversTypes['Organization'], project: ResolversTypes['Project'], provenance: ResolversTypes['Provenance'] }>>;
  FundingConnection: ResolverTypeWrapper<Partial<Omit<FundingConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['FundingEdge']>, nodes: Array<ResolversTypes['Funding']> }>>;
  FundingEdge: ResolverTypeWrapper<Partial<Omit<FundingEdge, 'node'> & { node: ResolversTypes['Funding'] }>>;
  GraphEdgeOut: ResolverTypeWrapper<Partial<GraphEdgeOut>>;
  GraphNodeOut: ResolverTypeWrapper<Partial<GraphNodeOut>>;
  Health: ResolverTypeWrapper<Partial<Health>>;
  HopConnector: Partial<ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['HopConnector']>>;
  HopEnd: ResolverTypeWrapper<Partial<Omit<HopEnd, 'organization' | 'provenance'> & { organization: ResolversTypes['Organization'], provenance: ResolversTypes['Provenance'] }>>;
  HopRelationship: ResolverTypeWrapper<Partial<HopRelationship>>;
  HopRole: ResolverTypeWrapper<Partial<HopRole>>;
  ID: ResolverTypeWrapper<Partial<Scalars['ID']['output']>>;
  ImportSummary: ResolverTypeWrapper<Partial<ImportSummary>>;
  ImportWarning: ResolverTypeWrapper<Partial<ImportWarning>>;
  ImportedFile: ResolverTypeWrapper<Partial<ImportedFile>>;
  Indicator: ResolverTypeWrapper<GraphNode>;
  IndicatorConnection: ResolverTypeWrapper<Partial<Omit<IndicatorConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['IndicatorEdge']>, nodes: Array<ResolversTypes['Indicator']> }>>;
  IndicatorEdge: ResolverTypeWrapper<Partial<Omit<IndicatorEdge, 'node'> & { node: ResolversTypes['Indicator'] }>>;
  Industry: ResolverTypeWrapper<GraphNode>;
  IndustryChain: ResolverTypeWrapper<Partial<Omit<IndustryChain, 'industry' | 'missing' | 'region' | 'segments'> & { industry: ResolversTypes['Industry'], missing: Array<ResolversTypes['ChainSegment']>, region?: Maybe<ResolversTypes['Region']>, segments: Array<ResolversTypes['ChainSegment']> }>>;
  IndustryConnection: ResolverTypeWrapper<Partial<Omit<IndustryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['IndustryEdge']>, nodes: Array<ResolversTypes['Industry']> }>>;
  IndustryEdge: ResolverTypeWrapper<Partial<Omit<IndustryEdge, 'node'> & { node: ResolversTypes['Industry'] }>>;
  IndustryLink: ResolverTypeWrapper<Partial<Omit<IndustryLink, 'downstream' | 'provenance' | 'upstream'> & { downstream: ResolversTypes['Industry'], provenance: ResolversTypes['Provenance'], upstream: ResolversTypes['Industry'] }>>;
  IndustryLinkConnection: ResolverTypeWrapper<Partial<Omit<IndustryLinkConnection, 'nodes'> & { nodes: Array<ResolversTypes['IndustryLink']> }>>;
  IndustryMembership: ResolverTypeWrapper<Partial<Omit<IndustryMembership, 'industry' | 'organization' | 'provenance' | 'tagged'> & { industry: ResolversTypes['Industry'], organization: ResolversTypes['Organization'], provenance: ResolversTypes['Provenance'], tagged: ResolversTypes['Industry'] }>>;
  IndustryShare: ResolverTypeWrapper<Omit<Omit<IndustryShare, 'industry'> & { industry: ResolversTypes['Industry'] }, 'industry'> & { id: string }>;
  Int: ResolverTypeWrapper<Partial<Scalars['Int']['output']>>;
  JSON: ResolverTypeWrapper<Partial<Scalars['JSON']['output']>>;
  Level: ResolverTypeWrapper<Partial<Level>>;
  LinkDirection: ResolverTypeWrapper<Partial<LinkDirection>>;
  LinkKind: ResolverTypeWrapper<Partial<LinkKind>>;
  LinkResult: ResolverTypeWrapper<Partial<Omit<LinkResult, 'from' | 'to'> & { from: ResolversTypes['Entity'], to: ResolversTypes['Entity'] }>>;
  LinkTally: ResolverTypeWrapper<Partial<LinkTally>>;
  MemberRole: ResolverTypeWrapper<Partial<MemberRole>>;
  Membership: ResolverTypeWrapper<Partial<Omit<Membership, 'organization' | 'platform' | 'provenance'> & { organization: ResolversTypes['Organization'], platform: ResolversTypes['Platform'], provenance: ResolversTypes['Provenance'] }>>;
  MembershipConnection: ResolverTypeWrapper<Partial<Omit<MembershipConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['MembershipEdge']>, nodes: Array<ResolversTypes['Membership']> }>>;
  MembershipEdge: ResolverTypeWrapper<Partial<Omit<MembershipEdge, 'node'> & { node: ResolversTypes['Membership'] }>>;
  MergeResult: ResolverTypeWrapper<Partial<Omit<MergeResult, 'entity'> & { entity: ResolversTypes['Entity'] }>>;
  Money: ResolverTypeWrapper<Partial<Money>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Neighborhood: ResolverTypeWrapper<Partial<Neighborhood>>;
  NeighborhoodRel: ResolverTypeWrapper<Partial<NeighborhoodRel>>;
  NetworkAnalysis: ResolverTypeWrapper<Partial<Omit<NetworkAnalysis, 'industry' | 'programme' | 'region'> & { industry?: Maybe<ResolversTypes['Industry']>, programme?: Maybe<ResolversTypes['Programme']>, region?: Maybe<ResolversTypes['Region']> }>>;
  NetworkComponent: ResolverTypeWrapper<Partial<Omit<NetworkComponent, 'analysis' | 'organization'> & { analysis: ResolversTypes['NetworkAnalysis'], organization: ResolversTypes['Organization'] }>>;
  NetworkScope: ResolverTypeWrapper<Partial<NetworkScope>>;
  NetworkStats: ResolverTypeWrapper<Partial<Omit<NetworkStats, 'analysis'> & { analysis: ResolversTypes['NetworkAnalysis'] }>>;
  OrgKind: ResolverTypeWrapper<Partial<OrgKind>>;
  Organization: ResolverTypeWrapper<GraphNode>;
  OrganizationConnection: ResolverTypeWrapper<Omit<Omit<OrganizationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['OrganizationEdge']>, nodes: Array<ResolversTypes['Organization']> }, 'totalCount'> & { totalCount: number | (() => Promise<number>) }>;
  OrganizationEdge: ResolverTypeWrapper<Partial<Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }>>;
  OrganizationFilter: ResolverTypeWrapper<Partial<OrganizationFilter>>;
  OrganizationInput: ResolverTypeWrapper<Partial<OrganizationInput>>;
  OrganizationMeasure: ResolverTypeWrapper<Partial<OrganizationMeasure>>;
  OrganizationOrder: ResolverTypeWrapper<Partial<OrganizationOrder>>;
  OrganizationPatch: ResolverTypeWrapper<Partial<OrganizationPatch>>;
  OrganizationSortKey: ResolverTypeWrapper<Partial<OrganizationSortKey>>;
  PageInfo: ResolverTypeWrapper<Partial<PageInfo>>;
  Participation: ResolverTypeWrapper<Partial<Omit<Participation, 'contribution' | 'organization' | 'project' | 'provenance'> & { contribution?: Maybe<ResolversTypes['Money']>, organization: ResolversTypes['Organization'], project: ResolversTypes['Project'], provenance: ResolversTypes['Provenance'] }>>;
  ParticipationConnection: ResolverTypeWrapper<Partial<Omit<ParticipationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ParticipationEdge']>, nodes: Array<ResolversTypes['Participation']> }>>;
  ParticipationEdge: ResolverTypeWrapper<Partial<Omit<ParticipationEdge, 'node'> & { node: ResolversTypes['Participation'] }>>;
  PartnerSuggestion: ResolverTypeWrapper<Partial<Omit<PartnerSuggestion, 'organization' | 'reasons'> & { organization: ResolversTypes['Organization'], reasons: Array<ResolversTypes['SuggestionReason']> }>>;
  Person: ResolverTypeWrapper<GraphNode>;
  PersonRole: ResolverTypeWrapper<Partial<PersonRole>>;
  Platform: ResolverTypeWrapper<GraphNode>;
  PlatformBackedShare: ResolverTypeWrapper<Partial<Omit<PlatformBackedShare, 'coverage' | 'fundingByCurrency' | 'region' | 'reported'> & { coverage: Array<ResolversTypes['Coverage']>, fundingByCurrency: Array<ResolversTypes['CurrencyFunding']>, region?: Maybe<ResolversTypes['Region']>, reported: Array<ResolversTypes['Indicator']> }>>;
  PlatformConnection: ResolverTypeWrapper<Omit<Omit<PlatformConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PlatformEdge']>, nodes: Array<ResolversTypes['Platform']> }, 'totalCount'> & { totalCount: number | (() => Promise<number>) }>;
  PlatformCounts: ResolverTypeWrapper<Partial<Omit<PlatformCounts, 'coverage' | 'region' | 'reported'> & { coverage: Array<ResolversTypes['Coverage']>, region: ResolversTypes['Region'], reported: Array<ResolversTypes['Indicator']> }>>;
  PlatformEdge: ResolverTypeWrapper<Partial<Omit<PlatformEdge, 'node'> & { node: ResolversTypes['Platform'] }>>;
  PlatformFilter: ResolverTypeWrapper<Partial<PlatformFilter>>;
  PlatformInput: ResolverTypeWrapper<Partial<PlatformInput>>;
  PlatformKind: ResolverTypeWrapper<Partial<PlatformKind>>;
  PlatformKindCount: ResolverTypeWrapper<Partial<PlatformKindCount>>;
  PlatformKindLevelCount: ResolverTypeWrapper<Partial<PlatformKindLevelCount>>;
  PlatformLevelCount: ResolverTypeWrapper<Partial<PlatformLevelCount>>;
  PlatformOrder: ResolverTypeWrapper<Partial<PlatformOrder>>;
  PlatformPatch: ResolverTypeWrapper<Partial<PlatformPatch>>;
  PlatformSortKey: ResolverTypeWrapper<Partial<PlatformSortKey>>;
  PlatformStatus: ResolverTypeWrapper<Partial<PlatformStatus>>;
  Programme: ResolverTypeWrapper<GraphNode>;
  ProgrammeParticipation: ResolverTypeWrapper<Partial<Omit<ProgrammeParticipation, 'contribution' | 'participant' | 'programme' | 'provenance'> & { contribution?: Maybe<ResolversTypes['Money']>, participant: ResolversTypes['Entity'], programme: ResolversTypes['Programme'], provenance: ResolversTypes['Provenance'] }>>;
  ProgrammeParticipationConnection: ResolverTypeWrapper<Partial<Omit<ProgrammeParticipationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ProgrammeParticipationEdge']>, nodes: Array<ResolversTypes['ProgrammeParticipation']> }>>;
  ProgrammeParticipationEdge: ResolverTypeWrapper<Partial<Omit<ProgrammeParticipationEdge, 'node'> & { node: ResolversTypes['ProgrammeParticipation'] }>>;
  ProgrammeRole: ResolverTypeWrapper<Partial<ProgrammeRole>>;
  Project: ResolverTypeWrapper<GraphNode>;
  ProjectConnection: ResolverTypeWrapper<Omit<Omit<ProjectConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ProjectEdge']>, nodes: Array<ResolversTypes['Project']> }, 'totalCount'> & { totalCount: number | (() => Promise<number>) }>;
  ProjectEdge: ResolverTypeWrapper<Partial<Omit<ProjectEdge, 'node'> & { node: ResolversTypes['Project'] }>>;
  ProjectFilter: ResolverTypeWrapper<Partial<ProjectFilter>>;
  ProjectInput: ResolverTypeWrapper<Partial<ProjectInput>>;
  ProjectOrder: ResolverTypeWrapper<Partial<ProjectOrder>>;
  ProjectPatch: ResolverTypeWrapper<Partial<ProjectPatch>>;
  ProjectRole: ResolverTypeWrapper<Partial<ProjectRole>>;
  ProjectSortKey: ResolverTypeWrapper<Partial<ProjectSortKey>>;
  Provenance: ResolverTypeWrapper<Record<string, unknown>>;
  ProvenanceInput: ResolverTypeWrapper<Partial<ProvenanceInput>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RankCoverage: ResolverTypeWrapper<Partial<Omit<RankCoverage, 'value'> & { value: Array<ResolversTypes['Coverage']> }>>;
  RankedOrganization: ResolverTypeWrapper<Omit<Omit<RankedOrganization, 'organization'> & { organization: ResolversTypes['Organization'] }, 'organization'> & { id: string }>;
  RankedOrganizationConnection: ResolverTypeWrapper<Partial<Omit<RankedOrganizationConnection, 'analysis' | 'edges'> & { analysis: ResolversTypes['NetworkAnalysis'], edges: Array<ResolversTypes['RankedOrganizationEdge']> }>>;
  RankedOrganizationEdge: ResolverTypeWrapper<Partial<Omit<RankedOrganizationEdge, 'node'> & { node: ResolversTypes['RankedOrganization'] }>>;
  Reach: ResolverTypeWrapper<Partial<Omit<Reach, 'analysis' | 'organization'> & { analysis: ResolversTypes['NetworkAnalysis'], organization: ResolversTypes['Organization'] }>>;
  ReachCount: ResolverTypeWrapper<Partial<ReachCount>>;
  Region: ResolverTypeWrapper<GraphNode>;
  RegionConnection: ResolverTypeWrapper<Partial<Omit<RegionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RegionEdge']>, nodes: Array<ResolversTypes['Region']> }>>;
  RegionEdge: ResolverTypeWrapper<Partial<Omit<RegionEdge, 'node'> & { node: ResolversTypes['Region'] }>>;
  RegionLevel: ResolverTypeWrapper<Partial<RegionLevel>>;
  RegionMeasure: ResolverTypeWrapper<Partial<RegionMeasure>>;
  RegionRank: ResolverTypeWrapper<Partial<Omit<RegionRank, 'coverage' | 'parent' | 'region' | 'reported' | 'siblings'> & { coverage: ResolversTypes['RankCoverage'], parent?: Maybe<ResolversTypes['Region']>, region: ResolversTypes['Region'], reported: Array<ResolversTypes['Indicator']>, siblings: Array<ResolversTypes['RegionValue']> }>>;
  RegionShare: ResolverTypeWrapper<Omit<Omit<RegionShare, 'region'> & { region: ResolversTypes['Region'] }, 'region'> & { id: string }>;
  RegionValue: ResolverTypeWrapper<Partial<Omit<RegionValue, 'region'> & { region: ResolversTypes['Region'] }>>;
  RelationshipCount: ResolverTypeWrapper<Partial<RelationshipCount>>;
  RelationshipCounts: ResolverTypeWrapper<Partial<Omit<RelationshipCounts, 'analysis'> & { analysis: ResolversTypes['NetworkAnalysis'] }>>;
  SearchConnection: ResolverTypeWrapper<Partial<Omit<SearchConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SearchEdge']>, nodes: Array<ResolversTypes['Entity']> }>>;
  SearchEdge: ResolverTypeWrapper<Partial<Omit<SearchEdge, 'node'> & { node: ResolversTypes['Entity'] }>>;
  SearchHit: ResolverTypeWrapper<Partial<Omit<SearchHit, 'entity'> & { entity: ResolversTypes['Entity'] }>>;
  SearchMatch: ResolverTypeWrapper<Partial<SearchMatch>>;
  SegmentCoverage: ResolverTypeWrapper<Partial<SegmentCoverage>>;
  SortDirection: ResolverTypeWrapper<Partial<SortDirection>>;
  Source: ResolverTypeWrapper<GraphNode>;
  Specialization: ResolverTypeWrapper<Partial<Specialization>>;
  String: ResolverTypeWrapper<Partial<Scalars['String']['output']>>;
  SuggestionReason: ResolverTypeWrapper<Partial<Omit<SuggestionReason, 'downstream' | 'industry' | 'partners' | 'region' | 'upstream'> & { downstream?: Maybe<ResolversTypes['Industry']>, industry?: Maybe<ResolversTypes['Industry']>, partners?: Maybe<Array<ResolversTypes['Organization']>>, region?: Maybe<ResolversTypes['Region']>, upstream?: Maybe<ResolversTypes['Industry']> }>>;
  SuggestionReasonKind: ResolverTypeWrapper<Partial<SuggestionReasonKind>>;
  SupplyLink: ResolverTypeWrapper<Partial<Omit<SupplyLink, 'customer' | 'provenance' | 'supplier'> & { customer: ResolversTypes['Organization'], provenance: ResolversTypes['Provenance'], supplier: ResolversTypes['Organization'] }>>;
  SupplyLinkConnection: ResolverTypeWrapper<Partial<Omit<SupplyLinkConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SupplyLinkEdge']>, nodes: Array<ResolversTypes['SupplyLink']> }>>;
  SupplyLinkEdge: ResolverTypeWrapper<Partial<Omit<SupplyLinkEdge, 'node'> & { node: ResolversTypes['SupplyLink'] }>>;
  Unit: ResolverTypeWrapper<Partial<Unit>>;
  UnlinkResult: ResolverTypeWrapper<Partial<Omit<UnlinkResult, 'from' | 'to'> & { from: ResolversTypes['Entity'], to: ResolversTypes['Entity'] }>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Affiliation: Partial<Omit<Affiliation, 'organization' | 'person' | 'provenance'> & { organization: ResolversParentTypes['Entity'], person: ResolversParentTypes['Person'], provenance: ResolversParentTypes['Provenance'] }>;
  AffiliationConnection: Partial<Omit<AffiliationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AffiliationEdge']>, nodes: Array<ResolversParentTypes['Affiliation']> }>;
  AffiliationEdge: Partial<Omit<AffiliationEdge, 'node'> & { node: ResolversParentTypes['Affiliation'] }>;
  Boolean: Partial<Scalars['Boolean']['output']>;
  ChainHop: Partial<Omit<ChainHop, 'connector' | 'from' | 'fromEnd' | 'to' | 'toEnd'> & { connector: ResolversParentTypes['HopConnector'], from: ResolversParentTypes['Organization'], fromEnd: ResolversParentTypes['HopEnd'], to: ResolversParentTypes['Organization'], toEnd: ResolversParentTypes['HopEnd'] }>;
  ChainLink: Partial<Omit<ChainLink, 'from' | 'provenance' | 'to'> & { from: ResolversParentTypes['Entity'], provenance: ResolversParentTypes['Provenance'], to: ResolversParentTypes['Entity'] }>;
  ChainLinkConnection: Partial<Omit<ChainLinkConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['ChainLink']> }>;
  ChainPartner: Partial<Omit<ChainPartner, 'organization' | 'paths'> & { organization: ResolversParentTypes['Organization'], paths: Array<ResolversParentTypes['ChainPath']> }>;
  ChainPartnerConnection: Partial<Omit<ChainPartnerConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['ChainPartner']> }>;
  ChainPath: Partial<Omit<ChainPath, 'fromIndustry' | 'industryLinks' | 'supplies' | 'toIndustry'> & { fromIndustry?: Maybe<ResolversParentTypes['IndustryMembership']>, industryLinks: Array<ResolversParentTypes['IndustryLink']>, supplies: Array<ResolversParentTypes['SupplyLink']>, toIndustry?: Maybe<ResolversParentTypes['IndustryMembership']> }>;
  ChainSegment: Segment;
  CollaborationChain: Partial<Omit<CollaborationChain, 'hops' | 'organizations'> & { hops: Array<ResolversParentTypes['ChainHop']>, organizations: Array<ResolversParentTypes['Organization']> }>;
  Communities: Partial<Omit<Communities, 'analysis' | 'communities'> & { analysis: ResolversParentTypes['NetworkAnalysis'], communities: Array<ResolversParentTypes['Community']> }>;
  Community: Partial<Omit<Community, 'industries' | 'regions' | 'topMembers'> & { industries: Array<ResolversParentTypes['IndustryShare']>, regions: Array<ResolversParentTypes['RegionShare']>, topMembers: Array<ResolversParentTypes['CommunityMember']> }>;
  CommunityMember: Omit<Omit<CommunityMember, 'organization'> & { organization: ResolversParentTypes['Organization'] }, 'organization'> & { id: string };
  ComponentSummary: Partial<ComponentSummary>;
  Connector: ConnectorRow;
  Coverage: Partial<Omit<Coverage, 'indicator'> & { indicator: ResolversParentTypes['Indicator'] }>;
  CurrencyFunding: Partial<Omit<CurrencyFunding, 'funding' | 'platformBackedFunding'> & { funding: ResolversParentTypes['Money'], platformBackedFunding: ResolversParentTypes['Money'] }>;
  DegreeBucket: Partial<DegreeBucket>;
  DegreeSummary: Partial<DegreeSummary>;
  DeleteResult: Partial<Omit<DeleteResult, 'entity'> & { entity: ResolversParentTypes['Entity'] }>;
  Entity: GraphNode;
  EntityConnection: Partial<Omit<EntityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['EntityEdge']>, nodes: Array<ResolversParentTypes['Entity']> }>;
  EntityEdge: Partial<Omit<EntityEdge, 'node'> & { node: ResolversParentTypes['Entity'] }>;
  Event: GraphNode;
  ExternalId: Partial<ExternalId>;
  ExternalIdInput: Partial<ExternalIdInput>;
  Float: Partial<Scalars['Float']['output']>;
  Funding: Partial<Omit<Funding, 'amount' | 'funder' | 'project' | 'provenance'> & { amount?: Maybe<ResolversParentTypes['Money']>, funder: ResolversParentTypes['Organization'], project: ResolversParentTypes['Project'], provenance: ResolversParentTypes['Provenance'] }>;
  FundingConnection: Partial<Omit<FundingConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['FundingEdge']>, nodes: Array<ResolversParentTypes['Funding']> }>;
  FundingEdge: Partial<Omit<FundingEdge, 'node'> & { node: ResolversParentTypes['Funding'] }>;
  GraphEdgeOut: Partial<GraphEdgeOut>;
  GraphNodeOut: Partial<GraphNodeOut>;
  Health: Partial<Health>;
  HopConnector: Partial<ResolversUnionTypes<ResolversParentTypes>['HopConnector']>;
  HopEnd: Partial<Omit<HopEnd, 'organization' | 'provenance'> & { organization: ResolversParentTypes['Organization'], provenance: ResolversParentTypes['Provenance'] }>;
  ID: Partial<Scalars['ID']['output']>;
  ImportSummary: Partial<ImportSummary>;
  ImportWarning: Partial<ImportWarning>;
  ImportedFile: Partial<ImportedFile>;
  Indicator: GraphNode;
  IndicatorConnection: Partial<Omit<IndicatorConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['IndicatorEdge']>, nodes: Array<ResolversParentTypes['Indicator']> }>;
  IndicatorEdge: Partial<Omit<IndicatorEdge, 'node'> & { node: ResolversParentTypes['Indicator'] }>;
  Industry: GraphNode;
  IndustryChain: Partial<Omit<IndustryChain, 'industry' | 'missing' | 'region' | 'segments'> & { industry: ResolversParentTypes['Industry'], missing: Array<ResolversParentTypes['ChainSegment']>, region?: Maybe<ResolversParentTypes['Region']>, segments: Array<ResolversParentTypes['ChainSegment']> }>;
  IndustryConnection: Partial<Omit<IndustryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['IndustryEdge']>, nodes: Array<ResolversParentTypes['Industry']> }>;
  IndustryEdge: Partial<Omit<IndustryEdge, 'node'> & { node: ResolversParentTypes['Industry'] }>;
  IndustryLink: Partial<Omit<IndustryLink, 'downstream' | 'provenance' | 'upstream'> & { downstream: ResolversParentTypes['Industry'], provenance: ResolversParentTypes['Provenance'], upstream: ResolversParentTypes['Industry'] }>;
  IndustryLinkConnection: Partial<Omit<IndustryLinkConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['IndustryLink']> }>;
  IndustryMembership: Partial<Omit<IndustryMembership, 'industry' | 'organization' | 'provenance' | 'tagged'> & { industry: ResolversParentTypes['Industry'], organization: ResolversParentTypes['Organization'], provenance: ResolversParentTypes['Provenance'], tagged: ResolversParentTypes['Industry'] }>;
  IndustryShare: Omit<Omit<IndustryShare, 'industry'> & { industry: ResolversParentTypes['Industry'] }, 'industry'> & { id: string };
  Int: Partial<Scalars['Int']['output']>;
  JSON: Partial<Scalars['JSON']['output']>;
  LinkResult: Partial<Omit<LinkResult, 'from' | 'to'> & { from: ResolversParentTypes['Entity'], to: ResolversParentTypes['Entity'] }>;
  LinkTally: Partial<LinkTally>;
  Membership: Partial<Omit<Membership, 'organization' | 'platform' | 'provenance'> & { organization: ResolversParentTypes['Organization'], platform: ResolversParentTypes['Platform'], provenance: ResolversParentTypes['Provenance'] }>;
  MembershipConnection: Partial<Omit<MembershipConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['MembershipEdge']>, nodes: Array<ResolversParentTypes['Membership']> }>;
  MembershipEdge: Partial<Omit<MembershipEdge, 'node'> & { node: ResolversParentTypes['Membership'] }>;
  MergeResult: Partial<Omit<MergeResult, 'entity'> & { entity: ResolversParentTypes['Entity'] }>;
  Money: Partial<Money>;
  Mutation: Record<PropertyKey, never>;
  Neighborhood: Partial<Neighborhood>;
  NetworkAnalysis: Partial<Omit<NetworkAnalysis, 'industry' | 'programme' | 'region'> & { industry?: Maybe<ResolversParentTypes['Industry']>, programme?: Maybe<ResolversParentTypes['Programme']>, region?: Maybe<ResolversParentTypes['Region']> }>;
  NetworkComponent: Partial<Omit<NetworkComponent, 'analysis' | 'organization'> & { analysis: ResolversParentTypes['NetworkAnalysis'], organization: ResolversParentTypes['Organization'] }>;
  NetworkScope: Partial<NetworkScope>;
  NetworkStats: Partial<Omit<NetworkStats, 'analysis'> & { analysis: ResolversParentTypes['NetworkAnalysis'] }>;
  Organization: GraphNode;
  OrganizationConnection: Omit<Omit<OrganizationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['OrganizationEdge']>, nodes: Array<ResolversParentTypes['Organization']> }, 'totalCount'> & { totalCount: number | (() => Promise<number>) };
  OrganizationEdge: Partial<Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] }>;
  OrganizationFilter: Partial<OrganizationFilter>;
  OrganizationInput: Partial<OrganizationInput>;
  OrganizationOrder: Partial<OrganizationOrder>;
  OrganizationPatch: Partial<OrganizationPatch>;
  PageInfo: Partial<PageInfo>;
  Participation: Partial<Omit<Participation, 'contribution' | 'organization' | 'project' | 'provenance'> & { contribution?: Maybe<ResolversParentTypes['Money']>, organization: ResolversParentTypes['Organization'], project: ResolversParentTypes['Project'], provenance: ResolversParentTypes['Provenance'] }>;
  ParticipationConnection: Partial<Omit<ParticipationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ParticipationEdge']>, nodes: Array<ResolversParentTypes['Participation']> }>;
  ParticipationEdge: Partial<Omit<ParticipationEdge, 'node'> & { node: ResolversParentTypes['Participation'] }>;
  PartnerSuggestion: Partial<Omit<PartnerSuggestion, 'organization' | 'reasons'> & { organization: ResolversParentTypes['Organization'], reasons: Array<ResolversParentTypes['SuggestionReason']> }>;
  Person: GraphNode;
  Platform: GraphNode;
  PlatformBackedShare: Partial<Omit<PlatformBackedShare, 'coverage' | 'fundingByCurrency' | 'region' | 'reported'> & { coverage: Array<ResolversParentTypes['Coverage']>, fundingByCurrency: Array<ResolversParentTypes['CurrencyFunding']>, region?: Maybe<ResolversParentTypes['Region']>, reported: Array<ResolversParentTypes['Indicator']> }>;
  PlatformConnection: Omit<Omit<PlatformConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PlatformEdge']>, nodes: Array<ResolversParentTypes['Platform']> }, 'totalCount'> & { totalCount: number | (() => Promise<number>) };
  PlatformCounts: Partial<Omit<PlatformCounts, 'coverage' | 'region' | 'reported'> & { coverage: Array<ResolversParentTypes['Coverage']>, region: ResolversParentTypes['Region'], reported: Array<ResolversParentTypes['Indicator']> }>;
  PlatformEdge: Partial<Omit<PlatformEdge, 'node'> & { node: ResolversParentTypes['Platform'] }>;
  PlatformFilter: Partial<PlatformFilter>;
  PlatformInput: Partial<PlatformInput>;
  PlatformKindCount: Partial<PlatformKindCount>;
  PlatformKindLevelCount: Partial<PlatformKindLevelCount>;
  PlatformLevelCount: Partial<PlatformLevelCount>;
  PlatformOrder: Partial<PlatformOrder>;
  PlatformPatch: Partial<PlatformPatch>;
  Programme: GraphNode;
  ProgrammeParticipation: Partial<Omit<ProgrammeParticipation, 'contribution' | 'participant' | 'programme' | 'provenance'> & { contribution?: Maybe<ResolversParentTypes['Money']>, participant: ResolversParentTypes['Entity'], programme: ResolversParentTypes['Programme'], provenance: ResolversParentTypes['Provenance'] }>;
  ProgrammeParticipationConnection: Partial<Omit<ProgrammeParticipationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ProgrammeParticipationEdge']>, nodes: Array<ResolversParentTypes['ProgrammeParticipation']> }>;
  ProgrammeParticipationEdge: Partial<Omit<ProgrammeParticipationEdge, 'node'> & { node: ResolversParentTypes['ProgrammeParticipation'] }>;
  Project: GraphNode;
  ProjectConnection: Omit<Omit<ProjectConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ProjectEdge']>, nodes: Array<ResolversParentTypes['Project']> }, 'totalCount'> & { totalCount: number | (() => Promise<number>) };
  ProjectEdge: Partial<Omit<ProjectEdge, 'node'> & { node: ResolversParentTypes['Project'] }>;
  ProjectFilter: Partial<ProjectFilter>;
  ProjectInput: Partial<ProjectInput>;
  ProjectOrder: Partial<ProjectOrder>;
  ProjectPatch: Partial<ProjectPatch>;
  Provenance: Record<string, unknown>;
  ProvenanceInput: Partial<ProvenanceInput>;
  Query: Record<PropertyKey, never>;
  RankCoverage: Partial<Omit<RankCoverage, 'value'> & { value: Array<ResolversParentTypes['Coverage']> }>;
  RankedOrganization: Omit<Omit<RankedOrganization, 'organization'> & { organization: ResolversParentTypes['Organization'] }, 'organization'> & { id: string };
  RankedOrganizationConnection: Partial<Omit<RankedOrganizationConnection, 'analysis' | 'edges'> & { analysis: ResolversParentTypes['NetworkAnalysis'], edges: Array<ResolversParentTypes['RankedOrganizationEdge']> }>;
  RankedOrganizationEdge: Partial<Omit<RankedOrganizationEdge, 'node'> & { node: ResolversParentTypes['RankedOrganization'] }>;
  Reach: Partial<Omit<Reach, 'analysis' | 'organization'> & { analysis: ResolversParentTypes['NetworkAnalysis'], organization: ResolversParentTypes['Organization'] }>;
  ReachCount: Partial<ReachCount>;
  Region: GraphNode;
  RegionConnection: Partial<Omit<RegionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RegionEdge']>, nodes: Array<ResolversParentTypes['Region']> }>;
  RegionEdge: Partial<Omit<RegionEdge, 'node'> & { node: ResolversParentTypes['Region'] }>;
  RegionRank: Partial<Omit<RegionRank, 'coverage' | 'parent' | 'region' | 'reported' | 'siblings'> & { coverage: ResolversParentTypes['RankCoverage'], parent?: Maybe<ResolversParentTypes['Region']>, region: ResolversParentTypes['Region'], reported: Array<ResolversParentTypes['Indicator']>, siblings: Array<ResolversParentTypes['RegionValue']> }>;
  RegionShare: Omit<Omit<RegionShare, 'region'> & { region: ResolversParentTypes['Region'] }, 'region'> & { id: string };
  RegionValue: Partial<Omit<RegionValue, 'region'> & { region: ResolversParentTypes['Region'] }>;
  RelationshipCount: Partial<RelationshipCount>;
  RelationshipCounts: Partial<Omit<RelationshipCounts, 'analysis'> & { analysis: ResolversParentTypes['NetworkAnalysis'] }>;
  SearchConnection: Partial<Omit<SearchConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SearchEdge']>, nodes: Array<ResolversParentTypes['Entity']> }>;
  SearchEdge: Partial<Omit<SearchEdge, 'node'> & { node: ResolversParentTypes['Entity'] }>;
  SearchHit: Partial<Omit<SearchHit, 'entity'> & { entity: ResolversParentTypes['Entity'] }>;
  Source: GraphNode;
  String: Partial<Scalars['String']['output']>;
  SuggestionReason: Partial<Omit<SuggestionReason, 'downstream' | 'industry' | 'partners' | 'region' | 'upstream'> & { downstream?: Maybe<ResolversParentTypes['Industry']>, industry?: Maybe<ResolversParentTypes['Industry']>, partners?: Maybe<Array<ResolversParentTypes['Organization']>>, region?: Maybe<ResolversParentTypes['Region']>, upstream?: Maybe<ResolversParentTypes['Industry']> }>;
  SupplyLink: Partial<Omit<SupplyLink, 'customer' | 'provenance' | 'supplier'> & { customer: ResolversParentTypes['Organization'], provenance: ResolversParentTypes['Provenance'], supplier: ResolversParentTypes['Organization'] }>;
  SupplyLinkConnection: Partial<Omit<SupplyLinkConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SupplyLinkEdge']>, nodes: Array<ResolversParentTypes['SupplyLink']> }>;
  SupplyLinkEdge: Partial<Omit<SupplyLinkEdge, 'node'> & { node: ResolversParentTypes['SupplyLink'] }>;
  UnlinkResult: Partial<Omit<UnlinkResult, 'from' | 'to'> & { from: ResolversParentTypes['Entity'], to: ResolversParentTypes['Entity'] }>;
};

export type AffiliationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Affiliation'] = ResolversParentTypes['Affiliation']> = {
  organization?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['PersonRole'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AffiliationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AffiliationConnection'] = ResolversParentTypes['AffiliationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AffiliationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AffiliationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AffiliationEdge'] = ResolversParentTypes['AffiliationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Affiliation'], ParentType, ContextType>;
};

export type ChainHopResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChainHop'] = ResolversParentTypes['ChainHop']> = {
  connector?: Resolver<ResolversTypes['HopConnector'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  fromEnd?: Resolver<ResolversTypes['HopEnd'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  toEnd?: Resolver<ResolversTypes['HopEnd'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['CollaborationVia'], ParentType, ContextType>;
};

export type ChainLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChainLink'] = ResolversParentTypes['ChainLink']> = {
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type ChainLinkConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChainLinkConnection'] = ResolversParentTypes['ChainLinkConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['ChainLink']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChainPartnerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChainPartner'] = ResolversParentTypes['ChainPartner']> = {
  direction?: Resolver<ResolversTypes['ChainDirection'], ParentType, ContextType>;
  distance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  paths?: Resolver<Array<ResolversTypes['ChainPath']>, ParentType, ContextType>;
};

export type ChainPartnerConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChainPartnerConnection'] = ResolversParentTypes['ChainPartnerConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['ChainPartner']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChainPathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChainPath'] = ResolversParentTypes['ChainPath']> = {
  direction?: Resolver<ResolversTypes['ChainDirection'], ParentType, ContextType>;
  distance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fromIndustry?: Resolver<Maybe<ResolversTypes['IndustryMembership']>, ParentType, ContextType>;
  industryLinks?: Resolver<Array<ResolversTypes['IndustryLink']>, ParentType, ContextType>;
  supplies?: Resolver<Array<ResolversTypes['SupplyLink']>, ParentType, ContextType>;
  toIndustry?: Resolver<Maybe<ResolversTypes['IndustryMembership']>, ParentType, ContextType>;
  via?: Resolver<ResolversTypes['ChainVia'], ParentType, ContextType>;
};

export type ChainSegmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChainSegment'] = ResolversParentTypes['ChainSegment']> = {
  candidates?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<ChainSegmentCandidatesArgs, 'first'>>;
  coverage?: Resolver<ResolversTypes['SegmentCoverage'], ParentType, ContextType>;
  coverageNote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  distance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enterpriseCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  graphEnterpriseCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  industry?: Resolver<ResolversTypes['Industry'], ParentType, ContextType>;
  missing?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<ChainSegmentOrganizationsArgs, 'first'>>;
  position?: Resolver<ResolversTypes['ChainPosition'], ParentType, ContextType>;
  present?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  regionHasDownstream?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  regionHasUpstream?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CollaborationChainResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollaborationChain'] = ResolversParentTypes['CollaborationChain']> = {
  hops?: Resolver<Array<ResolversTypes['ChainHop']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
};

export type CommunitiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Communities'] = ResolversParentTypes['Communities']> = {
  analysis?: Resolver<ResolversTypes['NetworkAnalysis'], ParentType, ContextType>;
  communities?: Resolver<Array<ResolversTypes['Community']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  modularity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CommunityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Community'] = ResolversParentTypes['Community']> = {
  industries?: Resolver<Array<ResolversTypes['IndustryShare']>, ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['RegionShare']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topMembers?: Resolver<Array<ResolversTypes['CommunityMember']>, ParentType, ContextType>;
};

export type CommunityMemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommunityMember'] = ResolversParentTypes['CommunityMember']> = {
  collaborators?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type ComponentSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ComponentSummary'] = ResolversParentTypes['ComponentSummary']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  largest?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  singletons?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConnectorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Connector'] = ResolversParentTypes['Connector']> = {
  betweenness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  collaborators?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  platforms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  projects?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CoverageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Coverage'] = ResolversParentTypes['Coverage']> = {
  inGraph?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['CoverageLevel'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  percent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reported?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CurrencyFundingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CurrencyFunding'] = ResolversParentTypes['CurrencyFunding']> = {
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  funding?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  platformBackedFunding?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  projects?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type DegreeBucketResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DegreeBucket'] = ResolversParentTypes['DegreeBucket']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  max?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DegreeSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DegreeSummary'] = ResolversParentTypes['DegreeSummary']> = {
  distribution?: Resolver<Array<ResolversTypes['DegreeBucket']>, ParentType, ContextType>;
  max?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mean?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  median?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DeleteResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteResult'] = ResolversParentTypes['DeleteResult']> = {
  detached?: Resolver<Array<ResolversTypes['LinkTally']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  neighbourCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  neighbours?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  relationshipCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Event' | 'Indicator' | 'Industry' | 'Organization' | 'Person' | 'Platform' | 'Programme' | 'Project' | 'Region' | 'Source', ParentType, ContextType>;
};

export type EntityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type EventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  concerns?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<EventConcernsArgs, 'first'>>;
  concernsConnection?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<EventConcernsConnectionArgs, 'first'>>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType, RequireFields<EventIndicatorsArgs, 'first'>>;
  indicatorsConnection?: Resolver<ResolversTypes['IndicatorConnection'], ParentType, ContextType, RequireFields<EventIndicatorsConnectionArgs, 'first'>>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizers?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<EventOrganizersArgs, 'first'>>;
  organizersConnection?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<EventOrganizersConnectionArgs, 'first'>>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ExternalIdResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExternalId'] = ResolversParentTypes['ExternalId']> = {
  scheme?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FundingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Funding'] = ResolversParentTypes['Funding']> = {
  amount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  funder?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type FundingConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingConnection'] = ResolversParentTypes['FundingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FundingEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Funding']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FundingEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingEdge'] = ResolversParentTypes['FundingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Funding'], ParentType, ContextType>;
};

export type GraphEdgeOutResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphEdgeOut'] = ResolversParentTypes['GraphEdgeOut']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NeighborhoodRel'], ParentType, ContextType>;
};

export type GraphNodeOutResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphNodeOut'] = ResolversParentTypes['GraphNodeOut']> = {
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
};

export type HealthResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = {
  database?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  neo4jEdition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  neo4jVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HopConnectorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HopConnector'] = ResolversParentTypes['HopConnector']> = {
  __resolveType: TypeResolveFn<'Platform' | 'Project' | 'SupplyLink', ParentType, ContextType>;
};

export type HopEndResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HopEnd'] = ResolversParentTypes['HopEnd']> = {
  chainPosition?: Resolver<Maybe<ResolversTypes['ChainPosition']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  relationship?: Resolver<ResolversTypes['HopRelationship'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['HopRole']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ImportSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportSummary'] = ResolversParentTypes['ImportSummary']> = {
  duplicatesMerged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['ImportedFile']>, ParentType, ContextType>;
  nodesCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  propertiesSet?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipsCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['ImportWarning']>, ParentType, ContextType>;
};

export type ImportWarningResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportWarning'] = ResolversParentTypes['ImportWarning']> = {
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportedFileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportedFile'] = ResolversParentTypes['ImportedFile']> = {
  duplicatesMerged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndicatorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = {
  about?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  approximate?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['Level']>, ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  money?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  platformKind?: Resolver<Maybe<ResolversTypes['PlatformKind']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  specialization?: Resolver<Maybe<ResolversTypes['Specialization']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['Unit'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IndicatorConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndicatorConnection'] = ResolversParentTypes['IndicatorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['IndicatorEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndicatorEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndicatorEdge'] = ResolversParentTypes['IndicatorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
};

export type IndustryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Industry'] = ResolversParentTypes['Industry']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType, RequireFields<IndustryChildrenArgs, 'first'>>;
  childrenConnection?: Resolver<ResolversTypes['IndustryConnection'], ParentType, ContextType, RequireFields<IndustryChildrenConnectionArgs, 'first'>>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  downstream?: Resolver<ResolversTypes['IndustryLinkConnection'], ParentType, ContextType, RequireFields<IndustryDownstreamArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<IndustryOrganizationsArgs, 'first' | 'includeSubIndustries'>>;
  parent?: Resolver<Maybe<ResolversTypes['Industry']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  upstream?: Resolver<ResolversTypes['IndustryLinkConnection'], ParentType, ContextType, RequireFields<IndustryUpstreamArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IndustryChainResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndustryChain'] = ResolversParentTypes['IndustryChain']> = {
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  includeSubIndustries?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  industry?: Resolver<ResolversTypes['Industry'], ParentType, ContextType>;
  missing?: Resolver<Array<ResolversTypes['ChainSegment']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes['ChainSegment']>, ParentType, ContextType>;
};

export type IndustryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndustryConnection'] = ResolversParentTypes['IndustryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['IndustryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndustryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndustryEdge'] = ResolversParentTypes['IndustryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Industry'], ParentType, ContextType>;
};

export type IndustryLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndustryLink'] = ResolversParentTypes['IndustryLink']> = {
  downstream?: Resolver<ResolversTypes['Industry'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  upstream?: Resolver<ResolversTypes['Industry'], ParentType, ContextType>;
};

export type IndustryLinkConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndustryLinkConnection'] = ResolversParentTypes['IndustryLinkConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['IndustryLink']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndustryMembershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndustryMembership'] = ResolversParentTypes['IndustryMembership']> = {
  industry?: Resolver<ResolversTypes['Industry'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  tagged?: Resolver<ResolversTypes['Industry'], ParentType, ContextType>;
};

export type IndustryShareResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndustryShare'] = ResolversParentTypes['IndustryShare']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  industry?: Resolver<ResolversTypes['Industry'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LinkResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LinkResult'] = ResolversParentTypes['LinkResult']> = {
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LinkKind'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type LinkTallyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LinkTally'] = ResolversParentTypes['LinkTally']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['LinkDirection'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  chainPosition?: Resolver<Maybe<ResolversTypes['ChainPosition']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MemberRole'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type MembershipConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MembershipConnection'] = ResolversParentTypes['MembershipConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MembershipEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MembershipEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MembershipEdge'] = ResolversParentTypes['MembershipEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Membership'], ParentType, ContextType>;
};

export type MergeResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MergeResult'] = ResolversParentTypes['MergeResult']> = {
  aliasesAdded?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  discarded?: Resolver<Array<ResolversTypes['LinkTally']>, ParentType, ContextType>;
  dropped?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  mergedFrom?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  moved?: Resolver<Array<ResolversTypes['LinkTally']>, ParentType, ContextType>;
  propertiesFilled?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createEntity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationCreateEntityArgs, 'kind' | 'record'>>;
  createOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationCreateOrganizationArgs, 'input' | 'provenance'>>;
  createPlatform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType, RequireFields<MutationCreatePlatformArgs, 'input' | 'provenance'>>;
  createProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationCreateProjectArgs, 'input' | 'provenance'>>;
  deleteEntity?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteEntityArgs, 'id'>>;
  importDataset?: Resolver<ResolversTypes['ImportSummary'], ParentType, ContextType, RequireFields<MutationImportDatasetArgs, 'path'>>;
  link?: Resolver<ResolversTypes['LinkResult'], ParentType, ContextType, RequireFields<MutationLinkArgs, 'from' | 'kind' | 'provenance' | 'to'>>;
  mergeEntities?: Resolver<ResolversTypes['MergeResult'], ParentType, ContextType, RequireFields<MutationMergeEntitiesArgs, 'drop' | 'keep'>>;
  unlink?: Resolver<ResolversTypes['UnlinkResult'], ParentType, ContextType, RequireFields<MutationUnlinkArgs, 'from' | 'kind' | 'to'>>;
  updateEntity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationUpdateEntityArgs, 'id' | 'patch'>>;
  updateOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationUpdateOrganizationArgs, 'id' | 'patch'>>;
  updatePlatform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType, RequireFields<MutationUpdatePlatformArgs, 'id' | 'patch'>>;
  updateProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationUpdateProjectArgs, 'id' | 'patch'>>;
};

export type NeighborhoodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Neighborhood'] = ResolversParentTypes['Neighborhood']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdgeOut']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNodeOut']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalNodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type NetworkAnalysisResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkAnalysis'] = ResolversParentTypes['NetworkAnalysis']> = {
  cached?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  edges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  industry?: Resolver<Maybe<ResolversTypes['Industry']>, ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  programme?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  snapshotMillis?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type NetworkComponentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkComponent'] = ResolversParentTypes['NetworkComponent']> = {
  analysis?: Resolver<ResolversTypes['NetworkAnalysis'], ParentType, ContextType>;
  componentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  isLargest?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  largestSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NetworkStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkStats'] = ResolversParentTypes['NetworkStats']> = {
  analysis?: Resolver<ResolversTypes['NetworkAnalysis'], ParentType, ContextType>;
  collaborationEdges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  components?: Resolver<ResolversTypes['ComponentSummary'], ParentType, ContextType>;
  connectedOrganizations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['DegreeSummary'], ParentType, ContextType>;
  density?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalWeight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  aboveDesignatedSize?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  customers?: Resolver<Array<ResolversTypes['SupplyLink']>, ParentType, ContextType, RequireFields<OrganizationCustomersArgs, 'first'>>;
  customersConnection?: Resolver<ResolversTypes['SupplyLinkConnection'], ParentType, ContextType, RequireFields<OrganizationCustomersConnectionArgs, 'first'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  externalIds?: Resolver<Array<ResolversTypes['ExternalId']>, ParentType, ContextType>;
  founded?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  funded?: Resolver<Array<ResolversTypes['Funding']>, ParentType, ContextType, RequireFields<OrganizationFundedArgs, 'first'>>;
  fundedConnection?: Resolver<ResolversTypes['FundingConnection'], ParentType, ContextType, RequireFields<OrganizationFundedConnectionArgs, 'first'>>;
  highTech?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  hostedPlatforms?: Resolver<Array<ResolversTypes['Platform']>, ParentType, ContextType, RequireFields<OrganizationHostedPlatformsArgs, 'first'>>;
  hostedPlatformsConnection?: Resolver<ResolversTypes['PlatformConnection'], ParentType, ContextType, RequireFields<OrganizationHostedPlatformsConnectionArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industries?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType>;
  industriesConnection?: Resolver<ResolversTypes['IndustryConnection'], ParentType, ContextType, RequireFields<OrganizationIndustriesConnectionArgs, 'first'>>;
  kind?: Resolver<ResolversTypes['OrgKind'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType, RequireFields<OrganizationPeopleArgs, 'first'>>;
  peopleConnection?: Resolver<ResolversTypes['AffiliationConnection'], ParentType, ContextType, RequireFields<OrganizationPeopleConnectionArgs, 'first'>>;
  platforms?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType, RequireFields<OrganizationPlatformsArgs, 'first'>>;
  platformsConnection?: Resolver<ResolversTypes['MembershipConnection'], ParentType, ContextType, RequireFields<OrganizationPlatformsConnectionArgs, 'first'>>;
  programmes?: Resolver<Array<ResolversTypes['ProgrammeParticipation']>, ParentType, ContextType, RequireFields<OrganizationProgrammesArgs, 'first'>>;
  programmesConnection?: Resolver<ResolversTypes['ProgrammeParticipationConnection'], ParentType, ContextType, RequireFields<OrganizationProgrammesConnectionArgs, 'first'>>;
  projects?: Resolver<Array<ResolversTypes['Participation']>, ParentType, ContextType, RequireFields<OrganizationProjectsArgs, 'first'>>;
  projectsConnection?: Resolver<ResolversTypes['ParticipationConnection'], ParentType, ContextType, RequireFields<OrganizationProjectsConnectionArgs, 'first'>>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  suppliers?: Resolver<Array<ResolversTypes['SupplyLink']>, ParentType, ContextType, RequireFields<OrganizationSuppliersArgs, 'first'>>;
  suppliersConnection?: Resolver<ResolversTypes['SupplyLinkConnection'], ParentType, ContextType, RequireFields<OrganizationSuppliersConnectionArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ParticipationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Participation'] = ResolversParentTypes['Participation']> = {
  contribution?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ProjectRole'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ParticipationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParticipationConnection'] = ResolversParentTypes['ParticipationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ParticipationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Participation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ParticipationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParticipationEdge'] = ResolversParentTypes['ParticipationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Participation'], ParentType, ContextType>;
};

export type PartnerSuggestionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnerSuggestion'] = ResolversParentTypes['PartnerSuggestion']> = {
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['SuggestionReason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  affiliations?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType, RequireFields<PersonAffiliationsArgs, 'first'>>;
  affiliationsConnection?: Resolver<ResolversTypes['AffiliationConnection'], ParentType, ContextType, RequireFields<PersonAffiliationsConnectionArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['PersonRole']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlatformResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Platform'] = ResolversParentTypes['Platform']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  established?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  host?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType, RequireFields<PlatformIndicatorsArgs, 'first'>>;
  indicatorsConnection?: Resolver<ResolversTypes['IndicatorConnection'], ParentType, ContextType, RequireFields<PlatformIndicatorsConnectionArgs, 'first'>>;
  industries?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType>;
  industriesConnection?: Resolver<ResolversTypes['IndustryConnection'], ParentType, ContextType, RequireFields<PlatformIndustriesConnectionArgs, 'first'>>;
  kind?: Resolver<ResolversTypes['PlatformKind'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['Level']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType, RequireFields<PlatformMembersArgs, 'first'>>;
  membersConnection?: Resolver<ResolversTypes['MembershipConnection'], ParentType, ContextType, RequireFields<PlatformMembersConnectionArgs, 'first'>>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType, RequireFields<PlatformPeopleArgs, 'first'>>;
  peopleConnection?: Resolver<ResolversTypes['AffiliationConnection'], ParentType, ContextType, RequireFields<PlatformPeopleConnectionArgs, 'first'>>;
  programmes?: Resolver<Array<ResolversTypes['ProgrammeParticipation']>, ParentType, ContextType, RequireFields<PlatformProgrammesArgs, 'first'>>;
  programmesConnection?: Resolver<ResolversTypes['ProgrammeParticipationConnection'], ParentType, ContextType, RequireFields<PlatformProgrammesConnectionArgs, 'first'>>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<PlatformProjectsArgs, 'first'>>;
  projectsConnection?: Resolver<ResolversTypes['ProjectConnection'], ParentType, ContextType, RequireFields<PlatformProjectsConnectionArgs, 'first'>>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  specialization?: Resolver<Maybe<ResolversTypes['Specialization']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['PlatformStatus']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlatformBackedShareResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlatformBackedShare'] = ResolversParentTypes['PlatformBackedShare']> = {
  coverage?: Resolver<Array<ResolversTypes['Coverage']>, ParentType, ContextType>;
  fromYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  funding?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  fundingByCurrency?: Resolver<Array<ResolversTypes['CurrencyFunding']>, ParentType, ContextType>;
  fundingShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  otherCurrencyProjects?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  platformBackedFunding?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  platformBackedProjects?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  projectShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  projects?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  projectsWithFunding?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  reported?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  toYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type PlatformConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlatformConnection'] = ResolversParentTypes['PlatformConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PlatformEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Platform']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlatformCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlatformCounts'] = ResolversParentTypes['PlatformCounts']> = {
  byKind?: Resolver<Array<ResolversTypes['PlatformKindCount']>, ParentType, ContextType>;
  byKindAndLevel?: Resolver<Array<ResolversTypes['PlatformKindLevelCount']>, ParentType, ContextType>;
  byLevel?: Resolver<Array<ResolversTypes['PlatformLevelCount']>, ParentType, ContextType>;
  coverage?: Resolver<Array<ResolversTypes['Coverage']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  reported?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlatformEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlatformEdge'] = ResolversParentTypes['PlatformEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
};

export type PlatformKindCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlatformKindCount'] = ResolversParentTypes['PlatformKindCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PlatformKind'], ParentType, ContextType>;
};

export type PlatformKindLevelCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlatformKindLevelCount'] = ResolversParentTypes['PlatformKindLevelCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PlatformKind'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['Level']>, ParentType, ContextType>;
};

export type PlatformLevelCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlatformLevelCount'] = ResolversParentTypes['PlatformLevelCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['Level']>, ParentType, ContextType>;
};

export type ProgrammeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Programme'] = ResolversParentTypes['Programme']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType, RequireFields<ProgrammeIndicatorsArgs, 'first'>>;
  indicatorsConnection?: Resolver<ResolversTypes['IndicatorConnection'], ParentType, ContextType, RequireFields<ProgrammeIndicatorsConnectionArgs, 'first'>>;
  industries?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType>;
  industriesConnection?: Resolver<ResolversTypes['IndustryConnection'], ParentType, ContextType, RequireFields<ProgrammeIndustriesConnectionArgs, 'first'>>;
  level?: Resolver<Maybe<ResolversTypes['Level']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['ProgrammeParticipation']>, ParentType, ContextType, RequireFields<ProgrammeParticipantsArgs, 'first'>>;
  participantsConnection?: Resolver<ResolversTypes['ProgrammeParticipationConnection'], ParentType, ContextType, RequireFields<ProgrammeParticipantsConnectionArgs, 'first'>>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  startYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['PlatformStatus']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProgrammeParticipationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgrammeParticipation'] = ResolversParentTypes['ProgrammeParticipation']> = {
  contribution?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  participant?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['ProgrammeRole']>, ParentType, ContextType>;
};

export type ProgrammeParticipationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgrammeParticipationConnection'] = ResolversParentTypes['ProgrammeParticipationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProgrammeParticipationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ProgrammeParticipation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProgrammeParticipationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgrammeParticipationEdge'] = ResolversParentTypes['ProgrammeParticipationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProgrammeParticipation'], ParentType, ContextType>;
};

export type ProjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  externalIds?: Resolver<Array<ResolversTypes['ExternalId']>, ParentType, ContextType>;
  funders?: Resolver<Array<ResolversTypes['Funding']>, ParentType, ContextType, RequireFields<ProjectFundersArgs, 'first'>>;
  fundersConnection?: Resolver<ResolversTypes['FundingConnection'], ParentType, ContextType, RequireFields<ProjectFundersConnectionArgs, 'first'>>;
  funding?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industries?: Resolver<Array<ResolversTypes['Industry']>, ParentType, ContextType>;
  industriesConnection?: Resolver<ResolversTypes['IndustryConnection'], ParentType, ContextType, RequireFields<ProjectIndustriesConnectionArgs, 'first'>>;
  level?: Resolver<Maybe<ResolversTypes['Level']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Participation']>, ParentType, ContextType, RequireFields<ProjectParticipantsArgs, 'first'>>;
  participantsConnection?: Resolver<ResolversTypes['ParticipationConnection'], ParentType, ContextType, RequireFields<ProjectParticipantsConnectionArgs, 'first'>>;
  platforms?: Resolver<Array<ResolversTypes['Platform']>, ParentType, ContextType, RequireFields<ProjectPlatformsArgs, 'first'>>;
  platformsConnection?: Resolver<ResolversTypes['PlatformConnection'], ParentType, ContextType, RequireFields<ProjectPlatformsConnectionArgs, 'first'>>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  startYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProjectConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectConnection'] = ResolversParentTypes['ProjectConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProjectEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProjectEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectEdge'] = ResolversParentTypes['ProjectEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
};

export type ProvenanceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = {
  editedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  editedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  importFile?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  importLine?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  inferred?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  mergedFrom?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  chainPartners?: Resolver<ResolversTypes['ChainPartnerConnection'], ParentType, ContextType, RequireFields<QueryChainPartnersArgs, 'depth' | 'direction' | 'first' | 'id' | 'includeSubIndustries' | 'via'>>;
  collaborationChain?: Resolver<Array<ResolversTypes['CollaborationChain']>, ParentType, ContextType, RequireFields<QueryCollaborationChainArgs, 'from' | 'k' | 'maxHops' | 'to' | 'via'>>;
  communities?: Resolver<ResolversTypes['Communities'], ParentType, ContextType, RequireFields<QueryCommunitiesArgs, 'first' | 'topMembers'>>;
  component?: Resolver<ResolversTypes['NetworkComponent'], ParentType, ContextType, RequireFields<QueryComponentArgs, 'id'>>;
  downstream?: Resolver<ResolversTypes['ChainLinkConnection'], ParentType, ContextType, RequireFields<QueryDownstreamArgs, 'depth' | 'first' | 'id' | 'includeSubIndustries'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  entityByExternalId?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityByExternalIdArgs, 'externalId'>>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryEventArgs, 'id'>>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType, RequireFields<QueryIndicatorArgs, 'id'>>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType, RequireFields<QueryIndicatorsArgs, 'first'>>;
  industry?: Resolver<Maybe<ResolversTypes['Industry']>, ParentType, ContextType, RequireFields<QueryIndustryArgs, 'id'>>;
  industryChain?: Resolver<ResolversTypes['IndustryChain'], ParentType, ContextType, RequireFields<QueryIndustryChainArgs, 'depth' | 'includeSubIndustries' | 'industry'>>;
  missingLinks?: Resolver<Array<ResolversTypes['ChainSegment']>, ParentType, ContextType, RequireFields<QueryMissingLinksArgs, 'depth' | 'includeSubIndustries' | 'industry'>>;
  neighborhood?: Resolver<ResolversTypes['Neighborhood'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'first' | 'id' | 'limitPerKind'>>;
  networkStats?: Resolver<ResolversTypes['NetworkStats'], ParentType, ContextType, Partial<QueryNetworkStatsArgs>>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, Partial<QueryOrganizationArgs>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<QueryOrganizationsArgs, 'first'>>;
  partnerSuggestions?: Resolver<Array<ResolversTypes['PartnerSuggestion']>, ParentType, ContextType, RequireFields<QueryPartnerSuggestionsArgs, 'first' | 'id'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  platform?: Resolver<Maybe<ResolversTypes['Platform']>, ParentType, ContextType, RequireFields<QueryPlatformArgs, 'id'>>;
  platformBackedShare?: Resolver<ResolversTypes['PlatformBackedShare'], ParentType, ContextType, Partial<QueryPlatformBackedShareArgs>>;
  platformCounts?: Resolver<ResolversTypes['PlatformCounts'], ParentType, ContextType, RequireFields<QueryPlatformCountsArgs, 'includeSubRegionIndicators' | 'region'>>;
  platforms?: Resolver<ResolversTypes['PlatformConnection'], ParentType, ContextType, RequireFields<QueryPlatformsArgs, 'first'>>;
  programme?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType, RequireFields<QueryProgrammeArgs, 'id'>>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType, Partial<QueryProjectArgs>>;
  projects?: Resolver<ResolversTypes['ProjectConnection'], ParentType, ContextType, RequireFields<QueryProjectsArgs, 'first'>>;
  rankOrganizations?: Resolver<ResolversTypes['RankedOrganizationConnection'], ParentType, ContextType, RequireFields<QueryRankOrganizationsArgs, 'by' | 'first'>>;
  reach?: Resolver<ResolversTypes['Reach'], ParentType, ContextType, RequireFields<QueryReachArgs, 'id' | 'maxHops'>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionArgs, 'id'>>;
  regionIndicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType, RequireFields<QueryRegionIndicatorsArgs, 'includeSubRegions' | 'region'>>;
  regionRank?: Resolver<ResolversTypes['RegionRank'], ParentType, ContextType, RequireFields<QueryRegionRankArgs, 'measure' | 'region'>>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionsArgs, 'first'>>;
  relationshipCounts?: Resolver<ResolversTypes['RelationshipCounts'], ParentType, ContextType, Partial<QueryRelationshipCountsArgs>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  searchConnection?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<QuerySearchConnectionArgs, 'first' | 'text'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  topConnectors?: Resolver<Array<ResolversTypes['Connector']>, ParentType, ContextType, RequireFields<QueryTopConnectorsArgs, 'first' | 'measure'>>;
  upstream?: Resolver<ResolversTypes['ChainLinkConnection'], ParentType, ContextType, RequireFields<QueryUpstreamArgs, 'depth' | 'first' | 'id' | 'includeSubIndustries'>>;
};

export type RankCoverageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RankCoverage'] = ResolversParentTypes['RankCoverage']> = {
  comparable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['CoverageLevel'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  siblingsInGraph?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  siblingsWithData?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<Array<ResolversTypes['Coverage']>, ParentType, ContextType>;
};

export type RankedOrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RankedOrganization'] = ResolversParentTypes['RankedOrganization']> = {
  collaborators?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  platforms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  projects?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type RankedOrganizationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RankedOrganizationConnection'] = ResolversParentTypes['RankedOrganizationConnection']> = {
  analysis?: Resolver<ResolversTypes['NetworkAnalysis'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['OrganizationMeasure'], ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['RankedOrganizationEdge']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  sampleSize?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RankedOrganizationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RankedOrganizationEdge'] = ResolversParentTypes['RankedOrganizationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RankedOrganization'], ParentType, ContextType>;
};

export type ReachResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Reach'] = ResolversParentTypes['Reach']> = {
  analysis?: Resolver<ResolversTypes['NetworkAnalysis'], ParentType, ContextType>;
  closeness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  histogram?: Resolver<Array<ResolversTypes['ReachCount']>, ParentType, ContextType>;
  maxHops?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  reached?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReachCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReachCount'] = ResolversParentTypes['ReachCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hops?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<RegionChildrenArgs, 'first'>>;
  childrenConnection?: Resolver<ResolversTypes['RegionConnection'], ParentType, ContextType, RequireFields<RegionChildrenConnectionArgs, 'first'>>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType, RequireFields<RegionIndicatorsArgs, 'first'>>;
  indicatorsConnection?: Resolver<ResolversTypes['IndicatorConnection'], ParentType, ContextType, RequireFields<RegionIndicatorsConnectionArgs, 'first'>>;
  level?: Resolver<ResolversTypes['RegionLevel'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RegionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegionConnection'] = ResolversParentTypes['RegionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RegionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RegionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegionEdge'] = ResolversParentTypes['RegionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
};

export type RegionRankResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegionRank'] = ResolversParentTypes['RegionRank']> = {
  coverage?: Resolver<ResolversTypes['RankCoverage'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['RegionMeasure'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  reported?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  siblingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  siblings?: Resolver<Array<ResolversTypes['RegionValue']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RegionShareResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegionShare'] = ResolversParentTypes['RegionShare']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
};

export type RegionValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegionValue'] = ResolversParentTypes['RegionValue']> = {
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RelationshipCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationshipCount'] = ResolversParentTypes['RelationshipCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RelationshipCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationshipCounts'] = ResolversParentTypes['RelationshipCounts']> = {
  analysis?: Resolver<ResolversTypes['NetworkAnalysis'], ParentType, ContextType>;
  byTypeAndRole?: Resolver<Array<ResolversTypes['RelationshipCount']>, ParentType, ContextType>;
  participations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SearchEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SearchEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchEdge'] = ResolversParentTypes['SearchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  match?: Resolver<ResolversTypes['SearchMatch'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  match?: Resolver<ResolversTypes['SearchMatch'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  file?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SuggestionReasonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SuggestionReason'] = ResolversParentTypes['SuggestionReason']> = {
  complete?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  downstream?: Resolver<Maybe<ResolversTypes['Industry']>, ParentType, ContextType>;
  industry?: Resolver<Maybe<ResolversTypes['Industry']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SuggestionReasonKind'], ParentType, ContextType>;
  partners?: Resolver<Maybe<Array<ResolversTypes['Organization']>>, ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  upstream?: Resolver<Maybe<ResolversTypes['Industry']>, ParentType, ContextType>;
};

export type SupplyLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupplyLink'] = ResolversParentTypes['SupplyLink']> = {
  customer?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  supplier?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SupplyLinkConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupplyLinkConnection'] = ResolversParentTypes['SupplyLinkConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SupplyLinkEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SupplyLink']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SupplyLinkEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupplyLinkEdge'] = ResolversParentTypes['SupplyLinkEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SupplyLink'], ParentType, ContextType>;
};

export type UnlinkResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnlinkResult'] = ResolversParentTypes['UnlinkResult']> = {
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LinkKind'], ParentType, ContextType>;
  removed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Affiliation?: AffiliationResolvers<ContextType>;
  AffiliationConnection?: AffiliationConnectionResolvers<ContextType>;
  AffiliationEdge?: AffiliationEdgeResolvers<ContextType>;
  ChainHop?: ChainHopResolvers<ContextType>;
  ChainLink?: ChainLinkResolvers<ContextType>;
  ChainLinkConnection?: ChainLinkConnectionResolvers<ContextType>;
  ChainPartner?: ChainPartnerResolvers<ContextType>;
  ChainPartnerConnection?: ChainPartnerConnectionResolvers<ContextType>;
  ChainPath?: ChainPathResolvers<ContextType>;
  ChainSegment?: ChainSegmentResolvers<ContextType>;
  CollaborationChain?: CollaborationChainResolvers<ContextType>;
  Communities?: CommunitiesResolvers<ContextType>;
  Community?: CommunityResolvers<ContextType>;
  CommunityMember?: CommunityMemberResolvers<ContextType>;
  ComponentSummary?: ComponentSummaryResolvers<ContextType>;
  Connector?: ConnectorResolvers<ContextType>;
  Coverage?: CoverageResolvers<ContextType>;
  CurrencyFunding?: CurrencyFundingResolvers<ContextType>;
  DegreeBucket?: DegreeBucketResolvers<ContextType>;
  DegreeSummary?: DegreeSummaryResolvers<ContextType>;
  DeleteResult?: DeleteResultResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  ExternalId?: ExternalIdResolvers<ContextType>;
  Funding?: FundingResolvers<ContextType>;
  FundingConnection?: FundingConnectionResolvers<ContextType>;
  FundingEdge?: FundingEdgeResolvers<ContextType>;
  GraphEdgeOut?: GraphEdgeOutResolvers<ContextType>;
  GraphNodeOut?: GraphNodeOutResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  HopConnector?: HopConnectorResolvers<ContextType>;
  HopEnd?: HopEndResolvers<ContextType>;
  ImportSummary?: ImportSummaryResolvers<ContextType>;
  ImportWarning?: ImportWarningResolvers<ContextType>;
  ImportedFile?: ImportedFileResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorConnection?: IndicatorConnectionResolvers<ContextType>;
  IndicatorEdge?: IndicatorEdgeResolvers<ContextType>;
  Industry?: IndustryResolvers<ContextType>;
  IndustryChain?: IndustryChainResolvers<ContextType>;
  IndustryConnection?: IndustryConnectionResolvers<ContextType>;
  IndustryEdge?: IndustryEdgeResolvers<ContextType>;
  IndustryLink?: IndustryLinkResolvers<ContextType>;
  IndustryLinkConnection?: IndustryLinkConnectionResolvers<ContextType>;
  IndustryMembership?: IndustryMembershipResolvers<ContextType>;
  IndustryShare?: IndustryShareResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LinkResult?: LinkResultResolvers<ContextType>;
  LinkTally?: LinkTallyResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MembershipConnection?: MembershipConnectionResolvers<ContextType>;
  MembershipEdge?: MembershipEdgeResolvers<ContextType>;
  MergeResult?: MergeResultResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Neighborhood?: NeighborhoodResolvers<ContextType>;
  NetworkAnalysis?: NetworkAnalysisResolvers<ContextType>;
  NetworkComponent?: NetworkComponentResolvers<ContextType>;
  NetworkStats?: NetworkStatsResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Participation?: ParticipationResolvers<ContextType>;
  ParticipationConnection?: ParticipationConnectionResolvers<ContextType>;
  ParticipationEdge?: ParticipationEdgeResolvers<ContextType>;
  PartnerSuggestion?: PartnerSuggestionResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Platform?: PlatformResolvers<ContextType>;
  PlatformBackedShare?: PlatformBackedShareResolvers<ContextType>;
  PlatformConnection?: PlatformConnectionResolvers<ContextType>;
  PlatformCounts?: PlatformCountsResolvers<ContextType>;
  PlatformEdge?: PlatformEdgeResolvers<ContextType>;
  PlatformKindCount?: PlatformKindCountResolvers<ContextType>;
  PlatformKindLevelCount?: PlatformKindLevelCountResolvers<ContextType>;
  PlatformLevelCount?: PlatformLevelCountResolvers<ContextType>;
  Programme?: ProgrammeResolvers<ContextType>;
  ProgrammeParticipation?: ProgrammeParticipationResolvers<ContextType>;
  ProgrammeParticipationConnection?: ProgrammeParticipationConnectionResolvers<ContextType>;
  ProgrammeParticipationEdge?: ProgrammeParticipationEdgeResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectConnection?: ProjectConnectionResolvers<ContextType>;
  ProjectEdge?: ProjectEdgeResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RankCoverage?: RankCoverageResolvers<ContextType>;
  RankedOrganization?: RankedOrganizationResolvers<ContextType>;
  RankedOrganizationConnection?: RankedOrganizationConnectionResolvers<ContextType>;
  RankedOrganizationEdge?: RankedOrganizationEdgeResolvers<ContextType>;
  Reach?: ReachResolvers<ContextType>;
  ReachCount?: ReachCountResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionConnection?: RegionConnectionResolvers<ContextType>;
  RegionEdge?: RegionEdgeResolvers<ContextType>;
  RegionRank?: RegionRankResolvers<ContextType>;
  RegionShare?: RegionShareResolvers<ContextType>;
  RegionValue?: RegionValueResolvers<ContextType>;
  RelationshipCount?: RelationshipCountResolvers<ContextType>;
  RelationshipCounts?: RelationshipCountsResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchEdge?: SearchEdgeResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SuggestionReason?: SuggestionReasonResolvers<ContextType>;
  SupplyLink?: SupplyLinkResolvers<ContextType>;
  SupplyLinkConnection?: SupplyLinkConnectionResolvers<ContextType>;
  SupplyLinkEdge?: SupplyLinkEdgeResolvers<ContextType>;
  UnlinkResult?: UnlinkResultResolvers<ContextType>;
};

