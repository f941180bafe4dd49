// Lesson texts link the glossary terms they use to their entry (integrations/glossary-links.ts).
// What is expected is read from the content files, apart from the code under test: the terms of
// content/glossary/*.yaml, and the words of each lesson's text in its MDX file.
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { glossary, lessons, readableProse } from "../support/course.ts";
import { BASE_PATH, DIST, DIST_BASE } from "../support/paths.ts";

const terms = glossary();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The glossary's own rule for a spelling: whole words, a plural s or x, any case but for short acronyms. */
const spellingPattern = (spelling: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])${escape(spelling).replace(/['’]/g, "['’]")}(?:s|x)?(?![\\p{L}\\p{N}])`,
    /^[A-Z0-9]{2,4}$/.test(spelling) ? "gu" : "giu",
  );
const spellings = terms.flatMap(({ id, term }) =>
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

const expected = lessons().map((lesson) => ({ lesson: lesson.id, terms: termsUsed(readableProse(lesson.body)) }));

test("the lessons use glossary terms (else this file tests nothing)", () => {
  expect(terms.length).toBeGreaterThan(0);
  expect(expected.filter((lesson) => lesson.terms.size > 0).length).toBeGreaterThan(0);
});

describe.each([
  { name: "at the root of a host", dist: DIST, base: "/" },
  { name: `under ${BASE_PATH}`, dist: DIST_BASE, base: BASE_PATH },
])("built $name", ({ dist, base }) => {
  const glossaryIds = new Set(
    parse(readFileSync(join(dist, "glossaire/index.html"), "utf8"))
      .querySelectorAll("[id]")
      .map((el) => el.id),
  );

  test.each(expected)("$lesson links the first use of each term its text uses", ({ lesson, terms: used }) => {
    const page = parse(readFileSync(join(dist, "lecons", lesson, "index.html"), "utf8"));
    const links = page.querySelectorAll("a.glossary-link");
    const ids = links.map((a) => {
      const href = a.getAttribute("href") ?? "";
      expect(href, a.outerHTML).toMatch(new RegExp(`^${escape(base)}glossaire/#[\\w-]+$`));
      return href.slice(href.indexOf("#") + 1);
    });
    // Every term the text uses is linked, once, and nothing else is.
    expect(ids.toSorted()).toEqual([...used].toSorted());
    for (const [i, link] of links.entries()) {
      // Inside the lesson's text, never in a heading; the link's words are the term's.
      expect(link.closest(".lesson-body"), link.outerHTML).not.toBeNull();
      expect(link.closest("h1, h2, h3, h4, h5, h6"), link.outerHTML).toBeNull();
      const own = spellings.filter((s) => s.id === ids[i]);
      expect(
        own.some(({ pattern }) => new RegExp(`^${pattern.source}$`, pattern.flags).test(link.textContent)),
        `${link.textContent} → ${ids[i]}`,
      ).toBe(true);
      // It leads to the entry, which says what the link's title says.
      expect(glossaryIds.has(ids[i]!), `#${ids[i]} sur /glossaire/`).toBe(true);
      expect(link.getAttribute("title")).toBe(terms.find((t) => t.id === ids[i])!.short);
    }
  });
});
