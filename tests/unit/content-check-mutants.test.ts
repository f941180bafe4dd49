// Mutation-testing companions to content-check-parts.test.ts and content-check.test.ts: each case
// pins a behaviour of the content check (body-links.ts, site-links.ts, check-content.ts) that a
// surviving mutant broke.
import { readdirSync } from "node:fs";
import { join, sep } from "node:path";
import { describe, expect, test } from "vitest";
import { bodyLinks, headingAnchors } from "../../src/lib/content-check/body-links.ts";
import { checkContent, type ContentFiles } from "../../src/lib/content-check/check-content.ts";
import { linkProblem, sitePages, type SiteContent } from "../../src/lib/content-check/site-links.ts";
import { readYaml } from "../../src/lib/content-check/yaml-source.ts";
import { fixedPages } from "../../src/integrations/content-check.ts";
import { useAuthorMessages } from "../../src/schemas/messages.ts";
import { BASE_CONTENT, fixtureText, replace } from "../support/content-files.ts";
import { ROOT } from "../support/paths.ts";

useAuthorMessages();

const hrefs = (body: string) => bodyLinks(body, 1).map((l) => `${l.line}:${l.href}`);

describe("readYaml", () => {
  test("a YAML file of two documents is unreadable, said on its first line", () => {
    expect(readYaml("titre: a\n---\ntitre: b\n", 3).errors).toEqual([
      { line: 3, message: "YAML illisible\u00a0: expected a single document in the stream, but found more" },
    ]);
  });

  test("an empty YAML file puts every field on its first line", () => {
    expect(readYaml("").lineOf([])).toBe(1);
    expect(readYaml("", 2).lineOf(["title"])).toBe(2);
  });
});

describe("code blocks, as Markdown reads them", () => {
  test("backticks inside a sentence open no block: the links after them are checked", () => {
    expect(hrefs("Les ``` ouvrent un bloc de code.\n\n[la suite](/x/)\n")).toEqual(["3:/x/"]);
  });

  test("a line starting with one tilde is no block", () => {
    expect(hrefs("~ 30\u00a0% des messages\n\n[la suite](/x/)\n")).toEqual(["3:/x/"]);
  });

  test("a block closes only on a line of backticks alone (spaces after them allowed)", () => {
    expect(hrefs("```\ncode ```\n[exemple](/x/)\n```\n")).toEqual([]);
    expect(hrefs("```\n``` pas une fin\n[exemple](/x/)\n```\n")).toEqual([]);
    expect(hrefs("```\ncode\n```  \n\n[la suite](/x/)\n")).toEqual(["5:/x/"]);
  });

  test("a code span of two backticks holds no link", () => {
    expect(hrefs("Un ``[exemple](/x/)`` en code.\n")).toEqual([]);
  });
});

describe("heading anchors, as Astro writes them", () => {
  test("HTML or JSX in a heading is dropped, not its words", () => {
    expect(headingAnchors('## Le <abbr>CM</abbr> et la marque\n## Les délais <Badge text="2026" />\n')).toEqual([
      "le-cm-et-la-marque",
      "les-délais",
    ]);
  });

  test("underscores of emphasis are dropped, those inside a word kept", () => {
    expect(headingAnchors("## Un _mot_ et un nom_de_fichier\n")).toEqual(["un-mot-et-un-nom_de_fichier"]);
  });

  test("a heading starts its line with # and a space: a hashtag or a # inside a sentence is no heading", () => {
    expect(headingAnchors("#hashtag du jour\nLe ## n'est pas un titre ici\n## Vrai titre\n")).toEqual(["vrai-titre"]);
  });

  test("a # at the end of a word is kept, only a closing sequence after a space is dropped", () => {
    expect(headingAnchors("## Écrire en C#\n## Fin ##\n")).toEqual(["écrire-en-c", "fin"]);
  });
});

