// chainPartners(): organizations up and down the chain of an organization, each with the shortest
// path of each kind that justifies it. Two walks per direction, both breadth first, one round trip
// per level (cypher/traversals/*-step, shared with upstream/downstream):
// - SUPPLY: over SUPPLIES from the organization; every organization reached is a partner;
// - INDUSTRY_CHAIN: over UPSTREAM_OF from the industries the organization is in; the partners are
//   the organizations in the industries reached (one query for all of them).
// Each walk keeps, for every node it reaches, the link it was first reached by (rows sorted by
// the near end's id, so the lowest id wins a tie): following those back gives the path.
import type { GraphSession } from '../graph/graph.js';
import type { GraphNode } from '../graph/loaders.js';
import { traversalLimit } from './common.js';
import { CHAIN_ROW_CAP, type Direction } from './supply-chain.js';

/** (partner, industry) pairs the industry-chain part may read. */
export const PARTNER_PAIR_CAP = 50_000;

export type Via = 'SUPPLY' | 'INDUSTRY_CHAIN';

export interface PartnerSpec {
  start: GraphNode;
  directions: Direction[];
  depth: number;
  via: Via[];
  region: string | null;
  industry: string | null;
  sub: boolean;
  kinds: string[] | null;
}

/** A link as walked: `from` supplies `to` (or is upstream of it), with the relationship's properties. */
export interface Step {
  from: GraphNode;
  to: GraphNode;
  props: Record<string, unknown>;
}

/** An organization's IN_INDUSTRY tag and the industry of the chain it counts for. */
export interface Tag {
  organization: GraphNode;
  tagged: GraphNode;
  industry: GraphNode;
  props: Record<string, unknown>;
}

export interface Path {
  via: Via;
  direction: 'UPSTREAM' | 'DOWNSTREAM';
  distance: number;
  /** In walking order, from the organization to the partner. */
  steps: Step[];
  fromTag: Tag | null;
  toTag: Tag | null;
}

export interface Partner {
  organization: GraphNode;
  distance: number;
  paths: Path[];
}

interface Reached {
  level: number;
  /** The node one level nearer the start, and the relationship from it. */
  near: string;
  props: Record<string, unknown>;
}

/** A breadth-first walk with first-reached parents. Nodes in `visited` at the start are never entered. */
async function walk(
  db: GraphSession,
  direction: Direction,
  type: string,
  starts: string[],
  depth: number,
  visited: Set<string>,
  nodes: Map<string, GraphNode>,
): Promise<Map<string, Reached>> {
  const reached = new Map<string, Reached>();
  let frontier = [...new Set(starts)].sort();
  let read = 0;
  for (let level = 1; level <= depth && frontier.length > 0; level++) {
    const cap = CHAIN_ROW_CAP - read + 1;
    const rows = await db.read(`traversals/${direction}-step`, { frontier, industry: null, sub: true, cap }, { type });
    read += rows.length;
    if (read > CHAIN_ROW_CAP) throw traversalLimit(`chainPartners: more than ${CHAIN_ROW_CAP} ${type} links within depth ${level}; lower depth`);
    rows.sort((a, b) => cmp(a.near as string, b.near as string) || cmp((a.far as GraphNode).id, (b.far as GraphNode).id));
    const next: string[] = [];
    for (const r of rows) {
      const far = r.far as GraphNode;
      if (reached.has(far.id) || visited.has(far.id)) continue;
      nodes.set(far.id, far);
      reached.set(far.id, { level, near: r.near as string, props: r.props as Record<string, unknown> });
      next.push(far.id);
    }
    frontier = next.sort();
  }
  return reached;
}

/** The steps from the start to `id`, in walking order, as (from supplies/is upstream of to). */
function stepsTo(id: string, reached: Map<string, Reached>, nodes: Map<string, GraphNode>, direction: Direction): Step[] {
  const steps: Step[] = [];
  let cur = id;
  for (;;) {
    const r = reached.get(cur) as Reached;
    const near = nodes.get(r.near) as GraphNode;
    const far = nodes.get(cur) as GraphNode;
    steps.push(direction === 'upstream' ? { from: far, to: near, props: r.props } : { from: near, to: far, props: r.props });
    if (r.level === 1) break;
    cur = r.near;
  }
  return steps.reverse();
}

const filterParams = (spec: PartnerSpec) => ({ region: spec.region, industry: spec.industry, sub: spec.sub, kinds: spec.kinds });

interface Found {
  partner: GraphNode;
  path: Path;
}

