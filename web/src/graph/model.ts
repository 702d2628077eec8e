// The graph the component draws, and the mapping from each API answer to it. Pure data, no DOM:
// the explorer modes and <kg-graph> all hand a GraphData to the same view (src/graph/view.ts).
import { enumLabel } from './labels.js';

/** A node as the API's neighborhood gives it (GraphNodeOut); other answers are mapped to this shape. */
export interface ApiNode {
  id: string;
  kind: string;
  label: string;
  depth?: number;
  properties: Record<string, unknown>;
}

/** An edge as the API's neighborhood gives it (GraphEdgeOut). */
export interface ApiEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

export interface GraphData {
  nodes: ApiNode[];
  edges: ApiEdge[];
}

export const emptyGraph = (): GraphData => ({ nodes: [], edges: [] });

/** Merges graphs, first occurrence of an id wins, order kept (so an export lists nodes as they came). */
export function mergeGraphs(...graphs: GraphData[]): GraphData {
  const nodes = new Map<string, ApiNode>();
  const edges = new Map<string, ApiEdge>();
  for (const g of graphs) {
    for (const n of g.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    for (const e of g.edges) if (!edges.has(e.id)) edges.set(e.id, e);
  }
  // An edge is drawn only when both ends are.
  return { nodes: [...nodes.values()], edges: [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target)) };
}

/** Display name in the chosen language: nameZh for zh where the entity has one, else the label. */
export function displayName(node: Pick<ApiNode, 'label' | 'properties'>, lang: string): string {
  const zh = node.properties.nameZh;
  if (lang === 'zh' && typeof zh === 'string' && zh) return zh;
  return node.label;
}

/** The short text drawn on an edge: role, chain position, product and year where the relationship has them, else its type; enum values in the language. */
export function edgeLabel(edge: Pick<ApiEdge, 'type' | 'properties'>, lang = 'en'): string {
  const p = edge.properties;
  // A group's edge stands for this many relationships.
  if (edge.type === 'GROUPED') return `×${p.count}`;
  const parts: string[] = [];
  if (typeof p.role === 'string') parts.push(enumLabel(p.role, lang));
  if (typeof p.chainPosition === 'string') parts.push(enumLabel(p.chainPosition, lang));
  if (typeof p.product === 'string') parts.push(p.product);
  const year = p.since ?? p.year ?? p.startYear;
  if (typeof year === 'number') parts.push(String(year));
  return parts.length ? parts.join(' · ') : enumLabel(edge.type, lang);
}

/** Years an edge carries, for the year filter; none means the filter keeps it. */
export function edgeYear(edge: Pick<ApiEdge, 'properties'>): number | undefined {
  const y = edge.properties.since ?? edge.properties.year ?? edge.properties.startYear;
  return typeof y === 'number' ? y : undefined;
}

// ---- Property grouping for the details panel -------------------------------------------------

/** Written by the importer for its own bookkeeping: never shown. */
const INTERNAL = new Set(['importFile', 'importLine', 'importHash', 'aliasText', 'nameText', 'searchText']);
/** Where the fact came from: shown apart from the entity's own properties. */
const PROVENANCE = new Set(['source', 'evidence', 'note', 'inferred', 'editedAt', 'editedBy', 'mergedFrom']);

export interface PropertyGroups {
  facts: [string, unknown][];
  provenance: [string, unknown][];
  /** True when the source does not state the fact: the panel marks it with its note. */
  inferred: boolean;
}

export function groupProperties(properties: Record<string, unknown>): PropertyGroups {
  const facts: [string, unknown][] = [];
  const provenance: [string, unknown][] = [];
  for (const [k, v] of Object.entries(properties)) {
    if (INTERNAL.has(k) || v === null || v === undefined) continue;
    (PROVENANCE.has(k) ? provenance : facts).push([k, v]);
  }
  const order = (a: [string, unknown], b: [string, unknown]) => a[0].localeCompare(b[0]);
  facts.sort((a, b) => (a[0] === 'id' ? -1 : b[0] === 'id' ? 1 : order(a, b)));
  provenance.sort(order);
  return { facts, provenance, inferred: properties.inferred === true };
}

// ---- Mappings from other answers --------------------------------------------------------------

/** An entity as the typed queries select it (kinds and levels aliased: their enums differ by type). */
export interface EntityRef {
  __typename?: string;
  id: string;
  name: string;
  nameZh?: string | null;
  kind?: string | null;
  orgKind?: string | null;
  platformKind?: string | null;
  level?: string | null;
  regionLevel?: string | null;
}

/** The entity's own kind (OrgKind, PlatformKind) whichever alias carried it. */
export const subKind = (e: EntityRef): string | undefined => e.kind ?? e.orgKind ?? e.platformKind ?? undefined;

