// Create and update of nodes of any kind. The record is validated by the model's own schema
// (src/model/records.ts), the same one the importer uses: for an update, on the stored record
// with the patch applied, so a patch can never leave a node the importer would reject.
import { Neo4jError } from 'neo4j-driver';
import { userError } from '../errors.js';
import type { Params } from '../graph/graph.js';
import type { GraphNode } from '../graph/loaders.js';
import { ORG_KINDS } from '../model/enums.js';
import { labelsFor } from '../model/labels.js';
import { INDICATOR_SUBJECTS, type NodeFile, nodeSchemas } from '../model/records.js';
import { storedProps } from '../model/stored-props.js';
import type { Context } from '../server/context.js';
import {
  checkId,
  notFound,
  PROVENANCE_KEYS,
  type ProvenanceInput,
  parseStrict,
  provenanceFields,
  rejectProvenanceKeys,
  schemaFields,
  withoutNulls,
} from './check.js';
import { editStamp } from './editor.js';
import { kindName } from './kinds.js';
import { checkExternalIdsFree, checkRef, checkSource, lookup, refreshLoaders } from './state.js';

// Not node properties: the id is the node's key, an indicator's `about` is its ABOUT relationship.
const NOT_PROPS = new Set(['id', 'about']);

/** Sources are what provenance points at; they have none of their own. */
function checkProvenanceArg(file: NodeFile, provenance: ProvenanceInput | null | undefined, required: boolean): void {
  if (file === 'sources') {
    if (provenance) throw userError('provenance: a Source has no provenance of its own; leave the argument out', { field: 'provenance' });
  } else if (required && !provenance) {
    throw userError(`provenance is required for a ${kindName(file)}: give at least provenance.source`, { field: 'provenance' });
  }
}

/** The fields a client may write for a kind (provenance fields go in their own argument). */
function writableFields(file: NodeFile): string[] {
  const keys = Object.keys(nodeSchemas[file].shape);
  return file === 'sources' ? keys : keys.filter((k) => !(PROVENANCE_KEYS as readonly string[]).includes(k));
}

function fieldNamer(file: NodeFile, arg: string) {
  return (key: string) => (file !== 'sources' && (PROVENANCE_KEYS as readonly string[]).includes(key) ? `provenance.${key}` : `${arg}.${key}`);
}

/** Node properties for a validated record; `clear` also sends null for each absent field. */
function nodeProps(file: NodeFile, record: Record<string, unknown>, ctx: Context, clear: boolean): Record<string, unknown> {
  const out = storedProps(record, NOT_PROPS);
  if (clear) {
    for (const k of Object.keys(nodeSchemas[file].shape)) if (!NOT_PROPS.has(k) && !(k in out)) out[k] = null;
    if (!('aliasText' in out)) out.aliasText = null;
  }
  return { ...out, ...editStamp(ctx) };
}

/** The ABOUT relationship carries the indicator's provenance, as the importer's does. */
function aboutProps(record: Record<string, unknown>, ctx: Context): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of PROVENANCE_KEYS) out[k] = record[k] ?? null;
  return { ...out, ...editStamp(ctx) };
}

export async function createNode(
  ctx: Context,
  file: NodeFile,
  record: Record<string, unknown>,
  provenance: ProvenanceInput | null | undefined,
  arg: string,
): Promise<GraphNode> {
  checkProvenanceArg(file, provenance, true);
  if (file !== 'sources') rejectProvenanceKeys(record, arg);
  const candidate = { ...withoutNulls(record), ...(provenance ? provenanceFields(provenance) : {}) };
  const data = parseStrict(nodeSchemas[file], candidate, fieldNamer(file, arg), writableFields(file));
  const id = data.id as string;
  const about = data.about as string | undefined;
  const stored = await lookup(ctx, [id, data.source as string | undefined, about]);
  const existing = stored.get(id);
  if (existing)
    throw userError(`${arg}.id: "${id}" already exists (a ${kindName(existing.file)}); update it instead, or choose another id`, { field: `${arg}.id` });
  checkSource(stored, data.source as string | undefined);
  if (about !== undefined) checkRef(stored, about, `${arg}.about`, INDICATOR_SUBJECTS, 'what an indicator is about');
  await checkExternalIdsFree(ctx, id, data.externalIds, `${arg}.externalIds`);

  const steps: { name: string; params: Params }[] = [
    { name: 'mutations/create-node', params: { id, labels: labelsFor(file, data), props: nodeProps(file, data, ctx, false) } },
  ];
  if (about !== undefined) steps.push({ name: 'mutations/set-about', params: { id, about, props: aboutProps(data, ctx) } });
  let node: GraphNode;
  try {
    const [rows] = await ctx.db.writeAll(steps);
    node = rows![0]!.node as GraphNode;
  } catch (e) {
    // Created by a concurrent request between the read phase and this write.
    if (e instanceof Neo4jError && e.code === 'Neo.ClientError.Schema.ConstraintValidationFailed')
      throw userError(`${arg}.id: "${id}" already exists; update it instead, or choose another id`, { field: `${arg}.id` });
    throw e;
  }
  refreshLoaders(ctx, [node]);
  return node;
}

