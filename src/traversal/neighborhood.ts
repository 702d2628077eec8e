// neighborhood(): a breadth-first search from one node, then one page of it as nodes and edges,
// in one statement (cypher/traversals/neighborhood.cypher). The order is recomputed for every
// page rather than carried in the cursor: it is deterministic (levels in order, a level's nodes
// in the order of their parents, a node's neighbours by id), so the cursor only needs the
// offset, and it stays small whatever the page.
import { createHash } from 'node:crypto';
import { decodeCursor, encodeCursor } from '../cursors.js';
import { userError } from '../errors.js';
import type { EntityKind, NeighborhoodRel } from '../generated/graphql.js';
import type { GraphSession } from '../graph/graph.js';
import { displayName } from '../model/codes.js';
import { LABEL_BY_ENTITY_KIND } from '../model/labels.js';

/** EntityKind -> node label: the whitelist of kinds a neighbourhood may contain. */
export const KIND_LABELS = LABEL_BY_ENTITY_KIND;
const KIND_BY_LABEL = new Map(Object.entries(KIND_LABELS).map(([kind, label]) => [label, kind]));

/** NeighborhoodRel -> relationship type: the whitelist of types a neighbourhood may follow. */
export const NEIGHBORHOOD_TYPES: Record<string, string> = Object.fromEntries(
  [
    'MEMBER_OF',
    'HOSTED_BY',
    'UNDERTAKES',
    'FUNDS',
    'SUPPORTS',
    'SUPPLIES',
    'LOCATED_IN',
    'PART_OF',
    'IN_INDUSTRY',
    'SERVES',
    'UPSTREAM_OF',
    'SUBINDUSTRY_OF',
    'PARTICIPATES_IN',
    'AFFILIATED_WITH',
    'ORGANIZED',
    'ATTENDED',
    'CONCERNS',
    'ABOUT',
    'AUTHORED',
  ].map((t) => [t, t]),
);

/** Nodes one neighbourhood may hold. */
export const NEIGHBORHOOD_NODE_CAP = 5_000;
/** Edges one page may carry. */
export const PAGE_EDGE_CAP = 20_000;

export interface NeighborhoodSpec {
  /** The start node's id (the statement finds it; no row means no such node). */
  id: string;
  depth: number;
  labels: string[];
  types: string[];
  perKind: number;
}

/** What the GraphQL selection reads: node properties ('all'), only a display name ('name'), neither. */
export interface NeighborhoodSelection {
  nodeProps: 'all' | 'name' | null;
  edgeProps: boolean;
}

export function kindOf(labels: string[]): string | undefined {
  for (const l of labels) {
    const kind = KIND_BY_LABEL.get(l);
    if (kind) return kind;
  }
  return undefined;
}

const ALL_TYPES = Object.values(NEIGHBORHOOD_TYPES).sort();
for (const t of ALL_TYPES) if (!/^[A-Z_]+$/.test(t)) throw new Error(`relationship type ${t} is not an identifier`);

/**
 * The statement's variant for these types: one type alone as a literal (the planner expands
 * only it, also on dense nodes), else the literal union of every whitelisted type, with the
 * subset as a $types filter. So at most 1 + 19 variants exist, whatever clients ask; none holds
 * a client string.
 */
function variant(db: GraphSession, types: string[]): { name: string; types: string[] | null } {
  const wanted = [...new Set(types)].filter((t) => ALL_TYPES.includes(t));
  const single = wanted.length === 1 ? wanted[0]! : null;
  const all = wanted.length === ALL_TYPES.length;
  const rel = single ?? ALL_TYPES.join('|');
  const name = db.cypher.composed(`traversals/neighborhood:${single ?? 'ALL'}`, () => db.cypher.get('traversals/neighborhood').replace(/\{\{rel\}\}/g, rel));
  return { name, types: single || all ? null : wanted };
}

/** Ties a cursor to the query that issued it, so a cursor from another neighbourhood is refused. */
function fingerprint(spec: NeighborhoodSpec): string {
  const text = JSON.stringify([spec.id, spec.depth, [...spec.labels].sort(), [...spec.types].sort(), spec.perKind]);
  return createHash('sha256').update(text).digest('base64url').slice(0, 12);
}

interface Row {
  startLabels: string[];
  truncated: boolean;
  totalNodes: number;
  /** [id, label (null for the start node), depth, properties (null when not read)] */
  nodes: [string, string | null, number, Record<string, unknown> | null][];
  /** [source id, type, target id, properties (null when not read)] */
  edges: [string, NeighborhoodRel, string, Record<string, unknown> | null][];
}

/**
 * One page of the neighbourhood, or null when the start node does not exist or is of no kind
 * (the caller then reports the argument). Node properties are read only as far as `select`
 * says, so nodes here are not complete entities: they must not seed any entity cache.
 */
export async function neighborhoodPage(
  db: GraphSession,
  spec: NeighborhoodSpec,
  first: number,
  after: string | null | undefined,
  select: NeighborhoodSelection,
) {
  const print = fingerprint(spec);
  const [offset, issuedFor] = decodeCursor(after, 2) ?? [0, print];
  if (issuedFor !== print || !Number.isInteger(offset) || (offset as number) < 0)
    throw userError('after belongs to another neighborhood query (different id, depth, kinds, relationshipTypes or limitPerKind); start again without it', {
      argument: 'after',
    });
  const start = offset as number;
  const { name, types } = variant(db, spec.types);
  const [row] = (await db.read(name, {
    id: spec.id,
    depth: spec.depth,
    labels: spec.labels,
    types,
    perKind: spec.perKind,
    nodeCap: NEIGHBORHOOD_NODE_CAP,
    offset: start,
    first,
    edgeCap: PAGE_EDGE_CAP,
    props: select.nodeProps,
    edgeProps: select.edgeProps,
  })) as unknown as Row[];
  const startKind = row && kindOf(row.startLabels);
  if (!row || !startKind) return null;
  const end = start + row.nodes.length;
  return {
    nodes: row.nodes.map(([id, label, depth, props]) => {
      const properties = props ?? {};
      return {
        id,
        // The start node's kind from its labels; every other node was found as one of $labels.
        kind: (label === null ? startKind : KIND_BY_LABEL.get(label)) as EntityKind,
        label: displayName({ ...properties, id }),
        depth,
        properties,
      };
    }),
    edges: row.edges
      .slice(0, PAGE_EDGE_CAP)
      .map(([source, type, target, props]) => ({ id: `${source}-${type}->${target}`, type, source, target, properties: props ?? {} }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    truncated: row.truncated || row.edges.length > PAGE_EDGE_CAP,
    totalNodes: row.totalNodes,
    pageInfo: { hasNextPage: end < row.totalNodes, endCursor: row.nodes.length ? encodeCursor([end, print]) : (after ?? null) },
  };
}

/**
 * Plans the all-types statement (what a neighbourhood without relationshipTypes runs) once, for
 * each kind of selection, so that the first client does not wait for it: Neo4j took 1-3 s to
 * plan it on a busy machine. The id matches nothing, so no graph is read.
 */
export async function warmNeighborhoodPlans(db: GraphSession): Promise<void> {
  const spec = { id: '', depth: 3, labels: Object.values(KIND_LABELS), types: ALL_TYPES, perKind: 1 };
  for (const select of [
    { nodeProps: null, edgeProps: false },
    { nodeProps: 'name', edgeProps: false },
    { nodeProps: 'all', edgeProps: true },
  ] as const)
    await neighborhoodPage(db, spec, 1, null, select);
}
