// One log line per executed operation: request id, operation name, duration, database round
// trips and time, error codes. Also feeds the Prometheus metrics of database work.
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { Counter, Histogram, register } from 'prom-client';
import type { Context } from '../context.js';
import type { Logger } from '../logger.js';

// Registered once per process (prom-client's default registry is global).
const roundTrips =
  (register.getSingleMetric('kg_db_round_trips_total') as Counter | undefined) ??
  new Counter({ name: 'kg_db_round_trips_total', help: 'Database transactions run by GraphQL operations' });
const dbSeconds =
  (register.getSingleMetric('kg_db_seconds') as Histogram | undefined) ??
  new Histogram({ name: 'kg_db_seconds', help: 'Database time per GraphQL operation', buckets: [0.005, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15] });

const operations =
  (register.getSingleMetric('kg_operations_total') as Counter | undefined) ??
  new Counter({
    name: 'kg_operations_total',
    help: 'GraphQL operations by name (one of the example operations in schema/examples/, else "other"), type and outcome',
    labelNames: ['operation', 'type', 'outcome'],
  });
const operationSeconds =
  (register.getSingleMetric('kg_operation_seconds') as Histogram | undefined) ??
  new Histogram({
    name: 'kg_operation_seconds',
    help: 'Execution time of GraphQL operations by name (example operations, else "other")',
    labelNames: ['operation'],
    buckets: [0.005, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15, 30],
  });

/**
 * Metric labels come from a bounded set: an operation's name only when it is one of the
 * example operations (`knownNames`), else "other" — a client choosing a fresh name per request
 * must not grow /metrics (or the server's memory) without bound.
 */
export function useOperationLog(logger: Logger, knownNames: ReadonlySet<string> = new Set()): Plugin<Context> {
  return {
    onExecute({ args }) {
      const started = performance.now();
      return {
        onExecuteDone({ result }) {
          const ctx = args.contextValue as Context;
          const errors = 'errors' in result ? (result.errors ?? []) : [];
          roundTrips.inc(ctx.db.roundTrips);
          // The operation that ran, looked up once on the parsed document (its name and type).
          const op = getOperationAST(args.document, args.operationName);
          const name = args.operationName ?? op?.name?.value;
          const label = name && knownNames.has(name) ? name : 'other';
          const type = op?.operation ?? 'query';
          operations.inc({ operation: label, type, outcome: errors.length ? 'error' : 'ok' });
          operationSeconds.observe({ operation: label }, (performance.now() - started) / 1000);
          dbSeconds.observe(ctx.db.dbMillis / 1000);
          // The line's object is not even built when info is off (LOG_LEVEL=warn and above).
          if (!logger.isLevelEnabled('info')) return;
          logger.info(
            {
              requestId: ctx.requestId,
              principal: ctx.principal,
              operation: name ?? null,
              ms: Math.round(performance.now() - started),
              roundTrips: ctx.db.roundTrips,
              dbMs: Math.round(ctx.db.dbMillis),
              errors: errors.map((e) => e.extensions?.code ?? 'GRAPHQL'),
            },
            'operation',
          );
        },
      };
    },
  };
}
