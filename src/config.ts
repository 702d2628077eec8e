// Every setting the service reads, in one place, validated once at start-up so a typo in an
// environment variable fails with a message naming the variable rather than deep inside a query.
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const list = z.string().transform((v) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);

const schema = z.object({
  PORT: port.default(4000),
  HOST: z.string().default('127.0.0.1'),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//, 'must start with bolt://, neo4j://, bolt+s://, neo4j+s:// (or +ssc)')
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().default('neo4j'),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_DATA_DIR: z.string().default('.data/neo4j'),
  NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mMgG]$/, 'must be a JVM size such as 2g or 512m')
    .default('2g'),
  NEO4J_PAGECACHE: z
    .string()
    .regex(/^\d+[kKmMgG]?$/, 'must be a size such as 2g or 512m')
    .default('2g'),
  // Niceness of the JVM that `kg serve`/`kg neo4j` start (0-19; 0 turns it off): see src/neo4j/local.ts.
  NEO4J_NICE: z.coerce
    .number({ error: 'must be a whole number 0 to 19' })
    .int('must be a whole number 0 to 19')
    .min(0, 'must be 0 to 19')
    .max(19, 'must be 0 to 19')
    .default(10),
  NEO4J_TX_TIMEOUT: z
    .string()
    .regex(/^\d+(ms|s|m)$/, 'must be a duration such as 30s')
    .default('30s'),
  KG_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  KG_SEED: z.enum(['auto', 'never']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  // Exposure (production: KG_GRAPHIQL=false KG_INTROSPECTION=false).
  KG_GRAPHIQL: bool.default(true),
  KG_INTROSPECTION: bool.default(true),
  /** Origins allowed to call the API from a browser (dashboards), comma-separated; empty: none. */
  KG_CORS_ORIGINS: list.default([]),
  /** Origins whose pages may show the /embed iframe (CSP frame-ancestors), comma-separated; empty: this service's own pages only. */
  KG_EMBED_ORIGINS: list.default([]),

  // Query limits (graphql-armor), tuned to the schema: see src/server/plugins/limits.ts.
  KG_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
  KG_MAX_ALIASES: z.coerce.number().int().min(1).max(100).default(15),
  KG_MAX_TOKENS: z.coerce.number().int().min(100).max(100_000).default(2000),
  KG_MAX_DIRECTIVES: z.coerce.number().int().min(1).max(100).default(10),
  KG_MAX_COST: z.coerce.number().int().min(100).max(10_000_000).default(100_000),

  // Access control (src/server/plugins/auth.ts).
  /** Role of a request without credentials: reader (read-only) or none (rejected). */
  KG_ANONYMOUS_ROLE: z.enum(['reader', 'none']).default('reader'),
  /** API keys as name:role:sha256hex, comma-separated (`kg apikey` makes them); only hashes are stored. */
  KG_API_KEYS: list.default([]),
  /** JWTs signed with this HS256 secret, or verified against this JWKS URL. */
  KG_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  KG_JWKS_URL: z.string().url().optional(),
  KG_JWT_ISSUER: z.string().optional(),
  KG_JWT_AUDIENCE: z.string().optional(),
  /** Claim holding the role (reader, editor or admin). */
  KG_JWT_ROLE_CLAIM: z.string().default('role'),
  /** Directory the admin-only importDataset mutation may read datasets from; unset: API imports are off. */
  KG_IMPORT_ROOT: z.string().optional(),

  // Hardening (docs/security.md, "Limits"): bounded bodies, requests, imports and metrics.
  /** Largest request body in bytes; larger ones are refused with 413 before they are read. */
  KG_MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(1_073_741_824).default(1_048_576),
  /** Deadline of one request across all its database transactions (wall time). */
  KG_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  /** When set, /metrics answers only requests with `Authorization: Bearer <token>`. */
  KG_METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Failed authentications one client may make per minute before it gets 429. */
  KG_AUTH_FAILURES_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(20),
  // Anonymous reads are answered from a cache for this long (src/server/plugins/read-cache.ts); 0 turns it off.
  KG_RESPONSE_CACHE_TTL_MS: z.coerce.number().int().min(0).max(86_400_000).default(10_000),
  /** Run the explorer's first operations once at start-up (src/server/warm-up.ts). */
  KG_WARM_UP: bool.default(true),
  /** GraphQL operations run at once (admission control); more wait in a bounded queue. */
  KG_MAX_CONCURRENT: z.coerce.number().int().min(1).max(10_000).default(16),
  /** Operations that may wait for a slot; beyond that, 503 with Retry-After at once. */
  KG_MAX_QUEUED: z.coerce.number().int().min(0).max(100_000).default(64),
  /** Longest wait for a slot before 503. */
  KG_QUEUE_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(2_000),
  /** Import caps: size of one file, length of one line, length of one cell or JSON string. */
  KG_IMPORT_MAX_FILE_BYTES: z.coerce.number().int().min(1024).max(1_099_511_627_776).default(2_147_483_648),
  KG_IMPORT_MAX_LINE_BYTES: z.coerce.number().int().min(256).max(1_073_741_824).default(1_048_576),
  KG_IMPORT_MAX_CELL_CHARS: z.coerce.number().int().min(64).max(1_073_741_824).default(65_536),
  /** Deadline of one importDataset request; the import stops (nothing more is written) when it passes. */
  KG_IMPORT_TIMEOUT_MS: z.coerce.number().int().min(1000).max(86_400_000).default(600_000),
});

export type Config = z.infer<typeof schema> & { projectRoot: string };

/** Repository root: cypher/, schema/, seeds/ and neo4j-launcher/ are resolved against it. */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, '');

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings mean "unset", as in a .env file with NEO4J_URI= left blank.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  return { ...parsed.data, projectRoot: PROJECT_ROOT };
}