export async function updateNode(
  ctx: Context,
  idArg: string,
  patch: Record<string, unknown>,
  provenance: ProvenanceInput | null | undefined,
  expect?: { file: NodeFile; via: string },
): Promise<GraphNode> {
  const id = checkId(idArg, 'id');
  if ('id' in patch) throw userError('patch.id: ids cannot be changed; create the new entity, then mergeEntities(keep: new, drop: old)', { field: 'patch.id' });
  const newAbout = typeof patch.about === 'string' ? patch.about : undefined;
  const stored = await lookup(ctx, [id, provenance?.source, newAbout]);
  const node = stored.get(id);
  if (!node) throw notFound(`id: no entity "${id}"`);
  const file = node.file;
  if (!file) throw userError(`id: "${id}" is a node of no known kind and cannot be edited here`, { field: 'id' });
  if (expect && file !== expect.file)
    throw userError(`id: "${id}" is a ${kindName(file)}, not a ${kindName(expect.file)}; use ${expect.via} or updateEntity`, { field: 'id' });
  checkProvenanceArg(file, provenance, false);
  if (file !== 'sources') rejectProvenanceKeys(patch, 'patch');

  const schema = nodeSchemas[file];
  const current = schemaFields(schema, { ...node.props, about: node.about });
  const merged: Record<string, unknown> = { ...current };
  // Absent patch fields keep the stored value; null clears it.
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete merged[k];
    else if (v !== undefined) merged[k] = v;
  }
  // Provenance, when given, replaces the stored one as a whole: evidence from one source and
  // a note about another would mislead.
  if (provenance) {
    for (const k of PROVENANCE_KEYS) delete merged[k];
    Object.assign(merged, provenanceFields(provenance));
  }
  const isProvenance = (k: string) => file !== 'sources' && (PROVENANCE_KEYS as readonly string[]).includes(k);
  const fieldOf = (k: string) => (provenance && isProvenance(k) ? `provenance.${k}` : k in current && !(k in patch) ? `${k} (stored value)` : `patch.${k}`);
  const data = parseStrict(schema, merged, fieldOf, writableFields(file));
  if (provenance) checkSource(stored, data.source as string | undefined);
  const about = data.about as string | undefined;
  const aboutChanged = about !== undefined && about !== node.about;
  if (aboutChanged) checkRef(stored, about, 'patch.about', INDICATOR_SUBJECTS, 'what an indicator is about');
  if ('externalIds' in patch) await checkExternalIdsFree(ctx, id, data.externalIds, 'patch.externalIds');

  const removeLabels = file === 'organizations' ? Object.values(ORG_KINDS) : [];
  const steps: { name: string; params: Params }[] = [
    { name: 'mutations/update-node', params: { id, labels: labelsFor(file, data), removeLabels, props: nodeProps(file, data, ctx, true) } },
  ];
  // The ABOUT relationship is rewritten when the subject changes, and to carry new provenance.
  if (aboutChanged || (about !== undefined && provenance)) steps.push({ name: 'mutations/set-about', params: { id, about, props: aboutProps(data, ctx) } });
  const [rows] = await ctx.db.writeAll(steps);
  const updated = rows?.[0]?.node as GraphNode | undefined;
  if (!updated) throw notFound(`id: no entity "${id}" (deleted meanwhile)`);
  refreshLoaders(ctx, [updated]);
  return updated;
}
