// « Vouliez-vous dire … ? »: a word the reader typed that the index does not hold, matched to
// the closest word the course does use (its vocabulary, written at build by the search index).
import { distance } from "fastest-levenshtein";
import { foldWord } from "./fold.ts";

/** The course's words, most frequent first: [as written, how many times]. */
export type Vocabulary = readonly (readonly [string, number])[];

/** How far a word may be from what was typed: one slip in a short word, two in a longer one. */
export const tolerance = (typed: string) => (typed.length <= 5 ? 1 : 2);

/** The course's word closest to `typed` within tolerance (most frequent on a tie), or none. */
export function closestWord(typed: string, vocabulary: Vocabulary): string | undefined {
  const folded = foldWord(typed);
  if (folded.length < 4) return undefined;
  let best: { word: string; gap: number } | undefined;
  for (const [word] of vocabulary) {
    const candidate = foldWord(word);
    if (candidate === folded) return undefined; // the course has it: no mistake
    if (Math.abs(candidate.length - folded.length) > 2) continue;
    const gap = distance(candidate, folded);
    if (gap <= tolerance(folded) && (!best || gap < best.gap)) best = { word, gap };
  }
  return best?.word;
}

/** Length of the start two words share. */
const sharedStart = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

/**
 * True when the words the index matched for a typed word (marked in the excerpts) are not forms of
 * it: « modération » for « modérer » is a form (they share all but the ending), « modération » for
 * « moderatoin » is Pagefind forgiving a slip, and the reader should hear of the right spelling.
 */
export function looksMistyped(typed: string, matched: readonly string[]): boolean {
  const folded = foldWord(typed);
  if (folded.length < 4) return false;
  return !matched.some((word) => sharedStart(foldWord(word), folded) >= Math.max(3, folded.length - 2));
}
