import { describe, expect, test } from "vitest";
import { linkGlossaryTerms, termPattern, type GlossaryTerm } from "../../src/lib/glossary-links.ts";

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
