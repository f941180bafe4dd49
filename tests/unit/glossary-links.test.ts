import { describe, expect, test } from "vitest";
import {
  linkGlossaryTerms,
  termPattern,
  termsMentioned,
  type GlossaryTerm,
} from "../../src/lib/course/glossary-links.ts";
import { linkLessons } from "../../src/integrations/glossary-links.ts";
import type { PageFiles } from "../../src/integrations/built-pages.ts";

const terms: GlossaryTerm[] = [
  { id: "engagement", term: "Engagement", short: "Les réactions." },
  { id: "taux-d-engagement", term: "Taux d’engagement", short: "Réactions rapportées à la portée." },
  { id: "service-client", term: "SAV / service client", short: "L’aide aux clients." },
  { id: "roi", term: "ROI", short: "Retour sur investissement." },
  { id: "troll", term: "Troll", short: "Provocateur." },
];
const href = (id: string) => `/relais/glossaire/#${id}`;
const page = (body: string) =>
  `<html><body><h2>Le troll</h2><div class="lesson-body">${body}</div><p>troll hors leçon</p></body></html>`;
const links = (html: string) =>
  [...html.matchAll(/<a class="glossary-link" href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => `${m[2]}→${m[1]}`);

describe("linkGlossaryTerms", () => {
  test("links the first use of each term inside the lesson text only", () => {
    const html = linkGlossaryTerms(
      page("<p>Un troll, puis un autre troll.</p><p>Les trolls reviennent.</p>"),
      terms,
      href,
    );
    expect(links(html)).toEqual(["troll→/relais/glossaire/#troll"]);
    expect(html).toContain("<h2>Le troll</h2>");
    expect(html).toContain("<p>troll hors leçon</p>");
  });

  test("the longer term wins, and each spelling of a term counts", () => {
    const html = linkGlossaryTerms(page("<p>Le taux d’engagement monte ; le service client répond.</p>"), terms, href);
    expect(links(html)).toEqual([
      "taux d’engagement→/relais/glossaire/#taux-d-engagement",
      "service client→/relais/glossaire/#service-client",
    ]);
  });

  test("never inside an existing link, a heading or code; short acronyms keep their case", () => {
    const html = linkGlossaryTerms(
      page('<p><a href="/x/">troll</a> <code>ROI</code> le roi du silence, puis le ROI.</p>'),
      terms,
      href,
    );
    expect(links(html)).toEqual(["ROI→/relais/glossaire/#roi"]);
  });

  test("a term inside a longer word is not a match", () => {
    expect(termPattern("Troll").test("trolleybus")).toBe(false);
    expect(termPattern("Troll").test("des trolls")).toBe(true);
  });

  test("text with markup characters stays escaped", () => {
    const html = linkGlossaryTerms(page("<p>a &lt;b&gt; troll</p>"), terms, href);
    expect(html).toContain("a &lt;b&gt; <a");
  });
});

describe("termsMentioned, the check made when nothing was linked", () => {
  test("finds spellings as whole words in the lesson text where links may go", () => {
    const html = page("<h2>ROI</h2><p>Le Service Client répond ; un trolleybus passe.</p><p>Taux d'engagement</p>");
    expect(termsMentioned(html, terms)).toEqual(["Engagement", "Taux d’engagement", "service client"]);
  });
});

describe("linkLessons, the build step: it fails where zero links cannot be right", () => {
  /** Lesson pages in a Map, as the build reads and writes them on disk. */
  const lessons = (pages: Record<string, string>) => {
    const files = new Map(Object.entries(pages));
    const io: PageFiles = { read: (file) => files.get(file)!, write: (file, html) => files.set(file, html) };
    return { files, io, names: Object.keys(pages) };
  };

  test("links every lesson and counts the links", () => {
    const { files, io, names } = lessons({
      "lecons/a/index.html": page("<p>Un troll et le ROI.</p>"),
      "lecons/b/index.html": page("<p>Rien à lier.</p>"),
    });
    expect(linkLessons(names, terms, href, io)).toBe(2);
    expect(links(files.get("lecons/a/index.html")!)).toEqual([
      "troll→/relais/glossaire/#troll",
      "ROI→/relais/glossaire/#roi",
    ]);
  });

  test("lessons that use no term, or only in a heading, link nothing and build", () => {
    const { io, names } = lessons({
      "lecons/a/index.html": page("<p>Rien à lier.</p>"),
      "lecons/b/index.html": page("<h3>Le ROI</h3><p>Rien.</p>"),
    });
    expect(linkLessons(names, terms, href, io)).toBe(0);
    expect(linkLessons([], [], href, io)).toBe(0);
  });

  test("no term read although there are lessons", () => {
    const { io, names } = lessons({ "lecons/a/index.html": page("<p>Un troll.</p>") });
    expect(() => linkLessons(names, [], href, io)).toThrow("Glossaire : aucun terme lu pour lier 1\u00a0leçon");
  });

  test("a lesson page without its text, named", () => {
    const { io, names } = lessons({
      "lecons/a/index.html": page("<p>Un troll.</p>"),
      "lecons/b/index.html": "<main><p>Un troll.</p></main>",
    });
    expect(() => linkLessons(names, terms, href, io)).toThrow(
      "Glossaire : pas de texte de leçon (élément .lesson-body) où lier les termes (1\u00a0page : lecons/b/index.html)",
    );
  });

  test("terms used in the lessons but no link: a renamed class, patterns that match nothing", () => {
    const used = () => lessons({ "lecons/a/index.html": page("<p>Un troll.</p>") });
    const renamed = (html: string, t: readonly GlossaryTerm[], h: (id: string) => string) =>
      linkGlossaryTerms(html, t, h).replaceAll('class="glossary-link"', 'class="lien-glossaire"');
    const { io, names } = used();
    expect(() => linkLessons(names, terms, href, io, renamed)).toThrow(
      'Glossaire : aucun lien (class="glossary-link") ajouté dans les leçons, qui emploient pourtant des termes du glossaire : ' +
        "«\u00a0Troll\u00a0» (lecons/a/index.html)",
    );
    const unchanged = used();
    expect(() => linkLessons(unchanged.names, terms, href, unchanged.io, (html) => html)).toThrow(
      "«\u00a0Troll\u00a0» (lecons/a/index.html)",
    );
  });
});
