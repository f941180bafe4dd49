// The rules of glossary links, seen through the processor that applies them to a lesson's MDX.
import { describe, expect, test } from "vitest";
import { termPattern, type GlossaryTerm } from "../../src/lib/course/glossary-links.ts";
import { glossaryLinksPlugin } from "../../src/markdown/glossary-links.ts";
import { mdxToHtml } from "../support/mdx-html.ts";

const terms: GlossaryTerm[] = [
  { id: "engagement", term: "Engagement", short: "Les réactions." },
  { id: "taux-d-engagement", term: "Taux d’engagement", short: "Réactions rapportées à la portée." },
  { id: "service-client", term: "SAV / service client", short: "L’aide aux clients." },
  { id: "roi", term: "ROI", short: "Retour sur investissement." },
  { id: "troll", term: "Troll", short: "Provocateur." },
];
const href = (id: string) => `/relais/glossaire/#${id}`;
const lesson = (mdx: string, glossary = terms) => mdxToHtml(mdx, [glossaryLinksPlugin(glossary, href)]);
/** The links to the glossary, as « words→address ». */
const links = (html: string) =>
  [...html.matchAll(/<a class="glossary-link" href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => `${m[2]}→${m[1]}`);

describe("the first use of each term is linked", () => {
  test("once, with the term's definition as the link's title", async () => {
    const html = await lesson("Un troll, puis un autre troll.\n\nLes trolls reviennent.");
    expect(html).toContain(
      '<p>Un <a class="glossary-link" href="/relais/glossaire/#troll" title="Provocateur.">troll</a>, puis un autre troll.</p>',
    );
    expect(links(html)).toEqual(["troll→/relais/glossaire/#troll"]);
  });

  test("the longer term wins, and each spelling of a term counts", async () => {
    const html = await lesson("Le taux d’engagement monte ; le service client répond.");
    expect(links(html)).toEqual([
      "taux d’engagement→/relais/glossaire/#taux-d-engagement",
      "service client→/relais/glossaire/#service-client",
    ]);
  });

  test("a shorter term inside a longer one is linked where it stands alone", async () => {
    const html = await lesson("Le taux d’engagement mesure l’engagement.");
    expect(links(html)).toEqual([
      "taux d’engagement→/relais/glossaire/#taux-d-engagement",
      "engagement→/relais/glossaire/#engagement",
    ]);
  });

  test("a plural in s or x is the term's use", async () => {
    expect(links(await lesson("Des trolls."))).toEqual(["trolls→/relais/glossaire/#troll"]);
    const bureau = { id: "bureau", term: "Bureau", short: "Une pièce." };
    expect(links(await lesson("Les bureaux.", [bureau]))).toEqual(["bureaux→/relais/glossaire/#bureau"]);
  });

  test("short acronyms keep their case", async () => {
    expect(links(await lesson("Le roi du silence, puis le ROI."))).toEqual(["ROI→/relais/glossaire/#roi"]);
  });

  test("words on either side of a line break or an emphasis are read apart", async () => {
    expect(links(await lesson("Un<br />troll passe."))).toEqual(["troll→/relais/glossaire/#troll"]);
    expect(links(await lesson("*Un* troll passe."))).toEqual(["troll→/relais/glossaire/#troll"]);
  });

  test("curly quotes made from straight ones still match", async () => {
    expect(links(await lesson("Le taux d'engagement monte."))).toEqual([
      "taux d’engagement→/relais/glossaire/#taux-d-engagement",
    ]);
  });

  test("a term in a table or a list is linked too", async () => {
    expect(links(await lesson("| a |\n|---|\n| troll |"))).toEqual(["troll→/relais/glossaire/#troll"]);
    expect(links(await lesson("- le ROI"))).toEqual(["ROI→/relais/glossaire/#roi"]);
  });

  test("text around the link stays text", async () => {
    const html = await lesson("a &lt;b&gt; troll");
    expect(html).toContain("<p>a &lt;b&gt; <a");
  });

  test("a lesson without any term is left as it is", async () => {
    expect(await lesson("Rien à lier ici.")).toBe(await mdxToHtml("Rien à lier ici.", []));
  });
});

describe("never linked: headings, links, code, what a reader clicks", () => {
  // Each time the term is used first where no link may go, then in the text: the text's use is linked.
  test.each([
    ["h1", "# Le troll"],
    ["h2", "## Le troll"],
    ["h3", "### Le troll"],
    ["h4", "#### Le troll"],
    ["h5", "##### Le troll"],
    ["h6", "###### Le troll"],
    ["a (Markdown)", "[le troll](/x/)"],
    ["a (tag)", '<a href="/x/">le troll</a>'],
    ["code", "`troll`"],
    ["pre > code (fenced)", "```\ntroll\n```"],
    ["pre", "<pre>troll</pre>"],
    ["kbd", "<kbd>troll</kbd>"],
    ["script", '<script type="text/plain">troll</script>'],
    ["style", "<style>troll</style>"],
    ["button", "<button>troll</button>"],
    ["label", "<label>troll</label>"],
    ["h3 (tag)", "<h3>troll</h3>"],
  ])("%s", async (_, first) => {
    const html = await lesson(`${first}\n\nUn troll ici.`);
    expect(links(html)).toEqual(["troll→/relais/glossaire/#troll"]);
    expect(html).toContain('<p>Un <a class="glossary-link"');
  });

  test("inside an element that is none of these, the term is linked", async () => {
    expect(links(await lesson("<span>Un **troll**</span>"))).toEqual(["troll→/relais/glossaire/#troll"]);
  });
});

describe("termPattern", () => {
  test("a term inside a longer word is not a match", () => {
    expect(termPattern("Troll").test("trolleybus")).toBe(false);
    expect(termPattern("Troll").test("des trolls")).toBe(true);
    expect(termPattern("Troll").test("supertroll")).toBe(false);
  });
});
