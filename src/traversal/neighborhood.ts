// neighborhood(): a breadth-first search from one node, then one page of it as nodes and edges.
// The order is recomputed for every page (one round trip per level, cypher/traversals/
// neighborhood-level) rather than carried in the cursor: it is deterministic (levels in order,
// a level's nodes in the order of their parents, a node's neighbours by id), so the cursor only
// needs the offset, and it stays small whatever the page.
import { createHash } from 'node:crypto';
import { decodeCursor, encodeCursor } from '../cursors.js';
import { userError } from '../errors.js';
import type { EntityKind, NeighborhoodRel } from '../generated/graphql.js';
import type { GraphSession } from '../graph/graph.js';
import type { GraphNode } from '../graph/loaders.js';
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
/** Neighbour ids one level query may return: a big frontier is sent in chunks of this budget. */
const LEVEL_ROW_BUDGET = 250_000;

export interface NeighborhoodSpec {
  start: GraphNode;
  depth: number;
  labels: string[];
  types: string[];
  perKind: number;
}

interface Placed {
  id: string;
  label: string;
  depth: number;
}

export function kindOf(labels: string[]): string | undefined {
  for (const l of labels) {
    const kind = KIND_BY_LABEL.get(l);
    if (kind) return kind;
  }
  return undefined;
}

/** The whole neighbourhood in breadth-first order, capped; truncated when a cap cut anything. */
async function order(db: GraphSession, spec: NeighborhoodSpec): Promise<{ nodes: Placed[]; truncated: boolean }> {
  const startLabel = KIND_LABELS[kindOf(spec.start.labels) ?? ''] ?? 'Entity';
  const nodes: Placed[] = [{ id: spec.start.id, label: startLabel, depth: 0 }];
  const seen = new Set([spec.start.id]);
  let truncated = false;
  let frontier = [spec.start.id];
  const chunk = Math.max(1, Math.floor(LEVEL_ROW_BUDGET / (spec.labels.length * (spec.perKind + 1))));
  for (let depth = 1; depth <= spec.depth && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (let i = 0; i < frontier.length; i += chunk) {
      const part = frontier.slice(i, i + chunk);
      const rows = await db.read('traversals/neighborhood-level', { frontier: part, labels: spec.labels, types: spec.types, perKind: spec.perKind });
      // Neighbours of one node are taken together, by id, whatever their kind.
      const byNode = new Map<number, { id: string; label: string }[]>();
      for (const r of rows) {
        if (r.more) truncated = true;
        const list = byNode.get(r.i as number) ?? [];
        for (const id of r.ids as string[]) list.push({ id, label: r.label as string });
        byNode.set(r.i as number, list);
      }
      for (let j = 0; j < part.length; j++) {
        const list = (byNode.get(j) ?? []).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        for (const n of list) {
          if (seen.has(n.id)) continue;
          if (nodes.length >= NEIGHBORHOOD_NODE_CAP) return { nodes, truncated: true };
          seen.add(n.id);
          nodes.push({ ...n, depth });
          next.push(n.id);
        }
      }
    }
    frontier = next;
  }
  return { nodes, truncated };
}

/** Ties a cursor to the query that issued it, so a cursor from another neighbourhood is refused. */
function fingerprint(spec: NeighborhoodSpec): string {
  const text = JSON.stringify([spec.start.id, spec.depth, [...spec.labels].sort(), [...spec.types].sort(), spec.perKind]);
  return createHash('sha256').update(text).digest('base64url').slice(0, 12);
}

export async function neighborhoodPage(db: GraphSession, spec: NeighborhoodSpec, first: number, after: string | null | undefined) {
  const print = fingerprint(spec);
  const [offset, issuedFor] = decodeCursor(after, 2) ?? [0, print];
  if (issuedFor !== print || !Number.isInteger(offset) || (offset as number) < 0)
    throw userError('after belongs to another neighborhood query (different id, depth, kinds, relationshipTypes or limitPerKind); start again without it', {
      argument: 'after',
    });
  const start = offset as number;
  const all = await order(db, spec);
  const page = all.nodes.slice(start, start + first);
  const known = all.nodes.slice(0, start + page.length).map((n) => n.id);
  const [row] = page.length
    ? await db.read('traversals/neighborhood-page', { page: page.map((n) => n.id), known, types: spec.types, edgeCap: PAGE_EDGE_CAP })
    : [{ nodes: [], edges: [] }];
  const props = new Map(((row?.nodes ?? []) as GraphNode[]).map((n) => [n.id, n]));
  const edges = (row?.edges ?? []) as { source: string; type: NeighborhoodRel; target: string; properties: Record<string, unknown> }[];
  const end = start + page.length;
  return {
    nodes: page.map((n) => {
      const { labels: _, ...properties } = props.get(n.id) ?? { id: n.id, labels: [] };
      return {
        id: n.id,
        kind: (KIND_BY_LABEL.get(n.label) ?? kindOf(props.get(n.id)?.labels ?? [])) as EntityKind,
        label: displayName(properties),
        depth: n.depth,
        properties,
      };
    }),
    edges: edges
      .slice(0, PAGE_EDGE_CAP)
      .map((e) => ({ ...e, id: `${e.source}-${e.type}->${e.target}` }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    truncated: all.truncated || edges.length > PAGE_EDGE_CAP,
    totalNodes: all.nodes.length,
    pageInfo: { hasNextPage: end < all.nodes.length, endCursor: page.length ? encodeCursor([end, print]) : (after ?? null) },
  };
}
