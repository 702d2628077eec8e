// Mutation fields: arguments in, the edit in src/mutations/ (checks, then one write
// transaction), the written entity or a summary out.

import { userError } from '../errors.js';
import type {
  MutationCreateEntityArgs,
  MutationCreateOrganizationArgs,
  MutationCreatePlatformArgs,
  MutationCreateProjectArgs,
  MutationDeleteEntityArgs,
  MutationLinkArgs,
  MutationMergeEntitiesArgs,
  MutationUnlinkArgs,
  MutationUpdateEntityArgs,
  MutationUpdateOrganizationArgs,
  MutationUpdatePlatformArgs,
  MutationUpdateProjectArgs,
  Resolvers,
} from '../generated/graphql.js';
import type { NodeFile } from '../model/records.js';
import { jsonObject } from '../mutations/check.js';
import { deleteEntity } from '../mutations/delete.js';
import { createNode, updateNode } from '../mutations/entities.js';
import { FILE_BY_ENTITY_KIND } from '../mutations/kinds.js';
import { link, unlink } from '../mutations/links.js';
import { mergeEntities } from '../mutations/merge.js';
import type { Context } from '../server/context.js';

type CreateArgs = MutationCreateOrganizationArgs | MutationCreatePlatformArgs | MutationCreateProjectArgs;
type UpdateArgs = MutationUpdateOrganizationArgs | MutationUpdatePlatformArgs | MutationUpdateProjectArgs;

/** Typed inputs give external ids as {scheme, value}; the model's records hold SCHEME:value. */
function withExternalIdKeys(fields: object): Record<string, unknown> {
  const ext = (fields as { externalIds?: unknown }).externalIds;
  if (!Array.isArray(ext)) return { ...fields };
  return { ...fields, externalIds: ext.map((e: { scheme: string; value: string }) => `${e.scheme}:${e.value}`) };
}

/** createX / updateX for a kind with typed inputs. */
const typed = (file: NodeFile, updateName: string) => ({
  create: (_: unknown, a: CreateArgs, ctx: Context) => createNode(ctx, file, withExternalIdKeys(a.input), a.provenance, 'input'),
  update: (_: unknown, a: UpdateArgs, ctx: Context) => updateNode(ctx, a.id, withExternalIdKeys(a.patch), a.provenance, { file, via: updateName }),
});

const organization = typed('organizations', 'updateOrganization');
const platform = typed('platforms', 'updatePlatform');
const project = typed('projects', 'updateProject');

/**
 * Half of a UTF-16 surrogate pair on its own. A JSON variable can carry one ("\ud800"), but it is
 * not Unicode text: the driver would store U+FFFD instead, so the edit would not read back as sent.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Every string in the arguments (JSON ones included, at any depth: iterative) must be well-formed. */
function checkWellFormed(args: Record<string, unknown>): void {
  // Field names stop growing 20 levels down, so a deeply nested JSON argument costs linear work.
  type Item = { value: unknown; field: string; depth: number };
  const child = (item: Item, key: string): Pick<Item, 'field' | 'depth'> => ({
    field: item.depth < 20 ? `${item.field}${key.startsWith('[') ? '' : '.'}${key}` : item.field,
    depth: item.depth + 1,
  });
  const stack: Item[] = Object.entries(args).map(([field, value]) => ({ value, field, depth: 0 }));
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { value, field } = item;
    if (typeof value === 'string') {
      if (LONE_SURROGATE.test(value)) throw userError(`${field}: contains a lone UTF-16 surrogate (not Unicode text); send well-formed strings`, { field });
    } else if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) stack.push({ value: v, ...child(item, `[${i}]`) });
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) stack.push({ value: k, ...child(item, k) }, { value: v, ...child(item, k) });
    }
  }
}

type Resolver = (parent: unknown, args: never, ctx: Context) => unknown;
const wellFormed = <T extends Record<string, Resolver>>(fields: T): T =>
  Object.fromEntries(
    Object.entries(fields).map(([k, f]) => [
      k,
      (parent: unknown, args: Record<string, unknown>, ctx: Context) => {
        checkWellFormed(args);
        return f(parent, args as never, ctx);
      },
    ]),
  ) as unknown as T;

export const mutationResolvers: Resolvers = {
  Mutation: wellFormed({
    createOrganization: organization.create,
    updateOrganization: organization.update,
    createPlatform: platform.create,
    updatePlatform: platform.update,
    createProject: project.create,
    updateProject: project.update,
    createEntity: (_: unknown, a: MutationCreateEntityArgs, ctx: Context) =>
      createNode(ctx, FILE_BY_ENTITY_KIND[a.kind]!, jsonObject(a.record, 'record'), a.provenance, 'record'),
    updateEntity: (_: unknown, a: MutationUpdateEntityArgs, ctx: Context) => updateNode(ctx, a.id, jsonObject(a.patch, 'patch'), a.provenance),
    mergeEntities: (_: unknown, a: MutationMergeEntitiesArgs, ctx: Context) => mergeEntities(ctx, a),
    deleteEntity: (_: unknown, a: MutationDeleteEntityArgs, ctx: Context) => deleteEntity(ctx, a),
    link: (_: unknown, a: MutationLinkArgs, ctx: Context) => link(ctx, a),
    unlink: (_: unknown, a: MutationUnlinkArgs, ctx: Context) => unlink(ctx, a),
  }),
};
