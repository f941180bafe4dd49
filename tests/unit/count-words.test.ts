// The course's vocabulary is counted by distinct word (each folded once): it must give exactly
// what counting every occurrence gives, spellings in the order first met (the commonest spelling
// wins, and of two as common the first met: « Vouliez-vous dire » proposes that one).
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { countWords } from "../../src/lib/search/vocabulary.ts";
import { foldWord, wordsOf } from "../../src/lib/search/fold.ts";
import { STOP_WORDS } from "../../src/lib/search/stop-words.ts";

/** The plain way: every occurrence folded and counted where it is met. */
function countEveryOccurrence(texts: readonly string[]) {
  const counts = new Map<string, Map<string, number>>();
  for (const text of texts)
    for (const word of wordsOf(text)) {
      const folded = foldWord(word);
      if (folded.length < 4 || STOP_WORDS.has(folded) || /\d/.test(folded)) continue;
      const spellings = counts.get(folded) ?? new Map<string, number>();
      const written = word.toLocaleLowerCase("fr");
      spellings.set(written, (spellings.get(written) ?? 0) + 1);
      counts.set(folded, spellings);
    }
  return counts;
}

const asArrays = (counts: Map<string, Map<string, number>>) => [...counts].map(([word, s]) => [word, [...s]]);

const piece = fc.constantFrom(
  "Modération",
  "moderation",
  "MODÉRATION",
  "modérations",
  "l’écoute",
  "d'écoute",
  "Écoute",
  "ecoute",
  "cœur",
  "coeur",
  "Œuvre",
  "crise",
  "Crise",
  "crise12",
  "2026",
  "avec",
  "pour",
  "e-réputation",
  "gouv.fr",
  "aujourd’hui",
  "qu’il",
  " ",
  " ",
  "\n",
  ", ",
  ". ",
  "’",
  "-",
);
const texts = fc.array(
  fc.array(piece, { maxLength: 30 }).map((parts) => parts.join("")),
  { maxLength: 6 },
);

describe("counting the course's words", () => {
  test("by distinct word gives what counting every occurrence gives, in the same order", () => {
    fc.assert(
      fc.property(texts, (written) => {
        expect(asArrays(countWords(written))).toEqual(asArrays(countEveryOccurrence(written)));
      }),
      { numRuns: 3000 },
    );
  });
});
