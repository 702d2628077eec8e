// Shared by the traversals: checking that an argument names a node of the right kind, the error
// a search raises when it reaches a server cap, and provenance built from relationship properties.
import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { echo, userError } from '../errors.js';
import type { GraphNode } from '../graph/loaders.js';
import { primaryLabel } from '../model/labels.js';
import type { Context } from '../server/context.js';

/** Where a client finds valid ids of a kind, for the message about an unknown one. */
const FIND_IDS: Record<string, string> = {
  Region: 'regions(level:, parent:) lists region ids; search(text:, kinds: [REGION]) finds one by name',
  Industry: 'search(text:, kinds: [INDUSTRY]) finds industry ids by name; industry(id:) { children { id } } walks the tree',
  Organization: 'search(text:, kinds: [ORGANIZATION]) or organizations(filter: {nameContains:}) finds organization ids',
  Programme: 'search(text:, kinds: [PROGRAMME]) finds programme ids',
};

/** "; <how to find valid ids>" for the kinds an argument accepts, or "" when there is no single way. */
export function findIdsHint(types: string[]): string {
  const hints = types.map((t) => FIND_IDS[t]).filter(Boolean);
  return hints.length === 1 ? `; ${hints[0]}` : '; search(text:) finds ids by name';
}

/**
 * Loads the nodes named by arguments (one batched round trip) and checks their kinds; an unknown
 * id or a node of another kind is a BAD_USER_INPUT error naming the argument and the id.
 */
export async function requireNodes<K extends string>(ctx: Context, args: { name: K; id: string; types: string[] }[]): Promise<Record<K, GraphNode>> {
  const nodes = await Promise.all(args.map((a) => ctx.loaders.entities.load(a.id)));
  const out = {} as Record<K, GraphNode>;
  args.forEach((a, i) => {
    const node = nodes[i];
    if (!node) throw userError(`${a.name}: no node with id ${echo(a.id)}${findIdsHint(a.types)}`, { argument: a.name });
    const actual = primaryLabel(node.labels) ?? 'node';
    if (!a.types.includes(actual))
      throw userError(`${a.name}: ${echo(a.id)} is ${article(actual)}, not ${a.types.map(article).join(' or ')}`, { argument: a.name });
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
