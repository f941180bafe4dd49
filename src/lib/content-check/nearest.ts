import { closest, distance } from "fastest-levenshtein";

// « vouliez-vous dire … ? »: the known name nearest to a mistyped one, when near enough to be a typo.

/** The nearest of `candidates` to `wanted`, or undefined when none is within a third of its length (1 at least). */
export function nearest(wanted: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(wanted, candidates as string[]);
  return distance(wanted, best) <= Math.max(1, Math.floor(wanted.length / 3)) ? best : undefined;
}

/** « : vouliez-vous dire X ? », or nothing without a suggestion. */
export const didYouMean = (suggestion: string | undefined) =>
  suggestion ? `\u00a0: vouliez-vous dire ${suggestion}\u00a0?` : "";

/** « : vouliez-vous dire « X » ? » for a name (a field, a step, a lesson, a file), or nothing. */
export const didYouMeanName = (name: string | undefined) => didYouMean(name && `«\u00a0${name}\u00a0»`);
