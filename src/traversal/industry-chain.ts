// industryChain() and missingLinks(): the segments of the chain around an industry with the
// enterprises of a region in each (cypher/traversals/industry-chain), and what a missing
// segment means. A segment's organizations and candidates are paged lazily through
// industry-members.ts, so a map that lists none costs one round trip.
import type { GraphSession } from '../graph/graph.js';
import type { GraphNode } from '../graph/loaders.js';
import { traversalLimit } from './common.js';

/** Segments one chain may have (the chain of a dense industry graph at depth 5 can be large). */
export const SEGMENT_CAP = 200;

export type Coverage = 'PRESENT' | 'GAP' | 'REGION_NOT_ON_CHAIN' | 'NOT_IN_GRAPH';

export interface ChainScope {
  industry: string;
  region: GraphNode | null;
  depth: number;
  sub: boolean;
}

export interface Segment {
  industry: GraphNode;
  position: 'UPSTREAM' | 'MIDSTREAM' | 'DOWNSTREAM';
  distance: number;
  enterpriseCount: number;
  graphEnterpriseCount: number;
  missing: boolean;
  present: boolean;
  regionHasUpstream: boolean;
  regionHasDownstream: boolean;
  coverage: Coverage;
  coverageNote: string;
  /** What the segment's organizations/candidates fields page over. */
  scope: ChainScope;
}

export async function chainSegments(db: GraphSession, scope: ChainScope): Promise<Segment[]> {
  const rows = await db.read('traversals/industry-chain', {
    industry: scope.industry,
    region: scope.region?.id ?? null,
    depth: scope.depth,
    sub: scope.sub,
    cap: SEGMENT_CAP,
  });
  if (rows.length > SEGMENT_CAP) throw traversalLimit(`industryChain: more than ${SEGMENT_CAP} industries within depth ${scope.depth}; lower depth`);
  const held = rows.filter((r) => (r.enterpriseCount as number) > 0).map((r) => r.distance as number);
  return rows.map((r) => {
    const distance = r.distance as number;
    const count = r.enterpriseCount as number;
    const graphCount = r.graphCount as number;
    const industry = r.industry as GraphNode;
    const up = held.some((d) => d < distance);
    const down = held.some((d) => d > distance);
    const coverage: Coverage = count > 0 ? 'PRESENT' : graphCount === 0 ? 'NOT_IN_GRAPH' : held.length > 0 ? 'GAP' : 'REGION_NOT_ON_CHAIN';
    return {
      industry,
      position: distance < 0 ? 'UPSTREAM' : distance > 0 ? 'DOWNSTREAM' : 'MIDSTREAM',
      distance,
      enterpriseCount: count,
      graphEnterpriseCount: graphCount,
      missing: count === 0,
      present: count > 0,
      regionHasUpstream: up,
      regionHasDownstream: down,
      coverage,
      coverageNote: note(coverage, industry, scope.region, count, graphCount, up, down),
      scope,
    };
  });
}

function note(c: Coverage, industry: GraphNode, region: GraphNode | null, count: number, graphCount: number, up: boolean, down: boolean): string {
  const ind = (industry.name as string | undefined) ?? industry.id;
  const where = region ? `in ${(region.name as string | undefined) ?? region.id}` : 'in the graph';
  const plural = (n: number) => `${n} enterprise${n === 1 ? '' : 's'}`;
  switch (c) {
    case 'PRESENT':
      return `${plural(count)} ${where} ${count === 1 ? 'is' : 'are'} in ${ind}.`;
    case 'NOT_IN_GRAPH':
      return `No enterprise anywhere in the graph is tagged with ${ind}: thin data, not a finding about ${region ? 'the region' : 'the chain'}.`;
    case 'GAP': {
      const sides = up && down ? 'upstream and downstream of it' : up ? 'upstream of it only' : 'downstream of it only';
      return `A gap: no enterprise ${where} is in ${ind}, although the region has enterprises ${sides}; ${plural(graphCount)} elsewhere could fill it.`;
    }
    case 'REGION_NOT_ON_CHAIN':
      return `No enterprise ${where} is on this chain at all; ${plural(graphCount)} elsewhere are in ${ind}. The graph may simply hold little about the region.`;
  }
}
