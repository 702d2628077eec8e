// Builds the GraphQL application: SDL from schema/*.graphql, resolvers from src/resolvers,
// features as yoga plugins composed here and nowhere else.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { createYoga } from 'graphql-yoga';
import type { Graph } from '../graph/graph.js';
import { resolvers } from '../resolvers/index.js';
import { type Context, createContext } from './context.js';
import { exampleOperations } from './examples.js';
import { useRoundTrips } from './plugins/round-trips.js';

export function loadTypeDefs(schemaDir: string): string[] {
  return readdirSync(schemaDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(path.join(schemaDir, f), 'utf8'));
}

export function createApp(graph: Graph, opts: { schemaDir: string; graphiql?: boolean }) {
  const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(opts.schemaDir), resolvers });
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: opts.graphiql === false ? false : { title: 'Innovation knowledge graph', defaultQuery: exampleOperations(opts.schemaDir) },
    context: () => createContext(graph),
    plugins: [useRoundTrips()],
    landingPage: false,
  });
}
