// Shared by the traversals: checking that an argument names a node of the right kind, the error
// a search raises when it reaches a server cap, and provenance built from relationship properties.
import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { userError } from '../errors.js';
import type { GraphNode } from '../graph/loaders.js';
import { primaryLabel } from '../model/labels.js';
import type { Context } from '../server/context.js';

/**
 * Loads the nodes named by arguments (one batched round trip) and checks their kinds; an unknown
 * id or a node of another kind is a BAD_USER_INPUT error naming the argument and the id.
 */
export async function requireNodes<K extends string>(ctx: Context, args: { name: K; id: string; types: string[] }[]): Promise<Record<K, GraphNode>> {
  const nodes = await Promise.all(args.map((a) => ctx.loaders.entities.load(a.id)));
  const out = {} as Record<K, GraphNode>;
  args.forEach((a, i) => {
    const node = nodes[i];
    if (!node) throw userError(`${a.name}: no node with id "${a.id}"`, { argument: a.name });
    const actual = primaryLabel(node.labels) ?? 'node';
    if (!a.types.includes(actual))
      throw userError(`${a.name}: "${a.id}" is ${article(actual)}, not ${a.types.map(article).join(' or ')}`, { argument: a.name });
    out[a.name] = node;
  });
  return out;
}

const article = (t: string) => (/^[AEIOU]/.test(t) ? `an ${t}` : `a ${t}`);

/** A search that reached a server cap: the client should narrow it (fewer hops, a smaller depth). */
export function traversalLimit(message: string): GraphQLError {
  return createGraphQLError(message, { extensions: { code: 'TRAVERSAL_LIMIT' } });
}

/** The Provenance object of a relationship, from its properties. */
export function provenanceOf(props: Record<string, unknown>) {
  return {
    source: props.source ?? null,
    evidence: props.evidence ?? null,
    note: props.note ?? null,
    inferred: props.inferred ?? null,
    importFile: props.importFile ?? null,
    importLine: props.importLine ?? null,
  };
}
