// Argument checks shared by resolvers: every bad argument becomes a GraphQL error with code
// BAD_USER_INPUT (src/errors.ts) and a message that says what is allowed.
import { userError } from '../errors.js';

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
