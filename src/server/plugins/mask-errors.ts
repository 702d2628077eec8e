// Error masking: a response never carries a stack trace, a driver message or Cypher. Errors the
// service raises on purpose (a stable extensions.code such as BAD_USER_INPUT) and GraphQL's own
// validation errors pass through; anything else is logged in full with the request id and
// replaced by a message that quotes that id.
import type { GraphQLError } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import type { Logger } from '../logger.js';

/** Codes of errors whose message is written for clients. */
export const SAFE_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'DATABASE_UNAVAILABLE',
  'QUERY_TIMEOUT',
  'TRAVERSAL_LIMIT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'REQUEST_CANCELLED',
]);

function isSafe(e: GraphQLError): boolean {
  const code = e.extensions?.code;
  if (typeof code === 'string') return SAFE_CODES.has(code);
  // graphql-js's own errors (unknown field, bad variable) have no original error behind them.
  return e.originalError === undefined || e.originalError === null || (e.originalError as { name?: string }).name === 'GraphQLError';
}

export function useMaskErrors(logger: Logger): Plugin<Context> {
  return {
    onExecute() {
      return {
        onExecuteDone({ args, result, setResult }) {
          if (!('errors' in result) || !result.errors?.length) return;
          const ctx = args.contextValue as Context;
          setResult({
            ...result,
            errors: result.errors.map((e) => {
              if (isSafe(e)) return e;
              logger.error({ requestId: ctx.requestId, err: e.originalError ?? e, path: e.path }, 'unexpected error');
              return createGraphQLError(`internal error; the server log has the details under request id ${ctx.requestId}`, {
                path: e.path,
                extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: ctx.requestId },
              });
            }),
          });
        },
      };
    },
  };
}
