import { describe, expect, test } from "vitest";
import { linkGlossaryTerms, termPattern, type GlossaryTerm } from "../../src/lib/course/glossary-links.ts";
import { glossaryLinksPlugin } from "../../src/markdown/glossary-links.ts";
import { mdxToHtml } from "../support/mdx-html.ts";

// Mutation-testing companions to glossary-links.test.ts: each case pins a behaviour a surviving mutant broke.
const href = (id: string) => `/relais/glossaire/#${id}`;
const lesson = (mdx: string, terms: readonly GlossaryTerm[]) => mdxToHtml(mdx, [glossaryLinksPlugin(terms, href)]);
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

describe("links", () => {
  test("the link's address and title are the term's, whatever characters they hold", async () => {
    const html = await mdxToHtml("Un troll.", [
      glossaryLinksPlugin([{ id: "troll", term: "Troll", short: `Dit "<non>" & part` }], (id) => `/g?a=1&b="<${id}>"`),
    ]);
    expect(html).toContain(
      '<a class="glossary-link" href="/g?a=1&amp;b=&quot;&lt;troll&gt;&quot;" title="Dit &quot;&lt;non&gt;&quot; &amp; part">troll</a>',
    );
  });

  test("the longest spelling wins whatever the order of the terms", async () => {
    const short = term("engagement", "Engagement");
    const long = term("taux-d-engagement", "Taux d’engagement");
    const expected = ["taux d’engagement→/relais/glossaire/#taux-d-engagement"];
    expect(links(await lesson("Le taux d’engagement monte.", [short, long]))).toEqual(expected);
    expect(links(await lesson("Le taux d’engagement monte.", [long, short]))).toEqual(expected);
    const three = [term("a", "Ab"), term("b", "Ab cd"), term("c", "Ab cd ef")];
    expect(links(await lesson("ab cd ef", three))).toEqual(["ab cd ef→/relais/glossaire/#c"]);
    expect(links(await lesson("ab cd ef", three.toReversed()))).toEqual(["ab cd ef→/relais/glossaire/#c"]);
  });

  test("a term with two spellings is linked once only", async () => {
    const terms = [term("service-client", "SAV / service client")];
    expect(links(await lesson("Le service client, ou SAV, répond.", terms))).toEqual([
      "service client→/relais/glossaire/#service-client",
    ]);
    expect(links(await lesson("Le SAV, puis le service client.", terms))).toEqual([
      "service client→/relais/glossaire/#service-client",
    ]);
    expect(links(await lesson("Le SAV seul.", terms))).toEqual(["SAV→/relais/glossaire/#service-client"]);
  });

  test("two terms in one text node: both linked, the text between them kept", async () => {
    const terms = [term("troll", "Troll"), term("roi", "ROI")];
    const html = await lesson("Avant troll entre ROI après.", terms);
    expect(html).toBe(
      "<p>Avant " +
        '<a class="glossary-link" href="/relais/glossaire/#troll" title="Définition de troll.">troll</a> entre ' +
        '<a class="glossary-link" href="/relais/glossaire/#roi" title="Définition de roi.">ROI</a> après.</p>',
    );
  });
});

describe("linkGlossaryTerms, over the tree", () => {
  const text = (value: string) => ({ type: "text", value });
  test("a term at the very start or end of a text node leaves no empty text beside its link", () => {
    const tree = { type: "root", children: [text("troll")] };
    const [linked] = linkGlossaryTerms(tree, [term("troll", "Troll")], href);
    expect(linked?.parts.map((part) => part.type)).toEqual(["element"]);
    expect(linked?.text).toBe(tree.children[0]);
  });

  test("nodes with nothing to link are not replaced", () => {
    const tree = { type: "root", children: [text("rien"), text(" troll ")] };
    const replaced = linkGlossaryTerms(tree, [term("troll", "Troll")], href);
    expect(replaced.map(({ text }) => text)).toEqual([tree.children[1]]);
    expect(replaced[0]?.parts.map((part) => part.type)).toEqual(["text", "element", "text"]);
  });

  test("the same list of terms gives the same links each time (its spellings are made once)", () => {
    const terms = [term("troll", "Troll"), term("roi", "ROI")];
    const tree = { type: "root", children: [text("Un troll et le ROI.")] };
    const first = linkGlossaryTerms(tree, terms, href);
    expect(linkGlossaryTerms(tree, terms, href)).toEqual(first);
    expect(first[0]?.parts).toHaveLength(5);
  });
});
