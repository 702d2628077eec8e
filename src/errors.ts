// Errors a client can act on, shared by every layer (resolvers, traversals, analytics, mutations,
// auth): each says what was wrong and what to do instead, with code BAD_USER_INPUT.
// createGraphQLError (not `new GraphQLError`): yoga recognises errors made with its own GraphQLError
// class as safe to show; graphql's ESM and CJS builds each have one, and instanceof tells them apart.
import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';

export function userError(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return createGraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions } });
}

export { clip, clipQuoted, echo, MAX_ECHO } from './echo.js';
