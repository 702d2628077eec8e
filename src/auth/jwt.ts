// JWT bearer tokens, verified with jose: HS256 with KG_JWT_SECRET, RS256 / ES256 with the keys
// published at KG_JWKS_URL (fetched on first use, cached, refetched for an unknown kid). Issuer
// and audience are checked when configured; exp and sub are required. The role comes from
// KG_JWT_ROLE_CLAIM (a string, or an array whose most powerful role counts); sub names the
// principal.
import { createRemoteJWKSet, decodeProtectedHeader, type JWTPayload, type JWTVerifyOptions, jwtVerify } from 'jose';
import type { Config } from '../config.js';
import { highest, isRole, type Principal, ROLES, unauthenticated } from './roles.js';

export const looksLikeJwt = (token: string): boolean => /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(token);

type JwtConfig = Pick<Config, 'KG_JWT_SECRET' | 'KG_JWKS_URL' | 'KG_JWT_ISSUER' | 'KG_JWT_AUDIENCE' | 'KG_JWT_ROLE_CLAIM'>;

export type JwtVerifier = (token: string) => Promise<Principal>;

const HMAC = ['HS256'];
const ASYMMETRIC = ['RS256', 'ES256'];
const MAX_SUB = 200;

/** The claim at `name`: a top-level claim of that name, else a dotted path (realm_access.roles). */
function claimAt(payload: JWTPayload, name: string): unknown {
  if (name in payload) return payload[name];
  let value: unknown = payload;
  for (const part of name.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  return value;
}

const shown = (v: unknown) => JSON.stringify(v).slice(0, 60);

/** Maps jose's errors to a message that says what was wrong with the token. */
function explain(e: unknown, claimName: string): string {
  const err = e as { code?: string; claim?: string; reason?: string; message?: string };
  switch (err.code) {
    case 'ERR_JWT_EXPIRED':
      return err.claim === 'iat' ? 'token issued too long ago' : 'token expired';
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      if (err.reason === 'missing') return `token has no ${err.claim} claim`;
      if (err.claim === 'iss') return 'token has the wrong issuer';
      if (err.claim === 'aud') return 'token has the wrong audience';
      if (err.claim === 'nbf') return 'token is not valid yet (nbf)';
      return `token claim ${err.claim ?? claimName} is invalid`;
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return 'bad token signature';
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
    case 'ERR_JOSE_NOT_SUPPORTED':
      return 'token algorithm not accepted';
    case 'ERR_JWKS_NO_MATCHING_KEY':
      return "no key in the server's JWKS matches the token (kid)";
    case 'ERR_JWKS_MULTIPLE_MATCHING_KEYS':
      return "several keys in the server's JWKS match the token; give it a kid";
    case 'ERR_JWS_INVALID':
    case 'ERR_JWT_INVALID':
      return 'malformed token';
    default:
      return 'token could not be verified: the signing keys (JWKS) are unavailable';
  }
}

/** A verifier for the configured secret and/or JWKS, or undefined when JWTs are not configured. */
export function jwtVerifier(config: JwtConfig, onKeysUnavailable?: (err: unknown) => void): JwtVerifier | undefined {
  if (!config.KG_JWT_SECRET && !config.KG_JWKS_URL) return undefined;
  const secret = config.KG_JWT_SECRET ? new TextEncoder().encode(config.KG_JWT_SECRET) : undefined;
  const jwks = config.KG_JWKS_URL ? createRemoteJWKSet(new URL(config.KG_JWKS_URL)) : undefined;
  const accepted = [...(secret ? HMAC : []), ...(jwks ? ASYMMETRIC : [])];
  const claimName = config.KG_JWT_ROLE_CLAIM;
  const options = (algorithms: string[]): JWTVerifyOptions => ({
    algorithms,
    issuer: config.KG_JWT_ISSUER,
    audience: config.KG_JWT_AUDIENCE,
    requiredClaims: ['exp', 'sub'],
    clockTolerance: 30,
  });

  return async (token) => {
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw unauthenticated('malformed token: the JWT header is not valid base64url JSON');
    }
    if (!alg || !accepted.includes(alg))
      throw unauthenticated(`token algorithm ${shown(alg ?? null)} not accepted; this server accepts ${accepted.join(', ')}`);
    let payload: JWTPayload;
    try {
      payload = (secret && HMAC.includes(alg) ? await jwtVerify(token, secret, options(HMAC)) : await jwtVerify(token, jwks!, options(ASYMMETRIC))).payload;
    } catch (e) {
      const message = explain(e, claimName);
      if (message.includes('JWKS) are unavailable')) onKeysUnavailable?.(e);
      throw unauthenticated(message);
    }

    const sub = payload.sub;
    if (typeof sub !== 'string' || sub.length === 0 || sub.length > MAX_SUB)
      throw unauthenticated(`token sub claim must be a string of 1-${MAX_SUB} characters`);
    const claim = claimAt(payload, claimName);
    if (claim === undefined || claim === null) throw unauthenticated(`token has no ${claimName} claim; it must name a role (${ROLES.join(', ')})`);
    const role = Array.isArray(claim) ? highest(claim) : isRole(claim) ? claim : undefined;
    if (!role) throw unauthenticated(`token ${claimName} claim ${shown(claim)} names no role this server knows (${ROLES.join(', ')})`);
    return { name: sub, role, via: 'jwt' };
  };
}
