// Which glossary terms each lesson's text uses, read from the content files apart from the code
// under test: the terms of content/glossary/*.yaml and the words of each lesson's MDX. The built
// site (tests/built) and the dev server (tests/dev) must link exactly these.
import { glossary, lessons, readableProse } from "./course.ts";

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export const terms = glossary();

/** The glossary's own rule for a spelling: whole words, a plural s or x, any case but for short acronyms. */
const spellingPattern = (spelling: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])${escapeRegExp(spelling).replace(/['’]/g, "['’]")}(?:s|x)?(?![\\p{L}\\p{N}])`,
    /^[A-Z0-9]{2,4}$/.test(spelling) ? "gu" : "giu",
  );
export const spellings = terms.flatMap(({ id, term }) =>
  term.split(" / ").map((spelling) => ({ id, spelling, pattern: spellingPattern(spelling) })),
);

/**
 * The terms a lesson's text uses on their own: an occurrence inside a longer term's (« engagement »
 * in « taux d’engagement ») does not count, the longer term is linked there.
 */
function termsUsed(prose: string): Set<string> {
  const found = spellings.flatMap(({ id, pattern }) =>
    [...prose.matchAll(pattern)].map((m) => ({ id, from: m.index, to: m.index + m[0].length })),
  );
  const inLonger = (o: (typeof found)[number]) =>
    found.some(
      (other) => other.id !== o.id && other.to - other.from > o.to - o.from && other.from <= o.from && o.to <= other.to,
    );
  return new Set(found.filter((o) => !inLonger(o)).map((o) => o.id));
}

/** Every lesson, with the ids of the terms its text uses. */
export const expectedLinks = (): { lesson: string; terms: Set<string> }[] =>
  lessons().map((lesson) => ({ lesson: lesson.id, terms: termsUsed(readableProse(lesson.body)) }));
