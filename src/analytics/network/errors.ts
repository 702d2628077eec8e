// Errors of the network engine. Each says which limit was hit and what to do, so a client never
// gets a silent partial answer: the scope is refused whole, or the job is stopped whole.
import { GraphQLError } from 'graphql';

/** The hint every size refusal ends with. */
export const NARROWER = 'pass a narrower scope: scope: {region: ...}, {industry: ...} or {programme: ...} (they combine)';

export function analysisTooLarge(what: string, hint = NARROWER): GraphQLError {
  return new GraphQLError(`the scope is too large for network analytics: ${what}; ${hint}`, {
    extensions: { code: 'ANALYSIS_TOO_LARGE', argument: 'scope' },
  });
}

export function analysisTimeout(limitMs: number): GraphQLError {
  return new GraphQLError(
    `the network analysis did not finish within its ${Math.round(limitMs / 1000)} s limit and was stopped; pass a narrower scope (region, industry or programme) or a measure that is cheaper to compute`,
    { extensions: { code: 'ANALYSIS_TIMEOUT', argument: 'scope' } },
  );
}

export function notInScope(id: string): GraphQLError {
  return new GraphQLError(`id: organization "${id}" is not in the scope analysed; pass a scope that contains it, or none for the whole graph`, {
    extensions: { code: 'BAD_USER_INPUT', argument: 'id' },
  });
}