const KIND_OF_TYPENAME: Record<string, string> = {
  Organization: 'ORGANIZATION',
  Platform: 'PLATFORM',
  Project: 'PROJECT',
  Programme: 'PROGRAMME',
  Region: 'REGION',
  Industry: 'INDUSTRY',
  Person: 'PERSON',
  Event: 'EVENT',
  Indicator: 'INDICATOR',
  Source: 'SOURCE',
};

/** An entity of a typed answer (chain, supply link) as a graph node. */
export function entityNode(e: EntityRef, fallbackKind = 'ORGANIZATION'): ApiNode {
  const kind = (e.__typename && KIND_OF_TYPENAME[e.__typename]) ?? fallbackKind;
  const properties: Record<string, unknown> = { id: e.id, name: e.name };
  if (e.nameZh) properties.nameZh = e.nameZh;
  const k = subKind(e);
  if (k) properties.kind = k;
  if (e.level) properties.level = e.level;
  if (e.regionLevel) properties.level = e.regionLevel;
  return { id: e.id, kind, label: e.name, properties };
}

export interface HopEnd {
  organization?: EntityRef;
  relationship: string;
  role?: string | null;
  chainPosition?: string | null;
  since?: number | null;
  year?: number | null;
  provenance: Provenance;
}

export interface Provenance {
  evidence?: string | null;
  note?: string | null;
  inferred?: boolean | null;
  source?: { id: string; title: string; date?: string | null; url?: string | null; file?: string | null } | null;
}

export interface ChainHop {
  from: EntityRef;
  to: EntityRef;
  via: string;
  connector: EntityRef & { __typename: string; product?: string | null; since?: number | null };
  fromEnd: HopEnd;
  toEnd: HopEnd;
}

export interface Chain {
  length: number;
  organizations: EntityRef[];
  hops: ChainHop[];
}

const endProps = (end: HopEnd): Record<string, unknown> => {
  const p: Record<string, unknown> = {};
  if (end.role) p.role = end.role;
  if (end.chainPosition) p.chainPosition = end.chainPosition;
  if (end.since != null) p.since = end.since;
  if (end.year != null) p.year = end.year;
  if (end.provenance.evidence) p.evidence = end.provenance.evidence;
  if (end.provenance.source) p.source = end.provenance.source.id;
  if (end.provenance.note) p.note = end.provenance.note;
  if (end.provenance.inferred) p.inferred = true;
  return p;
};

/**
 * One chain as a graph: the organizations, and for each hop its connector (platform or project)
 * as a node with both ends' relationships to it, or a supply link as one SUPPLIES edge.
 * Edge ids follow the API's neighborhood ids (source-TYPE->target) so both views agree.
 */
export function chainGraph(chain: Chain): GraphData {
  const nodes: ApiNode[] = chain.organizations.map((o) => entityNode({ ...o, __typename: 'Organization' }));
  const edges: ApiEdge[] = [];
  for (const hop of chain.hops) {
    if (hop.via === 'SUPPLY') {
      const supplier = hop.fromEnd.role === 'SUPPLIER' ? hop.from : hop.to;
      const customer = supplier === hop.from ? hop.to : hop.from;
      const props = endProps(hop.fromEnd);
      delete props.role;
      if (hop.connector.product) props.product = hop.connector.product;
      edges.push({ id: `${supplier.id}-SUPPLIES->${customer.id}`, type: 'SUPPLIES', source: supplier.id, target: customer.id, properties: props });
      continue;
    }
    nodes.push(entityNode(hop.connector));
    for (const [org, end] of [
      [hop.from, hop.fromEnd],
      [hop.to, hop.toEnd],
    ] as const) {
      // HOSTED_BY points from the platform to its host; the others from the organization.
      const [source, target] = end.relationship === 'HOSTED_BY' ? [hop.connector.id, org.id] : [org.id, hop.connector.id];
      edges.push({ id: `${source}-${end.relationship}->${target}`, type: end.relationship, source, target, properties: endProps(end) });
    }
  }
  return mergeGraphs({ nodes, edges });
}

export interface ChainLink {
  from: EntityRef;
  to: EntityRef;
  depth: number;
  product?: string | null;
  since?: number | null;
  provenance: Provenance;
}