async function supplyPaths(db: GraphSession, spec: PartnerSpec, direction: Direction): Promise<Found[]> {
  const nodes = new Map([[spec.start.id, spec.start]]);
  const reached = await walk(db, direction, 'SUPPLIES', [spec.start.id], spec.depth, new Set([spec.start.id]), nodes);
  let ids = [...reached.keys()];
  if (ids.length > 0 && (spec.region || spec.industry || spec.kinds)) {
    const rows = await db.read('traversals/organizations-filter', { ids, ...filterParams(spec) });
    ids = rows.map((r) => r.id as string);
  }
  return ids.map((id) => {
    const steps = stepsTo(id, reached, nodes, direction);
    const path: Path = { via: 'SUPPLY', direction: upper(direction), distance: steps.length, steps, fromTag: null, toTag: null };
    return { partner: nodes.get(id) as GraphNode, path };
  });
}

async function industryPaths(db: GraphSession, spec: PartnerSpec, direction: Direction, own: Tag[]): Promise<Found[]> {
  const nodes = new Map(own.map((t) => [t.industry.id, t.industry]));
  // Chains may lead back to the organization's own industries: those are entered again (`visited` empty).
  const reached = await walk(db, direction, 'UPSTREAM_OF', [...nodes.keys()], spec.depth, new Set(), nodes);
  if (reached.size === 0) return [];
  const rows = await db.read('traversals/industry-organizations', {
    industries: [...reached.keys()],
    self: spec.start.id,
    cap: PARTNER_PAIR_CAP + 1,
    ...filterParams(spec),
  });
  if (rows.length > PARTNER_PAIR_CAP)
    throw traversalLimit(
      `chainPartners: more than ${PARTNER_PAIR_CAP} organizations in the industries within depth ${spec.depth}; lower depth, or add region or industry`,
    );
  // The nearest industry for each partner; ties by industry id, then tag id.
  const best = new Map<string, { level: number; industry: string; tag: GraphNode; props: Record<string, unknown>; org: GraphNode }>();
  for (const r of rows) {
    const org = r.organization as GraphNode;
    const tag = r.tag as GraphNode;
    const j = r.industry as string;
    const level = (reached.get(j) as Reached).level;
    const b = best.get(org.id);
    if (!b || level < b.level || (level === b.level && (cmp(j, b.industry) < 0 || (j === b.industry && cmp(tag.id, b.tag.id) < 0))))
      best.set(org.id, { level, industry: j, tag, props: r.props as Record<string, unknown>, org });
  }
  const ownTag = new Map<string, Tag>();
  for (const t of own) {
    const seen = ownTag.get(t.industry.id);
    if (!seen || cmp(t.tagged.id, seen.tagged.id) < 0) ownTag.set(t.industry.id, t);
  }
  return [...best.values()].map((b) => {
    const steps = stepsTo(b.industry, reached, nodes, direction);
    const root = direction === 'upstream' ? (steps[0] as Step).to : (steps[0] as Step).from;
    const path: Path = {
      via: 'INDUSTRY_CHAIN',
      direction: upper(direction),
      distance: steps.length,
      steps,
      fromTag: ownTag.get(root.id) as Tag,
      toTag: { organization: b.org, tagged: b.tag, industry: nodes.get(b.industry) as GraphNode, props: b.props },
    };
    return { partner: b.org, path };
  });
}

/** Every partner within the spec, nearest first, then by id. */
export async function findPartners(db: GraphSession, spec: PartnerSpec): Promise<Partner[]> {
  const partners = new Map<string, Partner>();
  const add = (org: GraphNode, path: Path) => {
    const p = partners.get(org.id) ?? { organization: org, distance: path.distance, paths: [] };
    p.paths.push(path);
    p.distance = Math.min(p.distance, path.distance);
    partners.set(org.id, p);
  };
  let own: Tag[] | null = null;
  for (const direction of spec.directions) {
    if (spec.via.includes('SUPPLY')) for (const f of await supplyPaths(db, spec, direction)) add(f.partner, f.path);
    if (spec.via.includes('INDUSTRY_CHAIN')) {
      own ??= (await db.read('traversals/organization-industries', { id: spec.start.id, sub: spec.sub })).map((r) => ({
        organization: spec.start,
        tagged: r.tag as GraphNode,
        industry: r.industry as GraphNode,
        props: r.props as Record<string, unknown>,
      }));
      if (own.length > 0) for (const f of await industryPaths(db, spec, direction, own)) add(f.partner, f.path);
    }
  }
  // Shortest first; SUPPLY before INDUSTRY_CHAIN, then UPSTREAM before DOWNSTREAM.
  const order = (p: Path) => (p.via === 'SUPPLY' ? 0 : 2) + (p.direction === 'UPSTREAM' ? 0 : 1);
  for (const p of partners.values()) p.paths.sort((a, b) => a.distance - b.distance || order(a) - order(b));
  return [...partners.values()].sort((a, b) => a.distance - b.distance || cmp(a.organization.id, b.organization.id));
}

const upper = (d: Direction) => (d === 'upstream' ? 'UPSTREAM' : 'DOWNSTREAM');
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
