// Turns driver failures into errors a GraphQL client can act on. Messages never carry Cypher or
// stack traces; the `code` extension is stable for clients to branch on.
import { createGraphQLError } from 'graphql-yoga';
import { Neo4jError } from 'neo4j-driver';

// The driver's codes for a server it cannot reach, and Neo4j's own answer while its database is
// starting or shutting down (seen when Neo4j stops under traffic).
const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

export function isUnavailable(e: unknown): boolean {
  return e instanceof Neo4jError && UNAVAILABLE.has(e.code);
}

export function toGraphQLError(e: unknown): unknown {
  if (!(e instanceof Neo4jError)) return e;
  // Every pooled connection busy for connectionAcquisitionTimeout: the driver says so with no
  // code, only this message. To a client it is the same as an unreachable database: retry.
  if (UNAVAILABLE.has(e.code) || /Connection acquisition timed out/i.test(e.message)) {
    return createGraphQLError('database unavailable: Neo4j cannot be reached; retry shortly', {
      extensions: { code: 'DATABASE_UNAVAILABLE' },
      originalError: e,
    });
  }
  if (e.code === 'Neo.ClientError.Transaction.TransactionTimedOut' || e.code.includes('TransactionTimedOut')) {
    return createGraphQLError('query took longer than the server allows; narrow it (fewer hops, a smaller limit)', {
      extensions: { code: 'QUERY_TIMEOUT' },
      originalError: e,
    });
  }
  return e;
}

export function cancelled() {
  return createGraphQLError('request cancelled: the client went away', { extensions: { code: 'REQUEST_CANCELLED' } });
}

export function requestTimedOut(limitMs: number) {
  return createGraphQLError(
    `request took longer than ${limitMs} ms across its database transactions (KG_REQUEST_TIMEOUT_MS); narrow it (fewer hops, a smaller limit) or split it`,
    { extensions: { code: 'QUERY_TIMEOUT', limit: limitMs, setting: 'KG_REQUEST_TIMEOUT_MS' } },
  );
}
