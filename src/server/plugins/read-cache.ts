// A response cache for anonymous reads (@graphql-yoga/plugin-response-cache), so dashboards
// polling the same views cost one constant-time check instead of the traversal or analysis.
// Only requests without an Authorization header are cached (never a principal's answers, never
// a mutation), and never an answer with errors. An entry is keyed by the document, variables and
// operation name together with the graph's version: this server's write counter (every
// committed write bumps it: mutations and imports through the API) and the database's node and
// relationship counts from the count store (cypher/analytics/network/fingerprint.cypher, read at
// most once a second), so a `kg import` or another server writing to the same database is noticed
// within a second. A property-only edit made by another process shows once the entry's TTL
// (KG_RESPONSE_CACHE_TTL_MS) has passed.
// KG_RESPONSE_CACHE_TTL_MS=0 turns it off.
import { randomUUID } from 'node:crypto';
import { createInMemoryCache, hashSHA256, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../../config.js';
import type { Graph } from '../../graph/graph.js';

/** Entries held at once (least recently used dropped first). */
const MAX_ENTRIES = 1000;
/** How old the database's node and relationship counts in a key may be. */
const COUNTS_MAX_AGE_MS = 1000;

export function useReadCache(config: Config, graph: Graph): Plugin[] {
  const ttl = config.KG_RESPONSE_CACHE_TTL_MS;
  if (ttl === 0) return [];
  // The database's counts are read at most once a second and shared by the requests meanwhile, so
  // a hit costs no round trip and a miss no more than the query; another process's write is
  // noticed within a second (this server's own writes at once, through graph.version).
  let counts: { at: number; value: Promise<string> } | undefined;
  const databaseCounts = () => {
    const now = performance.now();
    if (!counts || now - counts.at > COUNTS_MAX_AGE_MS) {
      const value = graph
        .session()
        .read('analytics/network/fingerprint')
        .then(([row]) => `${row?.nodes}:${row?.relationships}`);
      counts = { at: now, value };
      // A failed read is not kept: the next request tries again.
      value.catch(() => {
        if (counts?.value === value) counts = undefined;
      });
    }
    return counts.value;
  };
  const version = async () => {
    try {
      return `${graph.version}:${await databaseCounts()}`;
    } catch {
      // The database is unreachable: a key that matches nothing, so the request runs and answers
      // its own error (DATABASE_UNAVAILABLE), which is never cached.
      return randomUUID();
    }
  };
  return [
    useResponseCache({
      cache: createInMemoryCache({ max: MAX_ENTRIES }),
      ttl,
      session: () => null,
      // `health` reports the database's state now (a dashboard polls it to see an outage or a
      // finished import): an answer that holds it is never cached.
      ttlPerSchemaCoordinate: { 'Query.health': 0 },
      enabled: (request) => !request.headers.has('authorization'),
      // Analytics jobs say in their answer whether the engine had it cached: that is theirs to tell.
      includeExtensionMetadata: true,
      buildResponseCacheKey: async ({ documentString, variableValues, operationName }) => {
        let variables: string;
        try {
          variables = JSON.stringify(variableValues ?? {});
        } catch {
          // Variables too deeply nested to serialize (a hostile client's): not cached; the request
          // runs and answers its own error.
          return randomUUID();
        }
        return hashSHA256([await version(), operationName ?? '', documentString, variables].join('\u0000'));
      },
    }),
  ];
}
