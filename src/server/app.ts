// Builds the GraphQL application: SDL from schema/*.graphql, resolvers from src/resolvers,
// features as yoga plugins composed here and nowhere else.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import { createYoga, maskError, useExecutionCancellation } from 'graphql-yoga';
import { type Config, loadConfig } from '../config.js';
import type { Graph } from '../graph/graph.js';
import { resolvers } from '../resolvers/index.js';
import { type Context, createContext } from './context.js';
import { exampleOperationNames } from './examples.js';
import { capListArguments } from './list-arguments.js';
import { createLogger, type Logger } from './logger.js';
import { useAdmission } from './plugins/admission.js';
import { useAuth } from './plugins/auth.js';
import { useBodyLimit } from './plugins/body-limit.js';
import { useClientErrors } from './plugins/client-errors.js';
import { useCrossOrigin } from './plugins/cross-origin.js';
import { graphiqlOptions, playgroundDocument, renderGraphiQLPage, useGraphiQLAssets } from './plugins/graphiql.js';
import { useLimits } from './plugins/limits.js';
import { SAFE_CODES, useMaskErrors } from './plugins/mask-errors.js';
import { useMetricsGuard } from './plugins/metrics-guard.js';
import { useOperationLog } from './plugins/operation-log.js';
import { useProbes } from './plugins/probes.js';
import { useReadCache } from './plugins/read-cache.js';
import { useRequestId } from './plugins/request-id.js';
import { useRoundTrips } from './plugins/round-trips.js';
import { useWebApp } from './plugins/web.js';

export function loadTypeDefs(schemaDir: string): string[] {
  return readdirSync(schemaDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(path.join(schemaDir, f), 'utf8'));
}

export interface AppOptions {
  schemaDir: string;
  /** Defaults to the configuration of an empty environment (every default). */
  config?: Config;
  logger?: Logger;
}

export function createApp(graph: Graph, opts: AppOptions) {
  const config = opts.config ?? loadConfig({});
  const logger = opts.logger ?? createLogger(config);
  const schema = capListArguments(makeExecutableSchema({ typeDefs: loadTypeDefs(opts.schemaDir), resolvers }));
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    // Self-contained (no CDN) and opening with the examples: src/server/plugins/graphiql.ts.
    graphiql: config.KG_GRAPHIQL ? graphiqlOptions(opts.schemaDir) : false,
    renderGraphiQL: renderGraphiQLPage,
    landingPage: false,
    // Browsers may call from the listed dashboard origins only; none by default.
    cors: config.KG_CORS_ORIGINS.length
      ? {
          origin: config.KG_CORS_ORIGINS,
          credentials: true,
          methods: ['GET', 'POST'],
          allowedHeaders: ['authorization', 'content-type', 'x-request-id', 'x-graphql-yoga-csrf'],
        }
      : false,
    // Yoga's liveness answer; src/server/plugins/probes.ts gives it a JSON body.
    healthCheckEndpoint: '/health',
    // The mask-errors plugin masks execution errors with a request id; this is the backstop for
    // anything that fails outside execution. Errors the service raises on purpose keep their
    // code even when they wrap a driver error (DATABASE_UNAVAILABLE, QUERY_TIMEOUT): yoga's
    // default masking would turn those into INTERNAL_SERVER_ERROR.
    // (The code is read off the error rather than by instanceof: under vitest the app and yoga
    // can load different copies of graphql.)
    maskedErrors: {
      maskError: (error, message, isDev) =>
        SAFE_CODES.has(String((error as { extensions?: { code?: unknown } } | null)?.extensions?.code)) ? (error as Error) : maskError(error, message, isDev),
    },
    logging: logger,
    context: ({ request }) => createContext(graph, request),
    plugins: [
      // /health and /ready first: never queued, never asked for credentials.
      useProbes(graph),
      useBodyLimit(config.KG_MAX_BODY_BYTES),
      useAdmission(config, '/graphql'),
      // The front end (/, /explore, /embed, assets) answers before anything GraphQL-specific.
      useWebApp(config),
      ...(config.KG_GRAPHIQL ? [useGraphiQLAssets('/graphql')] : []),
      useRequestId(),
      useAuth(config, logger),
      useExecutionCancellation(),
      // Requests a browser sends without a preflight (GET, form posts) must carry this header,
      // which a cross-site page cannot set; JSON POSTs are preflighted and pass. Refused
      // preflights and missing headers say what to change (KG_CORS_ORIGINS, the header).
      useCrossOrigin(config.KG_CORS_ORIGINS, config.KG_EMBED_ORIGINS),
      ...useLimits(config, [playgroundDocument(opts.schemaDir)]),
      ...useReadCache(config, graph),
      // No client-chosen label values: operation names and URLs (query strings) are off, and so is
      // an error's path (aliases are the client's words); kg_operations_total carries bounded
      // operation names instead (operation-log.ts). KG_METRICS_TOKEN restricts the endpoint.
      useMetricsGuard(config.KG_METRICS_TOKEN),
      usePrometheus({
        endpoint: '/metrics',
        // The plugin merges this over its defaults, which turn on every metric: the deprecated-field
        // counter walks each document with TypeInfo, the time summary keeps quantiles, phase
        // histograms observe four times a request. Kept: these three (README and bench/load.ts read
        // graphql_envelop_error_result; kg_operation_seconds has execution time per operation).
        metrics: {
          graphql_yoga_http_duration: true,
          graphql_envelop_request_duration: true,
          graphql_envelop_error_result: true,
          graphql_envelop_request: false,
          graphql_envelop_request_time_summary: false,
          graphql_envelop_deprecated_field: false,
          graphql_envelop_phase_parse: false,
          graphql_envelop_phase_validate: false,
          graphql_envelop_phase_context: false,
          graphql_envelop_phase_execute: false,
          graphql_envelop_phase_subscribe: false,
          graphql_envelop_schema_change: false,
        },
        labels: { operationName: false, url: false, path: false },
      }),
      useOperationLog(logger, exampleOperationNames(opts.schemaDir)),
      useMaskErrors(logger),
      useRoundTrips(),
      useClientErrors({ suggestions: config.KG_INTROSPECTION }),
    ],
  });
}
