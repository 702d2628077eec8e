// Reports how many database round trips an operation cost, and how long they took, in the
// response's `extensions`, so clients, tests and benchmarks can hold the server to its
// one-round-trip-per-nesting-level promise:
// - roundTrips: database transactions;
// - dbMillis: the sum of their durations (parallel transactions each count in full, so it can
//   exceed the request's own time);
// - dbWallMillis: wall-clock time during which at least one was open (never above wallMillis);
// - wallMillis: the request's wall-clock time, from its arrival to the end of execution.
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';

export function useRoundTrips(): Plugin<Context> {
  const arrived = new WeakMap<Request, number>();
  return {
    onRequest({ request }) {
      arrived.set(request, performance.now());
    },
    onExecute({ args }) {
      const executing = performance.now();
      return {
        onExecuteDone({ result, setResult }) {
          if (!('data' in result || 'errors' in result)) return; // streamed results: nothing to annotate
          const { db, request } = args.contextValue as Context;
          const started = (request && arrived.get(request)) ?? executing;
          setResult({
            ...result,
            extensions: {
              ...result.extensions,
              roundTrips: db.roundTrips,
              dbMillis: Math.round(db.dbMillis),
              dbWallMillis: Math.round(db.dbWallMillis),
              wallMillis: Math.round(performance.now() - started),
            },
          });
        },
      };
    },
  };
}
