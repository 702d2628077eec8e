// List arguments cannot amplify work: every list of enum values in an argument (kinds,
// relationshipTypes, via, and those inside filters) is de-duplicated before the resolver sees
// it, and more than MAX_LIST_ENTRIES entries (duplicates included) is BAD_USER_INPUT. Ten
// thousand copies of one kind made a neighbourhood 100 times slower; there are far fewer than
// 50 distinct values in any of these enums, so the cap refuses only padding.
import {
  defaultFieldResolver,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { userError } from '../errors.js';

export const MAX_LIST_ENTRIES = 50;

const unwrap = (t: GraphQLInputType): GraphQLInputType => (isNonNullType(t) ? t.ofType : t);

/** Whether a value of type `t` can hold a list of enum values somewhere. */
function holdsEnumList(t: GraphQLInputType, seen = new Set<string>()): boolean {
  const u = unwrap(t);
  if (isListType(u)) return isEnumType(getNamedType(u)) || holdsEnumList(u.ofType, seen);
  if (isInputObjectType(u) && !seen.has(u.name)) {
    seen.add(u.name);
    return Object.values(u.getFields()).some((f) => holdsEnumList(f.type, seen));
  }
  return false;
}

function normalize(value: unknown, t: GraphQLInputType, where: string): unknown {
  if (value === null || value === undefined) return value;
  const u = unwrap(t);
  if (isListType(u) && Array.isArray(value)) {
    if (isEnumType(getNamedType(u))) {
      if (value.length > MAX_LIST_ENTRIES)
        throw userError(`${where} has ${value.length} entries; at most ${MAX_LIST_ENTRIES} are allowed (each value once is enough)`, { argument: where });
      return [...new Set(value)];
    }
    return value.map((v, i) => normalize(v, u.ofType, `${where}[${i}]`));
  }
  if (isInputObjectType(u) && typeof value === 'object') {
    const fields = u.getFields();
    const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    for (const [k, v] of Object.entries(out)) if (fields[k]) out[k] = normalize(v, fields[k].type, `${where}.${k}`);
    return out;
  }
  return value;
}

/** Wraps the resolver of every field with such an argument (in place; call once per schema). */
export function capListArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const listArgs = field.args.filter((a: GraphQLArgument) => holdsEnumList(a.type));
      if (!listArgs.length) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, ctx, info) => {
        const next = { ...args };
        for (const a of listArgs) if (a.name in next) next[a.name] = normalize(next[a.name], a.type, a.name);
        return resolve(source, next, ctx, info);
      };
    }
  }
  return schema;
}
