// collaborationChain's answer: the search's chains as GraphQL objects. One round trip fetches the
// properties and end nodes of every relationship on them (cypher/traversals/chain-links).
import { createGraphQLError } from 'graphql-yoga';
import type { ChainPosition, HopRelationship, HopRole } from '../generated/graphql.js';
import type { GraphNode } from '../graph/loaders.js';
import type { Context } from '../server/context.js';
import { type Chain, type Hop, type Link, VIA_TYPES } from './chain-search.js';
import { provenanceOf } from './common.js';

type Props = Record<string, unknown>;
interface LinkRow {
  s: string;
  t: string;
  e: string;
  props: Props;
  startNode: GraphNode;
  endNode: GraphNode;
}

const key = (l: Link) => `${l.s}|${l.t}|${l.e}`;
/** The search only records these types; checked again because the read below puts them in a dynamic type. */
const ALLOWED_TYPES = new Set(Object.values(VIA_TYPES).flat());

export async function shapeChains(ctx: Context, chains: Chain[]) {
  const links = new Map<string, Link>();
  for (const c of chains)
    for (const h of c.hops)
      for (const l of h.links) {
        if (!ALLOWED_TYPES.has(l.t)) throw new Error(`unexpected relationship type ${l.t} on a chain`);
        links.set(key(l), { s: l.s, t: l.t, e: l.e });
      }
  if (links.size === 0) return [];
  const rows = (await ctx.db.read('traversals/chain-links', { links: [...links.values()] })) as unknown as LinkRow[];
  const byKey = new Map(rows.map((r) => [key(r), r]));
  const nodes = new Map<string, GraphNode>();
  for (const r of rows) {
    nodes.set(r.s, r.startNode);
    nodes.set(r.e, r.endNode);
  }
  ctx.loaders.prime([...nodes.values()]);
  const row = (l: Link): LinkRow => {
    const r = byKey.get(key(l));
    // Only if a relationship was deleted between the search and this read.
    if (!r) throw createGraphQLError('the graph changed while the chain was being read; retry', { extensions: { code: 'CONFLICT' } });
    return r;
  };
  const node = (id: string) => nodes.get(id) as GraphNode;
  return chains.map((c) => ({ length: c.hops.length, organizations: c.orgs.map(node), hops: c.hops.map((h) => shapeHop(h, row, node)) }));
}

function shapeHop(h: Hop, row: (l: Link) => LinkRow, node: (id: string) => GraphNode) {
  const [first, second] = h.links as [Link, Link | undefined];
  const r1 = row(first);
  if (h.via === 'SUPPLY') {
    const supply = { ...r1.props, __typename: 'SupplyLink', supplier: r1.startNode, customer: r1.endNode };
    return { from: node(h.from), to: node(h.to), via: h.via, connector: supply, fromEnd: end(node(h.from), r1), toEnd: end(node(h.to), r1) };
  }
  const r2 = row(second as Link);
  return { from: node(h.from), to: node(h.to), via: h.via, connector: node(h.connector as string), fromEnd: end(node(h.from), r1), toEnd: end(node(h.to), r2) };
}

/** How an organization takes part in a hop, from the relationship that joins it. */
function end(organization: GraphNode, r: LinkRow) {
  const p = r.props;
  const role =
    r.t === 'HOSTED_BY'
      ? 'HOST'
      : r.t === 'FUNDS'
        ? 'FUNDER'
        : r.t === 'SUPPLIES'
          ? r.s === organization.id
            ? 'SUPPLIER'
            : 'CUSTOMER'
          : ((p.role as HopRole | undefined) ?? null);
  return {
    organization,
    relationship: r.t as HopRelationship,
    role,
    chainPosition: (p.chainPosition as ChainPosition | undefined) ?? null,
    since: (p.since as number | undefined) ?? null,
    year: (p.year as number | undefined) ?? null,
    provenance: provenanceOf(p),
  };
}
