// What an embedded view shows, from its settings (the <kg-graph> attributes or the /embed
// iframe's query string): one API call per view, handed to the shared graph component.
import type { Client } from '../api/client.js';
import { collaborationChain, neighborhood, supplyChain } from '../api/operations.js';
import { chainGraph, type GraphData, mergeGraphs, supplyGraph } from '../graph/model.js';
import type { DrawOptions } from '../graph/view.js';

export const VIEWS = ['neighborhood', 'chain', 'upstream', 'downstream', 'region'] as const;
export type EmbedView = (typeof VIEWS)[number];

export interface EmbedSettings {
  view: EmbedView;
  focus?: string;
  from?: string;
  to?: string;
  depth: number;
  kinds: string[];
}

export function embedSettings(get: (name: string) => string | null): EmbedSettings {
  const view = get('view') ?? 'neighborhood';
  const depth = Number(get('depth') ?? '1');
  return {
    view: (VIEWS as readonly string[]).includes(view) ? (view as EmbedView) : 'neighborhood',
    focus: get('focus') ?? undefined,
    from: get('from') ?? undefined,
    to: get('to') ?? undefined,
    depth: Number.isInteger(depth) && depth >= 1 && depth <= 3 ? depth : 1,
    kinds: (get('kinds') ?? '').split(',').filter(Boolean),
  };
}

export async function loadEmbed(client: Client, s: EmbedSettings): Promise<{ data: GraphData; draw: DrawOptions }> {
  if (s.view === 'chain') {
    if (!s.from || !s.to) throw new Error('view="chain" needs the from and to attributes (organization ids)');
    const chains = await collaborationChain(client, s.from, s.to, 1);
    const data = mergeGraphs(...chains.map(chainGraph));
    return { data, draw: { layout: 'layered', highlight: [...data.nodes.map((n) => n.id), ...data.edges.map((e) => e.id)] } };
  }
  if (!s.focus) throw new Error(`view="${s.view}" needs the focus attribute (an entity id)`);
  if (s.view === 'upstream' || s.view === 'downstream') {
    const r = await supplyChain(client, s.focus, Math.max(s.depth, 2), undefined);
    if (!r.entity) throw new Error(`no entity ${s.focus}`);
    return { data: supplyGraph(r.entity, s.view === 'upstream' ? r.upstream : r.downstream), draw: { layout: 'layered', focus: s.focus } };
  }
  const region = s.view === 'region';
  const nb = await neighborhood(client, {
    id: s.focus,
    depth: region ? 2 : s.depth,
    kinds: s.kinds.length ? s.kinds : region ? ['REGION', 'ORGANIZATION', 'PLATFORM'] : undefined,
    rels: region ? ['LOCATED_IN', 'PART_OF', 'HOSTED_BY'] : undefined,
    limitPerKind: 100,
    first: 1000,
  });
  return { data: { nodes: nb.nodes, edges: nb.edges }, draw: { layout: 'force', focus: s.focus } };
}
