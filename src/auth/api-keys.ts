// API keys: `kg_` + base64url of 32 random bytes, shown once when made (`kg apikey`). The server
// keeps only their SHA-256, in KG_API_KEYS entries name:role:sha256hex, and compares digests
// in constant time; a key is never logged or echoed.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { ConfigError } from '../config.js';
import { ANONYMOUS, isRole, type Principal, ROLES, type Role, unauthenticated } from './roles.js';

export const KEY_NAME = /^[a-z0-9_-]{1,40}$/;
/** Why a key name is unusable, or undefined: 1-40 of a-z 0-9 _ -, and not the anonymous principal's name. */
export const badKeyName = (name: string): string | undefined =>
  !KEY_NAME.test(name)
    ? 'must be 1-40 of a-z 0-9 _ -'
    : name === ANONYMOUS
      ? `must not be "${ANONYMOUS}" (requests without credentials are recorded so)`
      : undefined;
const KEY = /^kg_[A-Za-z0-9_-]{43}$/;
const ENTRY = /^([^:]*):([^:]*):([0-9a-fA-F]{64})$/;

export interface ApiKeyEntry {
  name: string;
  role: Role;
  hash: Buffer;
}

export const looksLikeApiKey = (token: string): boolean => token.startsWith('kg_');

export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A fresh key and the KG_API_KEYS entry that admits it. */
export function makeApiKey(name: string, role: Role): { key: string; entry: string } {
  const key = `kg_${randomBytes(32).toString('base64url')}`;
  return { key, entry: `${name}:${role}:${hashKey(key)}` };
}

/** Parses KG_API_KEYS; a bad entry stops the start with a message naming its position (entries are not echoed: one might be a key pasted by mistake). */
export function parseApiKeys(entries: string[]): ApiKeyEntry[] {
  return entries.map((entry, i) => {
    const m = ENTRY.exec(entry);
    const problem = !m
      ? 'must be name:role:sha256hex (make one with `npx kg apikey --name NAME --role ROLE`)'
      : badKeyName(m[1]!)
        ? `has a name that ${badKeyName(m[1]!)}`
        : !isRole(m[2])
          ? `has a role that is not one of ${ROLES.join(', ')}`
          : undefined;
    if (problem) throw new ConfigError(`invalid configuration:\n  KG_API_KEYS: entry ${i + 1} ${problem}`);
    return { name: m![1]!, role: m![2] as Role, hash: Buffer.from(m![3]!, 'hex') };
  });
}

/** The principal a presented key stands for; every stored digest is compared, in constant time. */
export function verifyApiKey(entries: ApiKeyEntry[], key: string): Principal {
  if (entries.length === 0) throw unauthenticated('API keys are not accepted by this server (none are configured)');
  if (!KEY.test(key)) throw unauthenticated('malformed API key: expected kg_ followed by 43 base64url characters');
  const digest = createHash('sha256').update(key, 'utf8').digest();
  let found: ApiKeyEntry | undefined;
  for (const entry of entries) if (timingSafeEqual(digest, entry.hash) && !found) found = entry;
  if (!found) throw unauthenticated('unknown API key');
  return { name: found.name, role: found.role, via: 'api-key' };
}
