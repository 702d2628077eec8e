// extensions.dbMillis sums the durations of an operation's transactions, so parallel reads count
// in full each and the sum can exceed the request's own time; dbWallMillis is the wall-clock time
// during which at least one was open (the union of their intervals), never more than wallMillis.
import { describe, expect, it } from 'vitest';
import { gql, useSeededApp } from '../helpers/gql.js';

const { app } = useSeededApp();

describe('extensions timings', () => {
  it('one transaction: its wall share equals its time, both within the request', async () => {
    const r = await gql(app(), '{ health { status } }');
    expect(r.errors).toBeUndefined();
    const x = r.extensions!;
    expect(x.roundTrips).toBe(1);
    expect(x.dbWallMillis).toBe(x.dbMillis);
    expect(x.dbWallMillis!).toBeLessThanOrEqual(x.wallMillis!);
  });

  it('parallel reads: dbWallMillis is at most the sum dbMillis and at most the request wallMillis', async () => {
    const { data } = await gql(app(), '{ regions(level: PROVINCE, first: 3) { id } }');
    const ids = (data!.regions as { id: string }[]).map((r) => r.id);
    expect(ids.length).toBeGreaterThan(1);
    // Root fields run in parallel, and each platformCounts starts three reads at once.
    const query = `{ ${ids.map((id, i) => `r${i}: platformCounts(region: ${JSON.stringify(id)}) { total }`).join(' ')} }`;
    const r = await gql(app(), query);
    expect(r.errors).toBeUndefined();
    const x = r.extensions!;
    expect(x.roundTrips!).toBeGreaterThanOrEqual(ids.length * 2);
    expect(x.dbWallMillis!).toBeLessThanOrEqual(x.dbMillis!);
    expect(x.dbWallMillis!).toBeLessThanOrEqual(x.wallMillis!);
  });
});