/** Upstream/downstream links as a graph: SUPPLIES between organizations, UPSTREAM_OF between industries. */
export function supplyGraph(start: EntityRef, links: ChainLink[]): GraphData {
  const nodes: ApiNode[] = [entityNode(start)];
  const edges: ApiEdge[] = [];
  for (const l of links) {
    nodes.push(entityNode(l.from), entityNode(l.to));
    const type = l.from.__typename === 'Industry' ? 'UPSTREAM_OF' : 'SUPPLIES';
    const properties: Record<string, unknown> = { depth: l.depth };
    if (l.product) properties.product = l.product;
    if (l.since != null) properties.since = l.since;
    if (l.provenance.evidence) properties.evidence = l.provenance.evidence;
    if (l.provenance.source) properties.source = l.provenance.source.id;
    edges.push({ id: `${l.from.id}-${type}->${l.to.id}`, type, source: l.from.id, target: l.to.id, properties });
  }
  return mergeGraphs({ nodes, edges });
}

export interface MissingLink {
  industry: EntityRef;
  position: string;
  distance: number;
  enterpriseCount: number;
  missing: boolean;
}

/** The industrial chain of a region: each segment a node (a gap marked missing), linked in order. */
export function missingLinksGraph(region: string, segments: MissingLink[]): GraphData {
  const nodes = segments.map((s) => {
    const n = entityNode({ ...s.industry, __typename: 'Industry' });
    n.properties = { ...n.properties, enterpriseCount: s.enterpriseCount, missing: s.missing, position: s.position, distance: s.distance, region };
    return n;
  });
  const edges: ApiEdge[] = [];
  const sorted = [...segments].sort((a, b) => a.distance - b.distance);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!.industry.id;
    const b = sorted[i]!.industry.id;
    edges.push({ id: `${a}-UPSTREAM_OF->${b}`, type: 'UPSTREAM_OF', source: a, target: b, properties: {} });
  }
  return { nodes, edges };
}

/** Counts edges by relationship type, for the expand menu. */
export function countByType(edges: ApiEdge[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const e of edges) m.set(e.type, (m.get(e.type) ?? 0) + 1);
  return m;
}

// ---- Large views: a cap, the rest grouped by kind ----------------------------------------------

export const CLUSTER_KIND = 'CLUSTER';

export interface CappedGraph {
  /** What to draw: at most `cap` of the nodes, plus one group node per kind of the rest. */
  data: GraphData;
  /** Group node id -> the nodes it stands for, in their original order. */
  groups: Map<string, ApiNode[]>;
  /** How many nodes the groups hold. */
  hidden: number;
}

export const groupId = (kind: string) => `group:${kind}`;

/**
 * Keeps a view drawable: above `cap` nodes, the `cap` most central ones stay (pinned ids first,
 * then the nearest to the focus by the API's depth, then the best connected) and the rest of each
 * kind fold into one group node labelled "+N KIND". Edges to folded nodes go to their group, one
 * per pair of drawn ends with the number of relationships it stands for.
 */
export function capGraph(g: GraphData, cap: number, pinned: Iterable<string> = []): CappedGraph {
  if (g.nodes.length <= cap) return { data: g, groups: new Map(), hidden: 0 };
  const pin = new Set(pinned);
  const degree = new Map<string, number>();
  for (const e of g.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const ranked = g.nodes
    .map((n, i) => ({ n, i }))
    .sort(
      (a, b) =>
        Number(pin.has(b.n.id)) - Number(pin.has(a.n.id)) ||
        (a.n.depth ?? 1) - (b.n.depth ?? 1) ||
        (degree.get(b.n.id) ?? 0) - (degree.get(a.n.id) ?? 0) ||
        a.i - b.i,
    );
  const kept = new Set(ranked.slice(0, cap).map((r) => r.n.id));
  const groups = new Map<string, ApiNode[]>();
  const home = new Map<string, string>();
  for (const n of g.nodes) {
    if (kept.has(n.id)) continue;
    const id = groupId(n.kind);
    home.set(n.id, id);
    const members = groups.get(id) ?? [];
    members.push(n);
    groups.set(id, members);
  }
  const nodes: ApiNode[] = g.nodes.filter((n) => kept.has(n.id));
  for (const [id, members] of groups) {
    const kind = members[0]!.kind;
    nodes.push({ id, kind: CLUSTER_KIND, label: `+${members.length} ${kind}`, properties: { groupOf: kind, count: members.length } });
  }
  const edges: ApiEdge[] = [];
  const folded = new Map<string, ApiEdge>();
  for (const e of g.edges) {
    const source = home.get(e.source) ?? e.source;
    const target = home.get(e.target) ?? e.target;
    if (source === e.source && target === e.target) {
      edges.push(e);
      continue;
    }
    if (source === target) continue;
    const id = `${source}-GROUPED->${target}`;
    const prev = folded.get(id);
    if (prev) prev.properties.count = (prev.properties.count as number) + 1;
    else folded.set(id, { id, type: 'GROUPED', source, target, properties: { count: 1 } });
  }
  edges.push(...folded.values());
  return { data: { nodes, edges }, groups, hidden: g.nodes.length - kept.size };
}
