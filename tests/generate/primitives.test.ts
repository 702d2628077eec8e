// The generator's building blocks: CSV quoting, the seeded random source and the group index.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/generate/csv-writer.js';
import { GroupIndex } from '../../src/generate/group-index.js';
import { Rng, WeightedTable } from '../../src/generate/random.js';

describe('csvCell', () => {
  it('quotes only cells with a comma, quote or line break, and round-trips through csv-parse', () => {
    const cells = ['plain', 'Huaxin Co., Ltd.', 'say "hi"', 'two\nlines', 'cr\rhere', '华新|Huaxin', ''];
    expect(cells.map(csvCell)).toEqual(['plain', '"Huaxin Co., Ltd."', '"say ""hi"""', '"two\nlines"', '"cr\rhere"', '华新|Huaxin', '']);
    const text = `${cells.map((_, i) => `c${i}`).join(',')}\n${cells.map(csvCell).join(',')}\n`;
    expect(Object.values((parse(text, { columns: true }) as Record<string, string>[])[0] ?? {})).toEqual(cells);
  });

  it('writes numbers and booleans as the import format reads them, absent as empty', () => {
    expect([csvCell(2_000_000_000), csvCell(true), csvCell(false), csvCell(undefined)]).toEqual(['2000000000', 'true', 'false', '']);
  });
});

describe('Rng', () => {
  const draw = (seed: number, stream: string) => {
    const rng = new Rng(seed, stream);
    return Array.from({ length: 5 }, () => rng.next());
  };

  it('repeats for the same seed and stream, and differs across seeds and streams', () => {
    expect(draw(1, 'a')).toEqual(draw(1, 'a'));
    expect(draw(1, 'a')).not.toEqual(draw(2, 'a'));
    expect(draw(1, 'a')).not.toEqual(draw(1, 'b'));
    expect(draw(1, 'a')).not.toEqual(draw(2 ** 32 + 1, 'a')); // the high bits of a large seed count
  });

  it('keeps ints and power-law draws in range, with power-law mass at the low end', () => {
    const rng = new Rng(7, 'test');
    const ints = Array.from({ length: 10_000 }, () => rng.int(3, 6));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5, 6]));
    const draws = Array.from({ length: 10_000 }, () => rng.powerLaw(1, 500, 1.7));
    expect(Math.min(...draws)).toBe(1);
    expect(Math.max(...draws)).toBeLessThanOrEqual(500);
    expect(draws.filter((d) => d === 1).length).toBeGreaterThan(draws.filter((d) => d === 2).length);
    expect(Math.max(...draws)).toBeGreaterThan(100);
    const ranks = Array.from({ length: 10_000 }, () => rng.zipf(10, 1));
    expect(Math.min(...ranks)).toBe(0);
    expect(Math.max(...ranks)).toBe(9);
  });

  it('samples a weighted table in proportion and never picks a zero weight', () => {
    const rng = new Rng(7, 'weights');
    const table = new WeightedTable([1, 0, 3]);
    const counts = [0, 0, 0];
    for (let i = 0; i < 20_000; i++) counts[table.sample(rng)]!++;
    expect(counts[1]).toBe(0);
    expect(counts[2]! / counts[0]!).toBeGreaterThan(2.7);
    expect(counts[2]! / counts[0]!).toBeLessThan(3.3);
    expect(() => new WeightedTable([0, 0])).toThrow();
  });
});

describe('GroupIndex', () => {
  it('groups items in ascending order, leaves out -1, and picks only members', () => {
    const groupOf = [2, 0, -1, 2, 0, 2];
    const index = new GroupIndex(3, groupOf.length, (i) => groupOf[i]!);
    expect([index.size(0), index.size(1), index.size(2)]).toEqual([2, 0, 3]);
    const rng = new Rng(1, 'groups');
    expect(index.pickRanked(1, rng, 1)).toBe(-1);
    const picks = new Set(Array.from({ length: 200 }, () => index.pickRanked(2, rng, 0.8)));
    expect(picks).toEqual(new Set([0, 3, 5]));
  });
});
