// `kg apikey --name NAME --role reader|editor|admin`: makes an API key. The key is printed once
// (the server never stores it); the KG_API_KEYS entry holds only its SHA-256.
import { parseArgs } from 'node:util';
import { badKeyName, makeApiKey } from '../auth/api-keys.js';
import { isRole, ROLES } from '../auth/roles.js';
import { log } from './log.js';

const fail = (message: string) => Object.assign(new Error(`${message}\nusage: kg apikey --name NAME --role ${ROLES.join('|')}`), { userFacing: true });

export async function runApiKey(args: string[]): Promise<void> {
  let values: { name?: string; role?: string };
  try {
    ({ values } = parseArgs({ args, options: { name: { type: 'string' }, role: { type: 'string' } }, strict: true }));
  } catch (e) {
    throw fail((e as Error).message);
  }
  if (!values.name) throw fail('--name is required');
  const nameProblem = badKeyName(values.name);
  if (nameProblem) throw fail(`--name ${nameProblem}`);
  if (!isRole(values.role)) throw fail(`--role must be one of ${ROLES.join(', ')}`);
  const { key, entry } = makeApiKey(values.name, values.role);
  process.stdout.write(`API key (shown once; give it to the client, it is not stored anywhere):\n${key}\n\n`);
  process.stdout.write(`KG_API_KEYS entry (add it to the comma-separated list; it holds only the key's SHA-256):\n${entry}\n`);
  log('clients send it as "Authorization: Bearer <key>" or "Authorization: ApiKey <key>"');
}
