// The look in a lesson's set of words that spares most glossary searches must never hide a term
// its pattern would find: checked on texts made of the spellings' own pieces, cased, pluralised
// and glued in every way.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { firstWordOf, mayOccur, termPattern, wordsOf } from "../../src/lib/course/glossary-links.ts";

const spellings = [
  "Troll",
  "ROI",
  "Taux d’engagement",
  "service client",
  "Node.js",
  "#hashtag",
  "C++",
  "e-réputation",
  "Bureau",
];
const piece = fc.oneof(
  fc.constantFrom(
    ...spellings,
    "troll",
    "TROLL",
    "trolls",
    "bureaux",
    "d'engagement",
    "taux",
    "roi",
    "nodejs",
    "réputation",
  ),
  fc.constantFrom(" ", "", "’", "'", "-", ".", "s", "x", "é", "a", "2", "\n", "#", "+"),
);
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(""));

describe("the look in a text's words before a glossary search", () => {
  test("never rules out a spelling its pattern finds", () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...spellings), (words, spelling) => {
        if (termPattern(spelling).test(words)) expect(mayOccur(firstWordOf(spelling), wordsOf(words))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  test("rules out a spelling whose first word the text lacks", () => {
    expect(mayOccur(firstWordOf("Taux d’engagement"), wordsOf("Le taux monte."))).toBe(true);
    expect(mayOccur(firstWordOf("Taux d’engagement"), wordsOf("L’engagement monte."))).toBe(false);
    expect(mayOccur(firstWordOf("Troll"), wordsOf("Des trolls."))).toBe(true);
    expect(mayOccur(firstWordOf("Troll"), wordsOf("Des trollés."))).toBe(false);
    // Plural only after the last word: « Node.js » is not « Nodes.js ».
    expect(mayOccur(firstWordOf("Node.js"), wordsOf("nodes.js"))).toBe(false);
    // A spelling without a letter or a digit is never ruled out.
    expect(mayOccur(firstWordOf("++"), wordsOf(""))).toBe(true);
  });
});
