// The French query layer (src/lib/search/): what a reader's sentence is turned into, how results
// of several searches merge, which typed word gets a correction, which words a page marks.
import { expect, test } from "vitest";
import { foldWord, wordsOf } from "../../src/lib/search/fold";
import { parseQuery, synonymPhrases } from "../../src/lib/search/query";
import { bestScores, discriminates, rankPages, SYNONYM_WEIGHT } from "../../src/lib/search/rank";
import { closestWord, looksMistyped, tolerance } from "../../src/lib/search/suggest";
import { isFormOf, markableTerms, markedRanges } from "../../src/lib/search/highlight";

const phrases = synonymPhrases([
  ["patron", "dirigeant", "boss", "direction"],
  ["concurrent", "autre marque"],
  ["malade", "absent", "arrêt maladie"],
  ["arrêt", "pause"],
]);

test("words: accents, capitals and either apostrophe fold away; elided articles drop", () => {
  expect(wordsOf("L’absence d'un CM, qu’il soit malade")).toEqual(["absence", "un", "CM", "il", "soit", "malade"]);
  expect(foldWord("Épuisement")).toBe("epuisement");
  expect(foldWord("Œuvre")).toBe("oeuvre");
  expect(wordsOf("l’e-réputation sur gouv.fr")).toEqual(["e-réputation", "sur", "gouv.fr"]);
});

test("a sentence keeps its meaningful words only: stop words never make an idea", () => {
  expect(parseQuery("comment repérer une crise qui commence ?", phrases).map((c) => c.typed)).toEqual([
    "repérer",
    "crise",
    "commence",
  ]);
  expect(parseQuery("Que faire quand le CM est absent", phrases).map((c) => c.typed)).toEqual(["CM", "absent"]);
});

test("a word brings its synonyms, the reader's own word first", () => {
  const [boss] = parseQuery("Boss", phrases);
  expect(boss).toEqual({ typed: "Boss", terms: ["Boss", "patron", "dirigeant", "direction"] });
});

test("a synonym in several words is one idea, before its words are taken one by one", () => {
  expect(parseQuery("une autre marque nous attaque", phrases)).toEqual([
    { typed: "autre marque", terms: ["autre marque", "concurrent"] },
    { typed: "attaque", terms: ["attaque"] },
  ]);
  // The longest phrase wins: « arrêt maladie » is not « arrêt ».
  expect(parseQuery("arret maladie du CM", phrases)[0]).toEqual({
    typed: "arret maladie",
    terms: ["arret maladie", "malade", "absent"],
  });
});

test("an idea said twice is searched once; a query of stop words only is searched as typed", () => {
  expect(parseQuery("crise crises Crise", phrases).map((c) => c.typed)).toEqual(["crise", "crises"]);
  expect(parseQuery("qui est-ce", phrases)).toEqual([{ typed: "qui est-ce", terms: ["qui est-ce"] }]);
  expect(parseQuery("   ", phrases)).toEqual([]);
});

test("merging: a page's scores for each idea it holds add up; a page holding one idea still comes", () => {
  const ranked = rankPages([
    [
      {
        term: 0,
        hits: [
          { id: "both", score: 3 },
          { id: "one", score: 4 },
        ],
      },
    ],
    [{ term: 0, hits: [{ id: "both", score: 2 }] }],
  ]);
  expect(ranked).toEqual(["both", "one"]);
  // Pagefind's score already weighs a title above a passing mention: a strong single match can win.
  expect(
    rankPages([[{ term: 0, hits: [{ id: "strong", score: 9 }] }], [{ term: 0, hits: [{ id: "weak", score: 1 }] }]]),
  ).toEqual(["strong", "weak"]);
});

test("merging: a page found through a synonym counts half of one with the reader's word", () => {
  const best = bestScores([
    { term: 0, hits: [{ id: "own", score: 4 }] },
    {
      term: 1,
      hits: [
        { id: "synonym", score: 4 },
        { id: "own", score: 1 },
      ],
    },
  ]);
  expect(best.get("own")).toBe(4);
  expect(best.get("synonym")).toBe(4 * SYNONYM_WEIGHT);
  expect(SYNONYM_WEIGHT).toBe(0.5);
  expect(
    rankPages([
      [
        { term: 0, hits: [{ id: "own", score: 4 }] },
        { term: 1, hits: [{ id: "synonym", score: 5 }] },
      ],
    ]),
  ).toEqual(["own", "synonym"]);
});

test("an idea on more than half the pages is not worth highlighting", () => {
  expect(discriminates(50, 100)).toBe(true);
  expect(discriminates(51, 100)).toBe(false);
});

const vocabulary = [
  ["modération", 40],
  ["harcèlement", 12],
  ["modèle", 3],
  ["crise", 200],
  ["crises", 20],
] as const;

test("a mistyped word gets the course's closest word; a known word, a short word or a far word get none", () => {
  expect(closestWord("moderatoin", vocabulary)).toBe("modération");
  expect(closestWord("harcelment", vocabulary)).toBe("harcèlement");
  expect(closestWord("Crise", vocabulary)).toBeUndefined();
  expect(closestWord("cri", vocabulary)).toBeUndefined();
  expect(closestWord("zanzibar", vocabulary)).toBeUndefined();
  expect(tolerance("crise")).toBe(1);
  expect(tolerance("moderation")).toBe(2);
});

test("closest word: on equal distance, the most frequent (the vocabulary's order)", () => {
  expect(
    closestWord("crisea", [
      ["crises", 20],
      ["crisez", 1],
    ]),
  ).toBe("crises");
});

test("a word the index matched loosely looks mistyped; a form of it does not", () => {
  expect(looksMistyped("moderatoin", ["modération"])).toBe(true);
  expect(looksMistyped("modérer", ["modération"])).toBe(false);
  expect(looksMistyped("crises", ["crise"])).toBe(false);
  expect(looksMistyped("CM", ["community"])).toBe(false);
  expect(looksMistyped("harcelment", [])).toBe(true);
});

test("highlighting: stop words never, searched words folded and each once", () => {
  expect(markableTerms(["est", "CM", "la crise", "Crise", "c’est"])).toEqual(["cm", "crise"]);
});

test("highlighting: whole words that are forms of a searched word, never a word merely containing it", () => {
  expect(isFormOf("crises", "crise")).toBe(true);
  expect(isFormOf("Modération", "moderation")).toBe(true);
  expect(isFormOf("question", "est")).toBe(false);
  expect(isFormOf("modérations", "moder")).toBe(false);
  const text = "Une question de crise : les crises, la Crise.";
  expect(markedRanges(text, ["crise"]).map(([a, b]) => text.slice(a, b))).toEqual(["crise", "crises", "Crise"]);
  expect(markedRanges(text, ["est"])).toEqual([]);
  expect(markedRanges("l’absence", ["absence"]).map(([a, b]) => "l’absence".slice(a, b))).toEqual(["absence"]);
});
