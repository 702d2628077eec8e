// A neo4j-driver wrapper for the benchmark's db-hit column: every statement run through it is
// prefixed with PROFILE, and the plan's db hits and the number of transactions are tallied.
// Used on one execution per operation and system, never on the timed runs (PROFILE costs).
import type { Driver } from 'neo4j-driver';

export interface Tally {
  statements: number;
  transactions: number;
  dbHits: number;
}

interface Plan {
  dbHits?: number;
  children?: Plan[];
}
const hits = (p: Plan | false | undefined): number => (p ? (p.dbHits ?? 0) + (p.children ?? []).reduce((a, c) => a + hits(c), 0) : 0);

type Runner = { run: (q: string, params?: unknown, ...rest: unknown[]) => unknown };

function profiledRun(target: Runner, tally: Tally) {
  return async (query: string, params?: unknown, ...rest: unknown[]) => {
    tally.statements += 1;
    // CYPHER options, if any, must stay first; none of the queries used here has any.
    const result = (await (target.run as (...a: unknown[]) => Promise<{ summary: { profile: Plan | false } }>)(`PROFILE ${query}`, params, ...rest)) as {
      summary: { profile: Plan | false };
    };
    tally.dbHits += hits(result.summary.profile);
    return result;
  };
}

/** The driver, with every session's transactions profiled into `tally`. */
export function profilingDriver(driver: Driver, tally: Tally): Driver {
  const wrapTx = (tx: Runner) => new Proxy(tx, { get: (t, k) => (k === 'run' ? profiledRun(t, tally) : Reflect.get(t, k)) });
  const wrapSession = (session: Record<string | symbol, unknown>) =>
    new Proxy(session, {
      get(s, k) {
        const v = Reflect.get(s, k);
        if (k === 'executeRead' || k === 'executeWrite' || k === 'readTransaction' || k === 'writeTransaction')
          return (work: (tx: Runner) => unknown, ...rest: unknown[]) => {
            tally.transactions += 1;
            return (v as (...a: unknown[]) => unknown).call(s, (tx: Runner) => work(wrapTx(tx)), ...rest);
          };
        if (k === 'run') {
          return (...a: unknown[]) => {
            tally.transactions += 1;
            return profiledRun(s as unknown as Runner, tally)(...(a as [string]));
          };
        }
        if (k === 'beginTransaction')
          return (...a: unknown[]) => {
            tally.transactions += 1;
            return wrapTx((v as (...b: unknown[]) => Runner).apply(s, a));
          };
        return typeof v === 'function' ? v.bind(s) : v;
      },
    });
  return new Proxy(driver, {
    get(d, k) {
      const v = Reflect.get(d, k);
      if (k === 'session') return (...a: unknown[]) => wrapSession((v as (...b: unknown[]) => Record<string, unknown>).apply(d, a));
      return typeof v === 'function' ? v.bind(d) : v;
    },
  });
}

export const newTally = (): Tally => ({ statements: 0, transactions: 0, dbHits: 0 });
