// Mutation fields: arguments in, the edit in src/mutations/ (checks, then one write
// transaction), the written entity or a summary out.

import type { NodeFile } from '../model/records.js';
import type { ProvenanceInput } from '../mutations/check.js';
import { jsonObject } from '../mutations/check.js';
import { deleteEntity } from '../mutations/delete.js';
import { createNode, updateNode } from '../mutations/entities.js';
import { FILE_BY_ENTITY_KIND } from '../mutations/kinds.js';
import { link, unlink } from '../mutations/links.js';
import { mergeEntities } from '../mutations/merge.js';
import type { Context } from '../server/context.js';

type CreateArgs = { input: Record<string, unknown>; provenance: ProvenanceInput };
type UpdateArgs = { id: string; patch: Record<string, unknown>; provenance?: ProvenanceInput | null };

/** createX / updateX for a kind with typed inputs. */
const typed = (file: NodeFile, updateName: string) => ({
  create: (_: unknown, a: CreateArgs, ctx: Context) => createNode(ctx, file, a.input, a.provenance, 'input'),
  update: (_: unknown, a: UpdateArgs, ctx: Context) => updateNode(ctx, a.id, a.patch, a.provenance, { file, via: updateName }),
});

const organization = typed('organizations', 'updateOrganization');
const platform = typed('platforms', 'updatePlatform');
const project = typed('projects', 'updateProject');

export const mutationResolvers = {
  Mutation: {
    createOrganization: organization.create,
    updateOrganization: organization.update,
    createPlatform: platform.create,
    updatePlatform: platform.update,
    createProject: project.create,
    updateProject: project.update,
    createEntity: (_: unknown, a: { kind: string; record: unknown; provenance?: ProvenanceInput | null }, ctx: Context) =>
      createNode(ctx, FILE_BY_ENTITY_KIND[a.kind]!, jsonObject(a.record, 'record'), a.provenance, 'record'),
    updateEntity: (_: unknown, a: { id: string; patch: unknown; provenance?: ProvenanceInput | null }, ctx: Context) =>
      updateNode(ctx, a.id, jsonObject(a.patch, 'patch'), a.provenance),
    mergeEntities: (_: unknown, a: { keep: string; drop: string }, ctx: Context) => mergeEntities(ctx, a),
    deleteEntity: (_: unknown, a: { id: string }, ctx: Context) => deleteEntity(ctx, a),
    link: (_: unknown, a: Parameters<typeof link>[1], ctx: Context) => link(ctx, a),
    unlink: (_: unknown, a: Parameters<typeof unlink>[1], ctx: Context) => unlink(ctx, a),
  },
};
