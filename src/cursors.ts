// Opaque page cursors, shared by the resolvers and the traversals that page: base64url of the
// JSON keyset (e.g. [sortValue, id]) of the last row of a page.
import { userError } from './errors.js';

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
