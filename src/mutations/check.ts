// Checks shared by the mutations: id syntax, JSON objects, provenance, and zod validation whose
// every issue names the field as the client wrote it (input.founded, provenance.source, ...).
import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import type { z } from 'zod';
import { echo, userError } from '../errors.js';
import type { ProvenanceInput } from '../generated/graphql.js';
import { idProblem, isEntityId } from '../model/records.js';

export const PROVENANCE_KEYS = ['source', 'evidence', 'note', 'inferred'] as const;

/** The provenance argument of the mutations, as the SDL declares it. */
export type { ProvenanceInput };

/** An id the mutation names does not exist. createGraphQLError for the reason given in args.ts. */
export function notFound(message: string): GraphQLError {
  return createGraphQLError(message, { extensions: { code: 'NOT_FOUND' } });
}

export function checkId(value: unknown, field: string): string {
  if (!isEntityId(value)) throw userError(`${field} ${idProblem(value)}, got ${echo(value)}`, { field });
  return value;
}

/** A JSON argument that must be an object of fields. */
export function jsonObject(value: unknown, field: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw userError(`${field} must be a JSON object of fields`, { field });
  return value as Record<string, unknown>;
}

/** Provenance fields must come through the provenance argument, never inside a record. */
export function rejectProvenanceKeys(obj: Record<string, unknown>, field: string): void {
  for (const k of PROVENANCE_KEYS)
    if (k in obj) throw userError(`${field}.${k}: provenance is not a field here; pass it in the provenance argument`, { field: `${field}.${k}` });
}

/** Provenance input as record fields (absent ones left out). */
export function provenanceFields(p: ProvenanceInput): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of PROVENANCE_KEYS) if (p[k] != null) out[k] = p[k];
  return out;
}

/** A copy without the keys whose value is null or undefined. */
export function withoutNulls(obj: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v != null));
}

/** The fields of `props` the schema knows (stored extras such as aliasText or editedAt left out). */
export function schemaFields(schema: z.ZodObject, props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(schema.shape).flatMap((k) => (props[k] == null ? [] : [[k, props[k]]])));
}

/**
 * Validates `candidate` with the model's schema (strict: unknown fields are errors). `fieldOf`
 * names a key as the client wrote it; `allowed` lists the fields a client may pass.
 */
export function parseStrict(
  schema: z.ZodObject,
  candidate: Record<string, unknown>,
  fieldOf: (key: string) => string,
  allowed: string[],
): Record<string, unknown> {
  const parsed = schema.strict().safeParse(candidate);
  if (parsed.success) return parsed.data as Record<string, unknown>;
  const issues: { field: string; message: string }[] = [];
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) issues.push({ field: fieldOf(key), message: `is not a field; allowed: ${allowed.join(', ')}` });
    } else {
      const key = issue.path.length ? String(issue.path[0]) : '';
      // Optional fields raise no issue when absent, so an issue on an absent field means required.
      const values = issue.code === 'invalid_value' ? `; one of: ${issue.values.join(', ')}` : '';
      // Custom checks (name unless an external id, currency with an amount) say their own rule.
      const message = candidate[key] === undefined && issue.code !== 'custom' ? `is required${values}` : issue.message;
      issues.push({ field: fieldOf(key), message });
    }
  }
  throw userError(issues.map((i) => `${i.field}: ${i.message}`).join('; '), { issues });
}
