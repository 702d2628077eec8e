// Errors of the network engine. Each says which limit was hit and what to do, so a client never
// gets a silent partial answer: the scope is refused whole, or the job is stopped whole.
// createGraphQLError: yoga shows errors of its own GraphQLError class unmasked (see src/errors.ts).
import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { echo } from '../../errors.js';

/** The hint every size refusal ends with. */
export const NARROWER = 'pass a narrower scope: scope: {region: ...}, {industry: ...} or {programme: ...} (they combine)';

export function analysisTooLarge(what: string, hint = NARROWER): GraphQLError {
  return createGraphQLError(`the scope is too large for network analytics: ${what}; ${hint}`, {
    extensions: { code: 'ANALYSIS_TOO_LARGE', argument: 'scope' },
  });
}

export function analysisTimeout(limitMs: number): GraphQLError {
  return createGraphQLError(
    `the network analysis did not finish within its ${Math.round(limitMs / 1000)} s limit and was stopped; pass a narrower scope (region, industry or programme) or a measure that is cheaper to compute`,
    { extensions: { code: 'ANALYSIS_TIMEOUT', argument: 'scope' } },
  );
}

export function notInScope(id: string): GraphQLError {
  return createGraphQLError(`id: organization ${echo(id)} is not in the scope analysed; pass a scope that contains it, or none for the whole graph`, {
    extensions: { code: 'BAD_USER_INPUT', argument: 'id' },
  });
}
