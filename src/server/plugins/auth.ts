// Access control, in one place. Each request is authenticated from its Authorization header
// before its document is even parsed (bad credentials, or none when KG_ANONYMOUS_ROLE=none:
// UNAUTHENTICATED, HTTP 401); the principal's name and role go into the context (editedBy
// records the name); and each operation is authorized before it executes: queries need reader,
// mutations editor, importDataset admin (src/auth/roles.ts), else FORBIDDEN, HTTP 403.
// Failures are logged with the request id and the reason, never with the credential.
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { authenticator } from '../../auth/authenticate.js';
import { requirementOf } from '../../auth/authorize.js';
import { atLeast, forbidden, type Principal } from '../../auth/roles.js';
import type { Config } from '../../config.js';
import type { Context } from '../context.js';
import type { Logger } from '../logger.js';
import { requestIdOf } from './request-id.js';

const isAuthError = (e: unknown) => (e as GraphQLError | undefined)?.extensions?.code === 'UNAUTHENTICATED';

/** The client's address, as the socket says (proxies' headers are not trusted). */
function clientOf(serverContext: unknown): string {
  return (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)?.req?.socket?.remoteAddress ?? 'local';
}

export function useAuth(config: Config, logger: Logger): Plugin<Context> {
  const authenticate = authenticator(config, (err) => logger.error({ err }, 'JWKS unavailable: JWTs cannot be verified'));
  const principals = new WeakMap<Request, Principal>();
  // Failed authentications per client and minute (rate-limiter-flexible): past the limit, a
  // request carrying credentials is refused with 429 and Retry-After before they are checked,
  // so guessing keys costs a minute per KG_AUTH_FAILURES_PER_MINUTE tries.
  const failures = new RateLimiterMemory({ points: config.KG_AUTH_FAILURES_PER_MINUTE, duration: 60 });
  const clients = new WeakMap<Request, string>();

  const principalOf = async (request: Request): Promise<Principal> => {
    let principal = principals.get(request);
    if (!principal) {
      try {
        principal = await authenticate(request);
      } catch (e) {
        if (isAuthError(e)) {
          logger.warn({ requestId: requestIdOf(request), reason: (e as Error).message }, 'authentication failed');
          await failures.penalty(clients.get(request) ?? 'local');
        }
        throw e;
      }
      principals.set(request, principal);
      logger.debug({ requestId: requestIdOf(request), principal: principal.name, role: principal.role, via: principal.via }, 'authenticated');
    }
    return principal;
  };

  return {
    async onRequest({ request, serverContext, endResponse }) {
      const client = clientOf(serverContext);
      clients.set(request, client);
      if (!request.headers.has('authorization')) return;
      const seen = await failures.get(client);
      if (!seen || seen.consumedPoints < config.KG_AUTH_FAILURES_PER_MINUTE) return;
      const retryAfter = Math.max(1, Math.ceil(seen.msBeforeNext / 1000));
      logger.warn({ requestId: requestIdOf(request), client, failures: seen.consumedPoints }, 'authentication refused: too many failures');
      const body = {
        errors: [
          {
            message: `too many failed authentications from this client (limit ${config.KG_AUTH_FAILURES_PER_MINUTE} a minute, KG_AUTH_FAILURES_PER_MINUTE); retry after ${retryAfter} s with valid credentials`,
            extensions: { code: 'TOO_MANY_REQUESTS', retryAfter },
          },
        ],
      };
      endResponse(
        new Response(JSON.stringify(body), { status: 429, headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(retryAfter) } }),
      );
    },
    // Before parsing, so a request with bad (or, under KG_ANONYMOUS_ROLE=none, no) credentials
    // learns nothing about the schema.
    async onParams({ request, setResult }) {
      try {
        await principalOf(request);
      } catch (e) {
        if (!isAuthError(e)) throw e;
        setResult({ errors: [e as GraphQLError] });
      }
    },
    async onContextBuilding({ context, extendContext }) {
      const principal = await principalOf(context.request as Request);
      extendContext({
        role: principal.role,
        principal: principal.name,
        importRoot: config.KG_IMPORT_ROOT,
        importLimits: {
          maxFileBytes: config.KG_IMPORT_MAX_FILE_BYTES,
          maxLineBytes: config.KG_IMPORT_MAX_LINE_BYTES,
          maxCellChars: config.KG_IMPORT_MAX_CELL_CHARS,
          timeoutMs: config.KG_IMPORT_TIMEOUT_MS,
        },
      });
    },
    onExecute({ args, setResultAndStopExecution }) {
      const ctx = args.contextValue as Context;
      const need = requirementOf(args.schema, args.document, args.operationName);
      if (atLeast(ctx.role, need.role)) return;
      const anonymous = ctx.request ? principals.get(ctx.request)?.via === 'anonymous' : true;
      const message = anonymous
        ? `${need.what} the ${need.role} role; this request has no credentials: send an API key or JWT with that role in the Authorization header`
        : `${need.what} the ${need.role} role; ${ctx.principal} has the ${ctx.role} role`;
      logger.warn({ requestId: ctx.requestId, principal: ctx.principal, role: ctx.role, requiredRole: need.role, what: need.what }, 'forbidden');
      setResultAndStopExecution({ errors: [forbidden(message, { requiredRole: need.role })] });
    },
  };
}
