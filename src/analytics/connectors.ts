// topConnectors' ranking: organizations of a collaboration graph ordered by collaborators or
// betweenness, ties sharing a rank and ordered by id. Betweenness is computed at most once and
// only when it is ranked by or selected (the rows carry it as lazy fields graphql-js resolves).
import { betweenness } from './betweenness.js';
import { type CollaborationGraph, collaborators } from './collaboration.js';
import { competitionRanks } from './rank.js';

export interface ConnectorRow {
  id: string;
  rank: number;
  collaborators: number;
  platforms: number;
  projects: number;
  betweenness: () => number;
  method: () => string;
}

export function rankConnectors(graph: CollaborationGraph, measure: 'COLLABORATORS' | 'BETWEENNESS', first: number): ConnectorRow[] {
  let bc: ReturnType<typeof betweenness> | undefined;
  const central = () => {
    bc ??= betweenness(graph);
    return bc;
  };
  // Rounded to 12 digits for ranking, so betweenness sums taken in another order still tie.
  const value = measure === 'BETWEENNESS' ? (v: number) => Number(central().scores[v]!.toPrecision(12)) : (v: number) => collaborators(graph, v);
  const top = graph.ids
    .map((_, v) => v)
    .sort((a, b) => value(b) - value(a) || (graph.ids[a]! < graph.ids[b]! ? -1 : 1))
    .slice(0, first);
  const ranks = competitionRanks(top.map(value));
  return top.map((v, i) => ({
    id: graph.ids[v]!,
    rank: ranks[i]!,
    collaborators: collaborators(graph, v),
    platforms: graph.platforms[v]!,
    projects: graph.projects[v]!,
    betweenness: () => central().scores[v]!,
    method: () => central().method,
  }));
}
