// How the comparison reads runs made in rounds (bench/compare.ts): the run of median time, and
// Relais's time over another site's taken within each round, when both ran at the machine's speed
// of those minutes.

/** The median of `times` (of an even count, the lower one): its position in `times`. */
export function medianIndex(times: readonly number[]): number {
  const sorted = times.toSorted((a, b) => a - b);
  return times.indexOf(sorted[Math.floor((sorted.length - 1) / 2)]!);
}

/** Relais's times over another site's, round by round, and the median of these ratios (of two, the lower). */
export function pairedRatio(relaisTimes: readonly number[], otherTimes: readonly number[]): number {
  if (relaisTimes.length !== otherTimes.length || relaisTimes.length === 0)
    throw new Error("Banc d'essai\u00a0: il faut autant de constructions de chaque site, au moins une");
  const ratios = relaisTimes.map((ms, round) => ms / otherTimes[round]!);
  return ratios[medianIndex(ratios)]!;
}
