// Lesson texts link the glossary terms they use to their entry (src/markdown/glossary-links.ts, a
// plugin of the Markdown processor). What is expected is read from the content files, apart from
// the code under test (support/glossary-expectations.ts). Linking nowhere fails here, lesson by
// lesson: nothing in the build itself counts the links.
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { BASE_PATH, DIST, DIST_BASE } from "../support/paths.ts";
import { escapeRegExp as escape, expectedLinks, spellings, terms } from "../support/glossary-expectations.ts";

const expected = expectedLinks();

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
