// link / unlink: one relationship of a kind the model defines (a relationship file of
// src/model/records.ts), validated by that kind's schema and its allowed end kinds. Like the
// importer, link MERGEs on (from, type, to): linking twice leaves one relationship.

import { userError } from '../errors.js';
import type { LinkKind } from '../generated/graphql.js';
import type { GraphNode } from '../graph/loaders.js';
import { fileForLabels } from '../model/labels.js';
import { type NodeFile, relationshipKinds } from '../model/records.js';
import { storedProps } from '../model/stored-props.js';
import type { Context } from '../server/context.js';
import {
  checkId,
  jsonObject,
  notFound,
  PROVENANCE_KEYS,
  type ProvenanceInput,
  parseStrict,
  provenanceFields,
  rejectProvenanceKeys,
  schemaFields,
} from './check.js';
import { editStamp } from './editor.js';
import { FILE_BY_LINK_KIND, kindName } from './kinds.js';
import { refreshLoaders } from './state.js';

const ENDS = new Set(['from', 'to']);

export interface LinkResult {
  kind: LinkKind;
  from: GraphNode;
  to: GraphNode;
  created: boolean;
  properties: Record<string, unknown>;
}

function relKind(kind: string) {
  const file = FILE_BY_LINK_KIND[kind];
  if (!file) throw userError(`kind must be one of: ${Object.keys(FILE_BY_LINK_KIND).join(', ')}`, { field: 'kind' });
  return relationshipKinds[file];
}

/** An end must exist and be of a kind the relationship allows. */
function checkEnd(labels: string[] | null, id: string, end: 'from' | 'to', kind: string, allowed: readonly NodeFile[]): void {
  if (!labels) throw notFound(`${end}: no entity "${id}"`);
  const file = fileForLabels(labels);
  if (!file || !allowed.includes(file))
    throw userError(`${end}: "${id}" is a ${kindName(file)}; ${kind} links go ${end} ${allowed.map(kindName).join(' or ')}`, {
      field: end,
    });
}

export async function link(
  ctx: Context,
  args: { kind: LinkKind; from: string; to: string; properties?: unknown; provenance: ProvenanceInput },
): Promise<LinkResult> {
  const rel = relKind(args.kind);
  const from = checkId(args.from, 'from');
  const to = checkId(args.to, 'to');
  const source = checkId(args.provenance.source, 'provenance.source');
  const properties = args.properties == null ? {} : jsonObject(args.properties, 'properties');
  for (const k of ENDS) if (k in properties) throw userError(`properties.${k}: the ends are the from and to arguments`, { field: `properties.${k}` });
  rejectProvenanceKeys(properties, 'properties');

  const [state] = await ctx.db.read('mutations/link-state', { type: rel.type, from, to, source });
  checkEnd(state!.fromLabels as string[] | null, from, 'from', rel.type, rel.from);
  checkEnd(state!.toLabels as string[] | null, to, 'to', rel.type, rel.to);
  if (!state!.sourceExists) throw notFound(`provenance.source: no source "${source}"; create it first with createEntity(kind: SOURCE, record: {...})`);

  // Given properties overwrite stored ones and null clears one; absent ones are kept (as in an
  // import). Provenance replaces the stored provenance as a whole.
  const stored = schemaFields(rel.schema, (state!.existing as Record<string, unknown> | null) ?? {});
  const merged = { ...stored };
  for (const [k, v] of Object.entries(properties)) {
    if (v === null) delete merged[k];
    else if (v !== undefined) merged[k] = v;
  }
  for (const k of PROVENANCE_KEYS) delete merged[k];
  Object.assign(merged, provenanceFields(args.provenance), { from, to });
  const allowed = Object.keys(rel.schema.shape).filter((k) => !ENDS.has(k) && !(PROVENANCE_KEYS as readonly string[]).includes(k));
  const fieldOf = (k: string) =>
    (PROVENANCE_KEYS as readonly string[]).includes(k) ? `provenance.${k}` : k in stored && !(k in properties) ? `${k} (stored value)` : `properties.${k}`;
  const data = parseStrict(rel.schema, merged, fieldOf, allowed);

  const props = storedProps(data, ENDS);
  for (const k of Object.keys(rel.schema.shape)) if (!ENDS.has(k) && !(k in props)) props[k] = null;
  const createdBefore = ctx.db.updates.relationshipsCreated;
  const [rows] = await ctx.db.writeAll([
    { name: 'mutations/link', params: { type: rel.type, from, to, props: { ...props, ...editStamp(ctx) } } },
    ...supplyHopSync(rel.type, [from, to]),
  ]);
  const row = rows?.[0];
  if (!row) throw notFound(`from/to: "${from}" or "${to}" was deleted meanwhile`);
  const created = ctx.db.updates.relationshipsCreated > createdBefore;
  refreshLoaders(ctx, [row.from as GraphNode, row.to as GraphNode]);
  return { kind: args.kind, from: row.from as GraphNode, to: row.to as GraphNode, created, properties: row.props as Record<string, unknown> };
}

export async function unlink(ctx: Context, args: { kind: LinkKind; from: string; to: string }) {
  const rel = relKind(args.kind);
  const from = checkId(args.from, 'from');
  const to = checkId(args.to, 'to');
  const [rows] = await ctx.db.writeAll([{ name: 'mutations/unlink', params: { type: rel.type, from, to } }, ...supplyHopSync(rel.type, [from, to])]);
  const row = rows?.[0];
  if (!row?.from) throw notFound(`from: no entity "${from}"`);
  if (!row.to) throw notFound(`to: no entity "${to}"`);
  refreshLoaders(ctx, [row.from as GraphNode, row.to as GraphNode]);
  return { kind: args.kind, from: row.from as GraphNode, to: row.to as GraphNode, removed: (row.removed as number) > 0 };
}

/** A SUPPLIES link has a :SupplyHop mirror for collaborationChain (cypher/import/merge-supplies), kept in the same transaction. */
export function supplyHopSync(type: string, ids: string[]) {
  return type === 'SUPPLIES' ? [{ name: 'mutations/supply-hops-sync', params: { ids } }] : [];
}
