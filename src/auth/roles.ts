// Roles, in increasing order of power: a reader reads, an editor also runs the editing
// mutations, an admin also imports datasets. A request without credentials is anonymous and
// gets KG_ANONYMOUS_ROLE (reader, or none: rejected). What each operation needs is declared
// here and enforced in one place, src/server/plugins/auth.ts.
import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';

export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);

export const atLeast = (have: Role, need: Role): boolean => ROLES.indexOf(have) >= ROLES.indexOf(need);

/** The most powerful of the roles given, or undefined when none is a role. */
export function highest(values: unknown[]): Role | undefined {
  return values.filter(isRole).sort((a, b) => ROLES.indexOf(b) - ROLES.indexOf(a))[0];
}

/** Who sent a request, and how they proved it. `name` is what editedBy records. */
export interface Principal {
  name: string;
  role: Role;
  via: 'anonymous' | 'api-key' | 'jwt';
}

export const ANONYMOUS = 'anonymous';

/** The role an operation type needs unless a root field asks for more. */
export const OPERATION_ROLE: Record<'query' | 'mutation' | 'subscription', Role> = { query: 'reader', mutation: 'editor', subscription: 'reader' };

/** Root fields that need more than their operation type, as Type.field. */
export const FIELD_ROLE: Record<string, Role> = { 'Mutation.importDataset': 'admin' };

/** Bad or missing credentials: HTTP 401, the message says what was wrong (never the secret). */
export function unauthenticated(message: string): GraphQLError {
  return createGraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'www-authenticate': 'Bearer realm="kg"' } } },
  });
}

/** Valid credentials, too little power: HTTP 403, the message names the role needed. */
export function forbidden(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return createGraphQLError(message, { extensions: { code: 'FORBIDDEN', ...extensions, http: { status: 403 } } });
}
