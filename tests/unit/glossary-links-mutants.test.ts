import { describe, expect, test } from "vitest";
import {
  linkGlossaryTerms,
  linkLesson,
  termPattern,
  termsMentioned,
  type GlossaryTerm,
} from "../../src/lib/course/glossary-links.ts";

// Mutation-testing companions to glossary-links.test.ts: each case pins a behaviour a surviving mutant broke.
const href = (id: string) => `/relais/glossaire/#${id}`;
const page = (body: string) => `<html><body><div class="lesson-body">${body}</div></body></html>`;
const links = (html: string) =>
  [...html.matchAll(/<a class="glossary-link" href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => `${m[2]}→${m[1]}`);
const term = (id: string, spelling: string): GlossaryTerm => ({ id, term: spelling, short: `Définition de ${id}.` });

describe("termPattern", () => {
  test("regular-expression characters in a spelling are matched literally", () => {
    expect(termPattern("Node.js").test("avec Node.js ici")).toBe(true);
    expect(termPattern("Node.js").test("avec Nodexjs ici")).toBe(false);
  });

  test("spaces around a spelling are ignored", () => {
    expect(termPattern("  Troll ").test("un troll.")).toBe(true);
    // Trimmed, " ROI " is still a short acronym: its case counts.
    expect(termPattern(" ROI ").test("le roi")).toBe(false);
    expect(termPattern(" ROI ").test("le ROI.")).toBe(true);
  });

  test("a straight or curly apostrophe matches either", () => {
    expect(termPattern("Taux d'engagement").test("le taux d’engagement")).toBe(true);
    expect(termPattern("Taux d’engagement").test("le taux d'engagement")).toBe(true);
  });

  test("only a whole spelling of 2 to 4 capitals or digits keeps its case", () => {
    expect(termPattern("ROI").test("le roi")).toBe(false);
    expect(termPattern("B2B").test("du b2b")).toBe(false);
    expect(termPattern("Le ROI").test("le roi")).toBe(true);
    expect(termPattern("ROIXY").test("roixy")).toBe(true);
    expect(termPattern("X").test("x")).toBe(true);
    expect(termPattern("abc").test("ABC")).toBe(true);
  });

  test("an acronym inside a longer word, accented or not, is not a match", () => {
    expect(termPattern("ROI").test("aROI")).toBe(false);
    expect(termPattern("ROI").test("ROIé")).toBe(false);
    expect(termPattern("ROI").test("le ROI.")).toBe(true);
  });

  test("other spellings match whatever their case", () => {
    expect(termPattern("Troll").test("TROLL")).toBe(true);
    expect(termPattern("Éthique").test("l’éthique")).toBe(true);
  });
});

describe("linkGlossaryTerms", () => {
  test("the link's address and title are escaped", () => {
    const html = linkGlossaryTerms(
      page("<p>Un troll.</p>"),
      [{ id: "troll", term: "Troll", short: `Dit "<non>" & part` }],
      (id) => `/g?a=1&b="<${id}>"`,
    );
    expect(html).toContain(
      '<a class="glossary-link" href="/g?a=1&amp;b=&quot;&lt;troll&gt;&quot;" title="Dit &quot;&lt;non&gt;&quot; &amp; part">troll</a>',
    );
  });

  test("the longest spelling wins whatever the order of the terms", () => {
    const short = term("engagement", "Engagement");
    const long = term("taux-d-engagement", "Taux d’engagement");
    const body = page("<p>Le taux d’engagement monte.</p>");
    const expected = ["taux d’engagement→/relais/glossaire/#taux-d-engagement"];
    expect(links(linkGlossaryTerms(body, [short, long], href))).toEqual(expected);
    expect(links(linkGlossaryTerms(body, [long, short], href))).toEqual(expected);
    const three = [term("a", "Ab"), term("b", "Ab cd"), term("c", "Ab cd ef")];
    expect(links(linkGlossaryTerms(page("<p>ab cd ef</p>"), three, href))).toEqual(["ab cd ef→/relais/glossaire/#c"]);
    expect(links(linkGlossaryTerms(page("<p>ab cd ef</p>"), three.toReversed(), href))).toEqual([
      "ab cd ef→/relais/glossaire/#c",
    ]);
  });

  test("a term with two spellings is linked once only", () => {
    const terms = [term("service-client", "SAV / service client")];
    const html = linkGlossaryTerms(page("<p>Le service client, ou SAV, répond.</p>"), terms, href);
    expect(links(html)).toEqual(["service client→/relais/glossaire/#service-client"]);
    const reused = linkGlossaryTerms(page("<p>Le SAV, puis le service client.</p>"), terms, href);
    expect(links(reused)).toEqual(["service client→/relais/glossaire/#service-client"]);
  });

  test("comments in the page are kept", () => {
    const html = linkGlossaryTerms(page("<!-- note --><p>Un troll.</p>"), [term("troll", "Troll")], href);
    expect(html).toContain("<!-- note -->");
    expect(linkLesson(`<main><!-- a --></main>${page("<p>x</p>")}`, [], href)).toContain("<!-- a -->");
  });
});

describe("termsMentioned", () => {
  test("a page without lesson text mentions nothing", () => {
    expect(termsMentioned("<main>Stryker was here!</main>", [term("x", "here"), term("y", "Stryker")])).toEqual([]);
  });

  test("text from separate elements does not run together", () => {
    expect(termsMentioned(page("<p>Un troll</p><p>passe</p>"), [term("troll", "Troll")])).toEqual(["Troll"]);
  });

  test("case is folded to lower case, not upper case", () => {
    // "ß" upper-cases to "SS": folded up, « strasse » would match « Straße ».
    expect(termsMentioned(page("<p>la strasse</p>"), [term("s", "Straße")])).toEqual([]);
    expect(termsMentioned(page("<p>la STRASSE</p>"), [term("s", "strasse")])).toEqual(["strasse"]);
  });

  test("runs of punctuation count as one space, and none is left at the ends", () => {
    expect(termsMentioned(page("<p>Le taux — engagement.</p>"), [term("t", "Taux engagement")])).toEqual([
      "Taux engagement",
    ]);
    expect(termsMentioned(page("<p>Le C++ ici.</p>"), [term("c", "C++")])).toEqual(["C++"]);
  });
});
