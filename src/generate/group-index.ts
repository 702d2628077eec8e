// Organizations grouped by a key (kind, province, industry), stored as two typed arrays in
// compressed-row form: about 4 bytes per member, so a million organizations cost megabytes,
// not the hundreds a Map of arrays would.
import type { Rng } from './random.js';

export class GroupIndex {
  private readonly offsets: Int32Array;
  private readonly members: Int32Array;

  /** `groupOf(i)` names the group of item i, or -1 to leave it out. Members keep ascending order. */
  constructor(groups: number, items: number, groupOf: (i: number) => number) {
    this.offsets = new Int32Array(groups + 1);
    for (let i = 0; i < items; i++) {
      const g = groupOf(i);
      if (g >= 0) this.offsets[g + 1]!++;
    }
    for (let g = 0; g < groups; g++) this.offsets[g + 1] = this.offsets[g + 1]! + this.offsets[g]!;
    this.members = new Int32Array(this.offsets[groups]!);
    const next = this.offsets.slice(0, groups);
    for (let i = 0; i < items; i++) {
      const g = groupOf(i);
      if (g >= 0) this.members[next[g]!++] = i;
    }
  }

  size(group: number): number {
    return this.offsets[group + 1]! - this.offsets[group]!;
  }

  /**
   * A member favouring low numbers (Zipf over rank): the first-generated organizations play the
   * role of the big, well-connected players. -1 if the group is empty.
   */
  pickRanked(group: number, rng: Rng, exponent: number): number {
    const n = this.size(group);
    if (n === 0) return -1;
    return this.members[this.offsets[group]! + rng.zipf(n, exponent)]!;
  }
}
