// GraphQL Code Generator: the resolver and argument types in src/generated/graphql.ts come from
// the SDL in schema/, so a resolver that drifts from the schema fails `tsc`. Regenerate with
// `npm run codegen`; tests/codegen/generated-types.test.ts fails when the committed file is stale.
import type { CodegenConfig } from '@graphql-codegen/cli';

/** Every entity type resolves from a node as the graph layer reads it (src/graph/loaders.ts). */
const ENTITY_TYPES = ['Organization', 'Platform', 'Project', 'Programme', 'Region', 'Industry', 'Person', 'Event', 'Indicator', 'Source'];

export const codegenConfig = {
  useTypeImports: true,
  contextType: '../server/context.js#Context',
  scalars: { JSON: 'unknown' },
  mappers: {
    ...Object.fromEntries(ENTITY_TYPES.map((t) => [t, '../graph/loaders.js#GraphNode'])),
    Entity: '../graph/loaders.js#GraphNode',
    // Provenance is read from the stored properties of a node or relationship, whatever they hold.
    Provenance: 'Record<string, unknown>',
    // Lists count only when totalCount is selected: graphql-js calls the function then.
    ...Object.fromEntries(
      ['OrganizationConnection', 'PlatformConnection', 'ProjectConnection'].map((t) => [
        t,
        "Omit<{T}, 'totalCount'> & { totalCount: number | (() => Promise<number>) }",
      ]),
    ),
    // Rows the domain code produces, whose object fields resolve from an id or a scope.
    Connector: "Omit<{T}, 'organization'> & { id: string }",
    ChainSegment: '../traversal/industry-chain.js#Segment',
    RankedOrganization: "Omit<{T}, 'organization'> & { id: string }",
    CommunityMember: "Omit<{T}, 'organization'> & { id: string }",
    IndustryShare: "Omit<{T}, 'industry'> & { id: string }",
    RegionShare: "Omit<{T}, 'region'> & { id: string }",
  },
  // Output types not mapped above are built by resolvers in pieces (field resolvers fill in the
  // rest), so a parent only has to hold some of its fields.
  defaultMapper: 'Partial<{T}>',
  enumsAsTypes: true,
  // Mappers written as type expressions are reported unused although they are applied.
  showUnusedMappers: false,
  avoidOptionals: false,
};

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/generated/graphql.ts': {
      plugins: [
        { add: { content: '// Generated from schema/*.graphql by `npm run codegen` (codegen.ts). Do not edit.' } },
        'typescript',
        'typescript-resolvers',
      ],
      config: codegenConfig,
    },
  },
};

export default config;
