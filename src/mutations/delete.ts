// deleteEntity: detaches and deletes one node and says what it detached. Refused while the
// deletion would leave invalid data behind: indicators about the node (their subject is
// required) or a source still cited by a `source` property.

import { userError } from '../errors.js';
import type { GraphNode } from '../graph/loaders.js';
import type { Context } from '../server/context.js';
import { checkId, notFound } from './check.js';
import { refreshLoaders } from './state.js';

/** Neighbours listed by id in the result; the count covers all of them. */
const NEIGHBOURS_LISTED = 100;

export async function deleteEntity(ctx: Context, args: { id: string }) {
  const id = checkId(args.id, 'id');
  const [blockers] = await ctx.db.read('mutations/delete-blockers', { id });
  if (!blockers) throw notFound(`id: no entity "${id}"`);
  const indicators = blockers.indicators as string[];
  if (indicators.length)
    throw userError(`id: indicators are about "${id}" (${indicators.join(', ')}); delete them or set their about to another entity first`, { field: 'id' });
  const citations = blockers.citations as string[];
  if (citations.length) throw userError(`id: source "${id}" is cited by ${citations.join(', ')}; cite another source there first`, { field: 'id' });

  const [row] = await ctx.db.write('mutations/delete-node', { id, cap: NEIGHBOURS_LISTED });
  if (!row) throw notFound(`id: no entity "${id}" (deleted meanwhile)`);
  refreshLoaders(ctx, []);
  const detached = row.detached as { type: string; direction: 'OUT' | 'IN'; count: number }[];
  return {
    id,
    entity: row.node as GraphNode,
    detached,
    relationshipCount: detached.reduce((a, d) => a + d.count, 0),
    neighbourCount: row.neighbourCount as number,
    neighbours: row.neighbours as string[],
  };
}
