// Standard competition ranking ("1224"): equal values share a rank and the next rank skips.

/** Ranks for values already sorted from highest to lowest. */
export function competitionRanks(sortedDesc: number[]): number[] {
  const ranks: number[] = [];
  sortedDesc.forEach((v, i) => {
    ranks.push(i > 0 && v === sortedDesc[i - 1] ? ranks[i - 1]! : i + 1);
  });
  return ranks;
}