describe("linkProblem", () => {
  const content: SiteContent = {
    lessons: [{ id: "plan-de-crise-2026", anchors: [] }],
    modules: [],
    glossary: Array.from({ length: 9 }, (_, i) => `terme-${i + 1}`),
    simulations: [],
    checklists: ["plan-de-crise"],
    audiences: [],
    fixedPages: ["/"],
    publicFiles: [],
  };
  const site = sitePages(content);

  test("a link that is no address at all is said unreadable", () => {
    expect(linkProblem("https://[exemple]/", "/lecons/x/", site)).toBe("lien illisible\u00a0: https://[exemple]/");
  });

  test("a dead link is matched first with pages of its own section, even when another section's is nearer", () => {
    expect(linkProblem("/lecons/plan-de-crise/", "/", site)).toBe(
      "lien mort\u00a0: /lecons/plan-de-crise/ n'est pas une page du site\u00a0: vouliez-vous dire /lecons/plan-de-crise-2026/\u00a0?",
    );
  });

  test("the anchors of a page are listed up to 8, not beyond", () => {
    expect(linkProblem("/glossaire/#zzz", "/", site)).toBe("ancre inconnue #zzz sur /glossaire/");
    const eight = sitePages({ ...content, glossary: content.glossary.slice(0, 8) });
    expect(linkProblem("/glossaire/#zzz", "/", eight)).toBe(
      "ancre inconnue #zzz sur /glossaire/ (ancres\u00a0: #terme-1, #terme-2, #terme-3, #terme-4, #terme-5, #terme-6, #terme-7, #terme-8)",
    );
  });
});

describe("checkContent", () => {
  const FIRST = "lessons/alpha/premiere.mdx";
  const SECOND = "lessons/alpha/deuxieme.mdx";
  /** The fixture course with `extra` files added or replaced (paths from the content folder). */
  const course = (extra: Record<string, string>): ContentFiles => {
    const read = (folder: string) => {
      const files = readdirSync(join(BASE_CONTENT, folder), { recursive: true, encoding: "utf8" })
        .filter((f) => /\.(mdx|yaml)$/.test(f))
        .map((f) => `${folder}/${f.split(sep).join("/")}`);
      const names = [...new Set([...files, ...Object.keys(extra).filter((f) => f.startsWith(`${folder}/`))])].sort();
      return names.map((name) => ({ file: `content/${name}`, text: extra[name] ?? fixtureText(name) }));
    };
    return {
      contentDir: "content",
      lessons: read("lessons"),
      modules: read("modules"),
      glossary: read("glossary"),
      simulations: read("simulations"),
      checklists: read("checklists"),
      guides: read("guides"),
      fixedPages: fixedPages(join(ROOT, "src/pages")),
      publicFiles: ["/favicon.svg"],
    };
  };
  const lineIn = (text: string, part: string) => text.split("\n").findIndex((line) => line.includes(part)) + 1;

  test("a lesson file with dots in its name has the address the build gives it", () => {
    const dotted = replace("order: 1", "order: 7")(fixtureText(FIRST));
    const linking = `${fixtureText(SECOND).trimEnd()}\n\nVoir [la version 2.0](/lecons/web-2-0/).\n`;
    expect(checkContent(course({ "lessons/alpha/web.2.0.mdx": dotted, [SECOND]: linking }))).toEqual([]);
  });

  test("a problem on the eleventh item of a list is put on that item's line", () => {
    const items = [...Array.from({ length: 10 }, () => "  - troisieme"), "  - inconnue"].join("\n");
    const text = replace("related: [troisieme]", `related:\n${items}`)(fixtureText(SECOND));
    expect(checkContent(course({ [SECOND]: text }))).toEqual([
      {
        file: `content/${SECOND}`,
        line: lineIn(text, "- inconnue"),
        field: "related.10",
        message: "la leçon «\u00a0inconnue\u00a0» n'existe pas",
      },
    ]);
  });

  test("a quiz passed by always ticking the longest option is reported on the lesson's quiz", () => {
    const text = replace(
      "quiz:\n  questions:",
      "quiz:\n  passScore: 50\n  questions:",
    )(
      replace(
        "text: Il anime une communauté",
        "text: Il anime une communauté en ligne, chaque jour",
      )(fixtureText(FIRST)),
    );
    expect(checkContent(course({ [FIRST]: text }))).toEqual([
      {
        file: `content/${FIRST}`,
        line: lineIn(text, "quiz:"),
        field: "quiz",
        message:
          "cocher toujours l'option la plus longue suffit à réussir ce quiz (50\u00a0%, seuil 50\u00a0%)\u00a0: changez l'ordre ou la longueur des options",
      },
    ]);
  });

  test("the problems of one file are listed by line, whatever check found them", () => {
    const text = `${replace("related: [troisieme]", "related: [inconnue]")(fixtureText(SECOND)).trimEnd()}\n\n[mort](/nulle-part/)\n`;
    const problems = checkContent(course({ [SECOND]: text }));
    expect(problems.map((p) => p.line)).toEqual([lineIn(text, "related:"), lineIn(text, "[mort]")]);
  });
});
