// Argument checks shared by resolvers: every bad argument becomes a GraphQL error with code
// BAD_USER_INPUT and a message that says what is allowed.
// createGraphQLError (not `new GraphQLError`): yoga recognises errors made with its own GraphQLError
// class as safe to show; graphql's ESM and CJS builds each have one, and instanceof tells them apart.
import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';

export function userError(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return createGraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions } });
}

/** A page size within [0, max]; `name` is the argument as the client wrote it. */
export function pageSize(first: number | null | undefined, max: number, fallback: number, name = 'first'): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0 || n > max) throw userError(`${name} must be between 0 and ${max}, got ${n}`, { argument: name, max });
  return n;
}

/** Bounds for a numeric traversal argument (hops, depth, k): a breach is an error, not a silent clamp. */
export function bounded(value: number | null | undefined, min: number, max: number, fallback: number, name: string): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) throw userError(`${name} must be between ${min} and ${max}, got ${n}`, { argument: name, max });
  return n;
}

/** Opaque cursors: base64url of the JSON keyset [sortValue, id] of the last row of a page. */
export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** What a cursor may hold: the sort values and ids this server writes, never lists or maps. */
const cursorValue = (v: unknown) => v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));

export function decodeCursor(cursor: string | null | undefined, length: number): unknown[] | null {
  if (cursor == null) return null;
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    // A forged cursor holding deeply nested lists would overflow the driver's encoder mid-message
    // and leave its pooled connection corrupt for the next request; only flat scalars get through.
    if (Array.isArray(values) && values.length === length && values.every(cursorValue)) return values;
  } catch {
    // reported below
  }
  throw userError('after is not a cursor this server issued; pass pageInfo.endCursor from a previous page', { argument: 'after' });
}
