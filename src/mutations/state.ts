// The read phase every mutation runs before its one write transaction: the stored nodes it
// names, and what a write leaves stale in the request's DataLoaders.

import { userError } from '../errors.js';
import { nodesByExternalIds } from '../graph/external-ids.js';
import type { GraphNode } from '../graph/loaders.js';
import { fileForLabels } from '../model/labels.js';
import type { NodeFile } from '../model/records.js';
import type { Context } from '../server/context.js';
import { notFound } from './check.js';
import { kindName } from './kinds.js';

export interface Stored {
  id: string;
  labels: string[];
  props: Record<string, unknown>;
  /** An indicator's subject (its ABOUT relationship), as its record's `about`. */
  about: string | null;
  file: NodeFile | undefined;
}

/** The stored nodes among `ids` (nulls skipped), by id. One read round trip. */
export async function lookup(ctx: Context, ids: (string | null | undefined)[]): Promise<Map<string, Stored>> {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
  const rows = wanted.length ? await ctx.db.read('mutations/lookup', { ids: wanted }) : [];
  return new Map(
    rows.map((r) => {
      const labels = r.labels as string[];
      return [
        r.id as string,
        { id: r.id as string, labels, props: r.props as Record<string, unknown>, about: (r.about as string) ?? null, file: fileForLabels(labels) },
      ];
    }),
  );
}

/** The provenance source must be a stored Source node. */
export function checkSource(stored: Map<string, Stored>, source: string | undefined): void {
  if (source === undefined) return;
  const s = stored.get(source);
  if (!s) throw notFound(`provenance.source: no source "${source}"; create it first with createEntity(kind: SOURCE, record: {...})`);
  if (s.file !== 'sources') throw userError(`provenance.source: "${source}" is a ${kindName(s.file)}, not a Source`, { field: 'provenance.source' });
}

/** A referenced id (indicator subject, link end) must exist and be of one of `allowed` kinds. */
export function checkRef(stored: Map<string, Stored>, id: string, field: string, allowed: readonly NodeFile[], what: string): Stored {
  const s = stored.get(id);
  if (!s) throw notFound(`${field}: no entity "${id}"`);
  if (!s.file || !allowed.includes(s.file))
    throw userError(`${field}: "${id}" is a ${kindName(s.file)}; ${what} must be one of: ${allowed.map(kindName).join(', ')}`, { field });
  return s;
}

/** After a write, cached reads of this request are stale; the written nodes are primed instead. */
export function refreshLoaders(ctx: Context, nodes: (GraphNode | null | undefined)[]): void {
  ctx.loaders.entities.clearAll();
  ctx.loaders.edges.clearAll();
  ctx.loaders.prime(nodes.filter((n): n is GraphNode => n != null));
}

/** External ids are unique: none of `keys` may belong to a node other than `id`. */
export async function checkExternalIdsFree(ctx: Context, id: string, keys: unknown, field: string): Promise<void> {
  if (!Array.isArray(keys) || keys.length === 0) return;
  const owners = await nodesByExternalIds(ctx.db, keys as string[]);
  for (const [key, nodes] of owners) {
    const other = nodes.find((n) => n.id !== id);
    if (other)
      throw userError(`${field}: ${key} already belongs to "${other.id}"; an external id names one entity (merge the two with mergeEntities)`, { field });
  }
}
