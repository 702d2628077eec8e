// Id-valued filter arguments (filter.region, filter.industry, filter.host, filter.undertaker,
// parent, about) must name a node of their kind: an unknown id is BAD_USER_INPUT, as in the
// traversals, not a silently empty list. The check is one batched lookup by the :Entity(id)
// index (the entities loader), run beside the list query.
import type { Context } from '../server/context.js';
import { requireNodes } from '../traversal/common.js';

/** Argument name (as the client wrote it) -> its id and the node types it accepts. */
export type IdArgs = Record<string, { id: string | null | undefined; types: string[] }>;

export async function checkIdArgs(ctx: Context, args: IdArgs): Promise<void> {
  const wanted = Object.entries(args).flatMap(([name, a]) => (a.id == null ? [] : [{ name, id: a.id, types: a.types }]));
  if (wanted.length) await requireNodes(ctx, wanted);
}

/**
 * The read, with the ids checked alongside it. Both are awaited before either outcome is
 * reported, so a refused request leaves no query running behind it; the id error wins.
 */
export async function withIdsChecked<T>(ctx: Context, args: IdArgs, read: Promise<T>): Promise<T> {
  const [check, result] = await Promise.allSettled([checkIdArgs(ctx, args), read]);
  if (check.status === 'rejected') throw check.reason;
  if (result.status === 'rejected') throw result.reason;
  return result.value;
}
