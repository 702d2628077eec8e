// Ranked full-text search over entity_names (cypher/search.cypher): one statement per page,
// ranking the best RANK_CAP hits by relevance, and beside it, in the same transaction when the
// caller pages, the uncapped count that tells how far the pages go and whether they are cut.
import type { GraphSession } from '../graph/graph.js';
import type { GraphNode } from '../graph/loaders.js';
import type { SearchText } from './search-text.js';

/** Hits ranked per request. Each page re-ranks them (degrees are read from the degree store), so this bounds a page's cost. */
export const RANK_CAP = 2000;

export const MATCHES = ['EXACT', 'PREFIX', 'OTHER'] as const;

export interface SearchHit {
  node: GraphNode;
  score: number;
  match: (typeof MATCHES)[number];
  degree: number;
}

const countParams = (text: SearchText, labels: string[] | null) => ({ query: text.query, labels });
const pageParams = (text: SearchText, labels: string[] | null, offset: number, limit: number) => ({
  ...countParams(text, labels),
  exact: text.exact,
  words: text.words,
  wordStarts: text.wordStarts,
  // Without a kind filter Lucene itself keeps the best; with one, every hit must reach the filter.
  options: labels ? {} : { limit: RANK_CAP },
  cap: RANK_CAP,
  offset,
  limit,
});
const hitOf = (r: Record<string, unknown>): SearchHit => ({
  node: r.node as GraphNode,
  score: r.score as number,
  match: MATCHES[r.tier as number]!,
  degree: r.degree as number,
});

/** `limit` hits from `offset` in the ranking. */
export async function searchHits(db: GraphSession, text: SearchText, labels: string[] | null, offset: number, limit: number): Promise<SearchHit[]> {
  return (await db.read('search', pageParams(text, labels, offset, limit))).map(hitOf);
}

export interface SearchPage {
  hits: SearchHit[];
  /** Every entity of the kinds the query matches. */
  total: number;
  /** Hits the ranking covers: the pages end there. */
  ranked: number;
  /** More matched than the ranking covers. */
  truncated: boolean;
}

/** A page and the count, read together so that they agree. */
export async function searchPage(db: GraphSession, text: SearchText, labels: string[] | null, offset: number, limit: number): Promise<SearchPage> {
  const [rows = [], counts = []] = await db.readMany([
    { name: 'search', params: pageParams(text, labels, offset, limit) },
    { name: 'search-count', params: countParams(text, labels) },
  ]);
  const total = (counts[0]?.total as number | undefined) ?? 0;
  return { hits: rows.map(hitOf), total, ranked: Math.min(total, RANK_CAP), truncated: total > RANK_CAP };
}
