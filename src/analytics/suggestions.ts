// partnerSuggestions' reasons, from a row of cypher/analytics/partner-suggestions.cypher: one
// SuggestionReason per common-partner set (counted exactly by the network engine), shared industry, chain link and shared region, each
// with only the fields of its kind set.
import type { GraphNode } from '../graph/loaders.js';

export interface SuggestionRow {
  node: GraphNode;
  score: number;
  commonCount: number;
  commonPartners: GraphNode[];
  industries: GraphNode[];
  links: { upstream: GraphNode; downstream: GraphNode; product: string | null }[];
  regions: GraphNode[];
}

const EMPTY = { industry: null, upstream: null, downstream: null, product: null, partners: null, count: null, complete: null, region: null };

/** The fields a reason of one kind sets; the others stay null. */
interface ReasonFields {
  industry?: GraphNode;
  upstream?: GraphNode;
  downstream?: GraphNode;
  product?: string | null;
  partners?: GraphNode[];
  count?: number;
  complete?: boolean;
  region?: GraphNode;
}
type ReasonKind = 'COMMON_PARTNERS' | 'SHARED_INDUSTRY' | 'CHAIN_ADJACENT' | 'SAME_REGION';

export function suggestion(r: SuggestionRow) {
  const reason = (kind: ReasonKind, fields: ReasonFields) => ({ kind, ...EMPTY, ...fields });
  return {
    organization: r.node,
    score: r.score,
    reasons: [
      ...(r.commonCount > 0 ? [reason('COMMON_PARTNERS', { partners: r.commonPartners, count: r.commonCount, complete: true })] : []),
      ...r.industries.map((industry) => reason('SHARED_INDUSTRY', { industry })),
      ...r.links.map((l) => reason('CHAIN_ADJACENT', l)),
      ...r.regions.map((region) => reason('SAME_REGION', { region })),
    ],
  };
}
