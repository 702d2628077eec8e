// mergeEntities: folds a duplicate (drop) into the node that stays (keep), in one write
// transaction of three statements that each match both nodes, so if either is gone by then
// none of them writes anything.

import { userError } from '../errors.js';
import type { GraphNode } from '../graph/loaders.js';
import { nodeSchemas } from '../model/records.js';
import { storedProps } from '../model/stored-props.js';
import type { Context } from '../server/context.js';
import { checkId, notFound, PROVENANCE_KEYS, parseStrict, schemaFields } from './check.js';
import { editStamp } from './editor.js';
import { kindName, RELATIONSHIP_TYPES } from './kinds.js';
import { supplyHopSync } from './links.js';
import { lookup, refreshLoaders } from './state.js';

export interface LinkTally {
  type: string;
  direction: 'OUT' | 'IN';
  count: number;
}

// Never copied from drop: the key, the subject (keep keeps its own), provenance (keep's facts
// keep their evidence), and the names, which become aliases instead.
const NOT_FILLED = new Set(['id', 'about', 'name', 'aliases', 'externalIds', ...PROVENANCE_KEYS]);

export async function mergeEntities(ctx: Context, args: { keep: string; drop: string }) {
  const keepId = checkId(args.keep, 'keep');
  const dropId = checkId(args.drop, 'drop');
  if (keepId === dropId) throw userError(`keep and drop are both "${keepId}": a node cannot be merged with itself`, { field: 'drop' });
  const stored = await lookup(ctx, [keepId, dropId]);
  const keep = stored.get(keepId);
  const drop = stored.get(dropId);
  if (!keep) throw notFound(`keep: no entity "${keepId}"`);
  if (!drop) throw notFound(`drop: no entity "${dropId}"`);
  const file = keep.file;
  if (!file || file !== drop.file)
    throw userError(`cannot merge a ${kindName(drop.file)} ("${dropId}") into a ${kindName(file)} ("${keepId}"): keep and drop must be the same kind`, {
      field: 'drop',
    });
  if (file === 'sources')
    throw userError('sources cannot be merged: nodes and relationships cite a source by its id in their source property', { field: 'keep' });

  // Keep's properties win; those it lacks are taken from drop; drop's names become aliases.
  const schema = nodeSchemas[file];
  const record = schemaFields(schema, { ...keep.props, about: keep.about });
  const dropRecord = schemaFields(schema, drop.props);
  const filled: string[] = [];
  for (const [k, v] of Object.entries(dropRecord)) {
    if (NOT_FILLED.has(k) || k in record) continue;
    record[k] = v;
    filled.push(k);
  }
  // A nameless keep takes drop's name; both external id lists are kept (one per scheme: a
  // second PIC with another value is an error of the merged record).
  if (record.name === undefined && typeof dropRecord.name === 'string' && 'name' in schema.shape) {
    record.name = dropRecord.name;
    filled.push('name');
  }
  if (Array.isArray(dropRecord.externalIds)) {
    const had = (record.externalIds as string[] | undefined) ?? [];
    const union = [...new Set([...had, ...(dropRecord.externalIds as string[])])];
    if (union.length > had.length) {
      record.externalIds = union;
      filled.push('externalIds');
    }
  }
  const aliasesAdded: string[] = [];
  if ('aliases' in schema.shape) {
    const aliases = [...((record.aliases as string[] | undefined) ?? [])];
    const names = [dropRecord.name, dropRecord.nameZh, ...((dropRecord.aliases as string[] | undefined) ?? [])];
    for (const n of names) {
      if (typeof n !== 'string' || n === record.name || n === record.nameZh || aliases.includes(n)) continue;
      aliases.push(n);
      aliasesAdded.push(n);
    }
    if (aliases.length) record.aliases = aliases;
  }
  const data = parseStrict(schema, record, (k) => `merged record of "${keepId}": ${k}`, Object.keys(schema.shape));
  const mergedFrom = [
    ...new Set([...((keep.props.mergedFrom as string[] | undefined) ?? []), dropId, ...((drop.props.mergedFrom as string[] | undefined) ?? [])]),
  ];
  const props = { ...storedProps(data, new Set(['id', 'about'])), mergedFrom, ...editStamp(ctx) };

  const ids = { keep: keepId, drop: dropId };
  // An indicator has one subject: keep's ABOUT stays and drop's is discarded.
  const outTypes = file === 'indicators' ? RELATIONSHIP_TYPES.filter((t) => t !== 'ABOUT') : RELATIONSHIP_TYPES;
  const [out, inc, finish] = await ctx.db.writeAll([
    { name: 'mutations/merge-move-out', params: { ...ids, types: outTypes } },
    { name: 'mutations/merge-move-in', params: { ...ids, types: RELATIONSHIP_TYPES } },
    { name: 'mutations/merge-finish', params: { ...ids, props } },
    // keep's SUPPLIES links (its own and those moved from drop) get their :SupplyHop mirrors.
    ...supplyHopSync('SUPPLIES', [keepId]),
  ]);
  const done = finish?.[0];
  if (!done) throw notFound(`keep or drop was deleted meanwhile; nothing was merged`);
  const node = done.node as GraphNode;
  refreshLoaders(ctx, [node]);
  const tally = (rows: Record<string, unknown>[] | undefined, direction: 'OUT' | 'IN'): LinkTally[] =>
    (rows ?? []).map((r) => ({ type: r.type as string, direction, count: r.count as number }));
  return {
    entity: node,
    dropped: dropId,
    moved: [...tally(out, 'OUT'), ...tally(inc, 'IN')],
    discarded: done.discarded as LinkTally[],
    aliasesAdded,
    propertiesFilled: filled,
    mergedFrom,
  };
}
