// Who made an edit, and when: the request's principal (an API key's name or a JWT's sub, set by
// the auth plugin, src/server/plugins/auth.ts). Every mutation stamps what it writes through
// editStamp.
import type { Context } from '../server/context.js';

export function editorOf(ctx: Context): string {
  return ctx.principal;
}

/**
 * Stored on every node and relationship a mutation writes, beside the provenance fields. It
 * also removes the import's row hash (src/model/stored-props.ts): the values are no longer the
 * row's, so the next import of that row writes it again instead of skipping it as unchanged.
 */
export function editStamp(ctx: Context): { editedAt: string; editedBy: string; importHash: null } {
  return { editedAt: new Date().toISOString(), editedBy: editorOf(ctx), importHash: null };
}
