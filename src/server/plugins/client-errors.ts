// The last look at every answer before it goes out, so that errors tell a client what to do and
// nothing more:
// - graphql-armor's limit errors get their own codes instead of "Syntax Error": QUERY_TOO_COSTLY,
//   QUERY_TOO_DEEP, TOO_MANY_ALIASES, TOO_MANY_DIRECTIVES, TOO_MANY_TOKENS, each naming the
//   limit, the value found, the setting and what to change;
// - "Did you mean ..." suggestions (field names, enum values, argument names) appear only while
//   introspection is on: then the schema is public anyway; with it off they would leak it;
// - input repeated in a message (in quotes, as graphql-js and this service write it) is cut to
//   200 characters (src/errors.ts clipQuoted);
// - no error carries `originalError` (an engine's internal message) in its extensions;
// - a malformed request answers its 4xx status whatever the client accepts.
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { clipQuoted } from '../../errors.js';

interface Limit {
  pattern: RegExp;
  code: string;
  setting: string;
  advice: string;
}

const LIMITS: Limit[] = [
  {
    pattern: /Query Cost limit of (\d+) exceeded, found (\d+)/,
    code: 'QUERY_TOO_COSTLY',
    setting: 'KG_MAX_COST',
    advice: 'ask for smaller pages (first:) or fewer nested lists',
  },
  {
    pattern: /Query depth limit of (\d+) exceeded, found (\d+)/,
    code: 'QUERY_TOO_DEEP',
    setting: 'KG_MAX_DEPTH',
    advice: 'nest fewer levels, or split the query in two',
  },
  {
    pattern: /Aliases limit of (\d+) exceeded, found (\d+)/,
    code: 'TOO_MANY_ALIASES',
    setting: 'KG_MAX_ALIASES',
    advice: 'use fewer aliases, or send several requests',
  },
  { pattern: /Directives limit of (\d+) exceeded, found (\d+)/, code: 'TOO_MANY_DIRECTIVES', setting: 'KG_MAX_DIRECTIVES', advice: 'use fewer directives' },
  {
    pattern: /Token limit of (\d+) exceeded/,
    code: 'TOO_MANY_TOKENS',
    setting: 'KG_MAX_TOKENS',
    advice: 'send a shorter document (variables do not count as tokens)',
  },
];

export const LIMIT_CODES = LIMITS.map((l) => l.code);

type Err = { message: string; extensions?: Record<string, unknown>; path?: readonly (string | number)[] };

const SUGGESTION = /\s*(?:Did you mean [^?]*\?|\[Suggestion hidden\]\??)/g;

function rewrite(e: Err, suggestions: boolean): Err {
  for (const l of LIMITS) {
    const m = l.pattern.exec(e.message);
    if (!m) continue;
    const limit = Number(m[1]);
    const found = m[2] === undefined ? undefined : Number(m[2]);
    const what = found === undefined ? `the limit of ${limit}` : `the limit of ${limit}, found ${found}`;
    return createGraphQLError(`${m[0].replace(/, found \d+$/, '')}${found === undefined ? '' : `, found ${found}`}: over ${what} (${l.setting}); ${l.advice}`, {
      extensions: { code: l.code, limit, ...(found === undefined ? {} : { found }), setting: l.setting, http: { status: 400 } },
    }) as unknown as Err;
  }
  let message = clipQuoted(e.message);
  if (!suggestions) message = message.replace(SUGGESTION, '');
  const { originalError: _dropped, ...extensions } = e.extensions ?? {};
  // A malformed request (body not JSON, no query) keeps its 4xx status for application/json
  // clients too: yoga answers "spec" errors with 200 to them, which hides that nothing ran.
  const http = extensions.http as { spec?: boolean; status?: number } | undefined;
  const malformed = extensions.code === 'BAD_REQUEST' && http?.spec === true && (http.status ?? 0) >= 400;
  if (malformed) extensions.http = { status: http!.status };
  if (message === e.message && !('originalError' in (e.extensions ?? {})) && !malformed) return e;
  return createGraphQLError(message, { extensions, path: e.path }) as unknown as Err;
}

export function useClientErrors(opts: { suggestions: boolean }): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !result || typeof result !== 'object' || !('errors' in result)) return;
      const errors = (result as { errors?: readonly Err[] }).errors;
      if (!errors?.length) return;
      const next = errors.map((e) => rewrite(e, opts.suggestions));
      if (next.some((e, i) => e !== errors[i])) setResult({ ...(result as object), errors: next } as never);
    },
  };
}
