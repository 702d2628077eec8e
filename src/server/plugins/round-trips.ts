// Reports how many database round trips an operation cost, and how long they took, in the
// response's `extensions`, so clients, tests and benchmarks can hold the server to its
// one-round-trip-per-nesting-level promise.
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';

export function useRoundTrips(): Plugin<Context> {
  return {
    onExecute() {
      return {
        onExecuteDone({ args, result, setResult }) {
          if (!('data' in result || 'errors' in result)) return; // streamed results: nothing to annotate
          const { db } = args.contextValue as Context;
          setResult({
            ...result,
            extensions: {
              ...result.extensions,
              roundTrips: db.roundTrips,
              dbMillis: Math.round(db.dbMillis),
            },
          });
        },
      };
    },
  };
}
