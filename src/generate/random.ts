// Seeded randomness for the synthetic generator. Output must be byte-identical for the same
// seed, so nothing here touches Math.random or the clock.

/** 32-bit string hash (FNV-1a), used to give each generation phase its own stream. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Mixes integers into one well-spread 32-bit value (murmur3 finalizer per input). */
export function hash32(...values: number[]): number {
  let h = 0x9e3779b9;
  for (const v of values) {
    h = Math.imul(h ^ (v >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/**
 * sfc32: small, fast, passes PractRand, and its 128-bit state gives independent streams per
 * phase, so changing how one phase draws numbers does not reshuffle the others.
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, stream: string) {
    // Seeds may exceed 32 bits; fold the high part in rather than dropping it.
    const lo = seed >>> 0;
    const hi = Math.floor(seed / 0x100000000) >>> 0;
    const s = hashString(stream);
    this.a = hash32(lo, hi, s, 1);
    this.b = hash32(lo, hi, s, 2);
    this.c = hash32(lo, hi, s, 3);
    this.d = 1;
    for (let i = 0; i < 12; i++) this.next(); // warm up: the first outputs of sfc32 are correlated with the seed
  }

  /** Uniform 32-bit unsigned integer. */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.next() / 0x100000000;
  }

  /** Uniform integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.float() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.float() * items.length)]!;
  }

  /**
   * Real in [min, max) with density proportional to x^-exponent (a bounded Pareto), sampled by
   * inverting its CDF: O(1), no tables, any range.
   */
  powerLawReal(min: number, max: number, exponent: number): number {
    const u = this.float();
    if (Math.abs(exponent - 1) < 1e-9) return min * (max / min) ** u;
    const e = 1 - exponent;
    const a = min ** e;
    return (a + u * (max ** e - a)) ** (1 / e);
  }

  /** Integer in [min, max] with P(k) roughly proportional to k^-exponent. */
  powerLaw(min: number, max: number, exponent: number): number {
    return Math.min(max, Math.floor(this.powerLawReal(min, max + 1, exponent)));
  }

  /** Index in [0, n) where low indices are favoured: rank-frequency (Zipf-like) choice. */
  zipf(n: number, exponent: number): number {
    return this.powerLaw(1, n, exponent) - 1;
  }
}

/** Weighted choice among a fixed set of options by binary search over cumulative weights. */
export class WeightedTable {
  private readonly cumulative: Float64Array;

  constructor(weights: ArrayLike<number>) {
    if (weights.length === 0) throw new Error('weighted table needs at least one weight');
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    for (let i = 0; i < weights.length; i++) {
      const w = weights[i]!;
      if (!(w >= 0) || !Number.isFinite(w)) throw new Error(`bad weight ${w} at ${i}`);
      sum += w;
      this.cumulative[i] = sum;
    }
    if (sum <= 0) throw new Error('weights sum to zero');
  }

  sample(rng: Rng): number {
    const c = this.cumulative;
    const target = rng.float() * c[c.length - 1]!;
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (c[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** A weighted choice among named options, for the small vocabularies in shape.ts. */
export class WeightedChoice<T> {
  private readonly table: WeightedTable;
  private readonly values: T[];

  constructor(options: readonly (readonly [T, number])[]) {
    this.values = options.map(([v]) => v);
    this.table = new WeightedTable(options.map(([, w]) => w));
  }

  sample(rng: Rng): T {
    return this.values[this.table.sample(rng)]!;
  }
}
