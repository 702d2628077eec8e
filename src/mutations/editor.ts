// Who made an edit, and when. There is no authentication yet: every edit is 'anonymous'. When
// auth arrives, this is the one function to change (read the user from the request context);
// every mutation stamps what it writes through editStamp.
import type { Context } from '../server/context.js';

export function editorOf(_ctx: Context): string {
  return 'anonymous';
}

/** Stored on every node and relationship a mutation writes, beside the provenance fields. */
export function editStamp(ctx: Context): { editedAt: string; editedBy: string } {
  return { editedAt: new Date().toISOString(), editedBy: editorOf(ctx) };
}
