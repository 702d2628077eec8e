// Errors a client can act on, shared by every layer (resolvers, traversals, analytics, mutations,
// auth): each says what was wrong and what to do instead, with code BAD_USER_INPUT.
// createGraphQLError (not `new GraphQLError`): yoga recognises errors made with its own GraphQLError
// class as safe to show; graphql's ESM and CJS builds each have one, and instanceof tells them apart.
import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';

export function userError(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return createGraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions } });
}

/** How much of a client's input a message repeats: enough to recognise it, never a 100 kB echo. */
export const MAX_ECHO = 200;

/** The client's text cut to MAX_ECHO characters (whole code points), marked when cut. */
export function clip(text: string, max = MAX_ECHO): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}… (${chars.length} characters, cut to ${max})`;
}

/** A client's value quoted for a message (JSON-quoted, so control characters show), cut to MAX_ECHO. */
export function echo(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const chars = [...text];
  const cut = chars.length > MAX_ECHO;
  const quoted = JSON.stringify(cut ? chars.slice(0, MAX_ECHO).join('') : text);
  return cut ? `${quoted}… (${chars.length} characters, cut to ${MAX_ECHO})` : quoted;
}
