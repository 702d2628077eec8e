// Query limits. A document longer than 100 characters per allowed token is refused before it is
// even parsed (HTTP 413). graphql-armor rejects hostile documents before they execute (deep
// nesting, alias and directive floods, huge token counts, expensive selections, field
// suggestions that leak the schema); the numbers come from the configuration and fit this
// schema: the deepest example operation (a chain hop's connector's members' organizations'
// regions) is depth 8, and
// cost multiplies literal `first` sizes: the costliest example costs ~2,000, a dashboard of 100
// organizations with their platforms and 20 members each ~77,000 (default limit 100,000).
// Traversal arguments (hops, depth, page sizes) are bounded in the resolvers themselves.
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { NoSchemaIntrospectionCustomRule, parse } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import type { Config } from '../../config.js';

/** Characters a document may have per token it may have: room for long string literals, not for megabytes of padding. */
const CHARS_PER_TOKEN = 100;

/**
 * `trusted`: documents the server itself serves (GraphiQL's examples, all in one editor, which
 * GraphiQL sends whole whichever operation ▶ runs). They are parsed without the token limit,
 * which is meant for clients' documents; every other limit still applies to the operation run.
 */
export function useLimits(config: Config, trusted: string[] = []): Plugin[] {
  const known = new Set(trusted);
  // Comments and whitespace are not tokens: without this, a 2 MB document of padding around a
  // small query would be read and executed.
  const maxChars = config.KG_MAX_TOKENS * CHARS_PER_TOKEN;
  const plugins: Plugin[] = [
    {
      onParse({ params, setParsedDocument }) {
        if (typeof params.source === 'string' && known.has(params.source)) setParsedDocument(parse(params.source));
      },
    },
    {
      onParams({ params, setResult }) {
        if (typeof params.query === 'string' && params.query.length > maxChars)
          setResult({
            errors: [
              createGraphQLError(`Document size limit of ${maxChars} characters exceeded, found ${params.query.length}.`, {
                extensions: { code: 'BAD_REQUEST', http: { status: 413 } },
              }),
            ],
          });
      },
    },
    EnvelopArmorPlugin({
      maxDepth: { n: config.KG_MAX_DEPTH, ignoreIntrospection: true, flattenFragments: true },
      maxAliases: { n: config.KG_MAX_ALIASES },
      maxTokens: { n: config.KG_MAX_TOKENS },
      maxDirectives: { n: config.KG_MAX_DIRECTIVES },
      costLimit: { maxCost: config.KG_MAX_COST, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, ignoreIntrospection: true },
      // Suggestions are the schema's own words: shown while introspection is on (client-errors.ts strips every kind otherwise).
      blockFieldSuggestion: { enabled: !config.KG_INTROSPECTION },
    }) as Plugin,
  ];
  if (!config.KG_INTROSPECTION) {
    // graphql-js's own rule: __schema and __type are validation errors when introspection is off.
    plugins.push({ onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule) });
  }
  return plugins;
}
