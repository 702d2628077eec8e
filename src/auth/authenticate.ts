// Who sent a request, from its Authorization header: `Bearer kg_...` or `ApiKey kg_...` (an API
// key), `Bearer <jwt>` (a JWT), or nothing (anonymous, when KG_ANONYMOUS_ROLE allows it).
// Credentials that are presented are always checked: a bad or unusable one is UNAUTHENTICATED,
// never a silent fall-back to anonymous.
import type { Config } from '../config.js';
import { looksLikeApiKey, parseApiKeys, verifyApiKey } from './api-keys.js';
import { jwtVerifier, looksLikeJwt } from './jwt.js';
import { ANONYMOUS, type Principal, unauthenticated } from './roles.js';

type AuthConfig = Pick<
  Config,
  'KG_ANONYMOUS_ROLE' | 'KG_API_KEYS' | 'KG_JWT_SECRET' | 'KG_JWKS_URL' | 'KG_JWT_ISSUER' | 'KG_JWT_AUDIENCE' | 'KG_JWT_ROLE_CLAIM'
>;

export type Authenticate = (request: Request) => Promise<Principal>;

const HEADER = /^(Bearer|ApiKey) +(\S+) *$/i;

/** Reads the configuration once (a bad KG_API_KEYS entry throws ConfigError here, at start-up). */
export function authenticator(config: AuthConfig, onKeysUnavailable?: (err: unknown) => void): Authenticate {
  const keys = parseApiKeys(config.KG_API_KEYS);
  const jwt = jwtVerifier(config, onKeysUnavailable);
  const anonymousRole = config.KG_ANONYMOUS_ROLE;
  const keyNames = new Set(keys.map((k) => k.name));

  return async (request) => {
    const header = request.headers.get('authorization');
    if (header === null) {
      if (anonymousRole === 'none') throw unauthenticated('credentials required: send Authorization: Bearer <API key or JWT>');
      return { name: ANONYMOUS, role: anonymousRole, via: 'anonymous' };
    }
    if (keys.length === 0 && !jwt) {
      throw unauthenticated('this server accepts no credentials (neither API keys nor JWTs are configured); send no Authorization header');
    }
    const m = HEADER.exec(header);
    if (!m) throw unauthenticated('malformed Authorization header: expected "Bearer <API key or JWT>" or "ApiKey <API key>"');
    const scheme = m[1]!.toLowerCase();
    const token = m[2]!;
    if (scheme === 'apikey' || looksLikeApiKey(token)) return verifyApiKey(keys, token);
    if (!looksLikeJwt(token)) throw unauthenticated('malformed bearer token: neither an API key (kg_...) nor a JWT (header.payload.signature)');
    if (!jwt) throw unauthenticated('JWTs are not accepted by this server (no JWT verification is configured)');
    const principal = await jwt(token);
    // editedBy records the name: a token must not pass itself off as anonymous or as an API key.
    if (principal.name === ANONYMOUS || keyNames.has(principal.name))
      throw unauthenticated(
        `token sub "${principal.name.slice(0, 200)}" is a reserved principal name (anonymous, or the name of an API key); the identity provider must issue another subject`,
      );
    return principal;
  };
}
