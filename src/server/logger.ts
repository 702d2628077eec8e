// Structured logs (pino, JSON lines on stdout): one line per GraphQL operation with request id,
// operation name, duration and round trips; full errors (stack, cause) only here, never in a
// response.
import { type Logger, pino } from 'pino';
import type { Config } from '../config.js';

export type { Logger };

export function createLogger(config: Pick<Config, 'LOG_LEVEL'>): Logger {
  return pino({ level: config.LOG_LEVEL, base: { service: 'innovation-kg' } });
}
