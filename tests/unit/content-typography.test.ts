// French typography checked in the content files, at the line (src/lib/content-check/typography.ts):
// a plain space before « : ; ! ? » or inside guillemets is said before a page is built.
import { expect, test } from "vitest";
import { typographyProblems } from "../../src/lib/content-check/typography.ts";

const fix = "mettre une espace insécable (U+00A0)";

test("a plain space before « : ; ! ? » and after « is said at its line, with the words before it", () => {
  const text = [
    "---",
    "title: Le bon réflexe\u00a0: capturer",
    "summary: Que faire ?",
    "---",
    "",
    "Une phrase juste\u00a0; une autre aussi\u00a0!",
    "Attention : un texte mal espacé.",
    "Il dit « bonjour\u00a0».",
    "Un point-virgule ; ici.",
    "Attention : ceci ; oui ? Et « mot » !",
    "## Que faire ?",
  ].join("\n");
  expect(typographyProblems(text)).toEqual([
    {
      line: 3,
      message: `espace ordinaire avant «\u00a0?\u00a0» dans «\u00a0summary: Que faire ?\u00a0»\u00a0: ${fix}`,
    },
    {
      line: 7,
      message: `espace ordinaire avant «\u00a0:\u00a0» dans «\u00a0Attention : un texte\u00a0»\u00a0: ${fix}`,
    },
    {
      line: 8,
      message: `espace ordinaire après «\u00a0«\u00a0» dans «\u00a0Il dit « bonjour\u00a0».\u00a0»\u00a0: ${fix}`,
    },
    {
      line: 9,
      message: `espace ordinaire avant «\u00a0;\u00a0» dans «\u00a0Un point-virgule ; ici.\u00a0»\u00a0: ${fix}`,
    },
    // Every fault of a line, in reading order: the author fixes them all in one go.
    ...[":", ";", "?", "«", "»", "!"].map((mark) => ({
      line: 10,
      message: expect.stringContaining(`«\u00a0${mark}\u00a0» dans`),
    })),
    // In a lesson's body « # » opens a heading, text a reader sees (in YAML it opens a comment).
    { line: 11, message: `espace ordinaire avant «\u00a0?\u00a0» dans «\u00a0## Que faire ?\u00a0»\u00a0: ${fix}` },
  ]);
});

test("no fault in code, comments, imports, table rules, addresses, times and YAML keys", () => {
  const text = [
    "# Un commentaire : libre",
    "title: Titre",
    'import Diagram from "../x.astro";',
    "| Colonne | Autre |",
    "| :--- | ---: |",
    "Écrire `a ? b : c` ou https://exemple.org/x\u00a0?",
    "Rendez-vous à 10:30, pas avant.",
    "```",
    "code : libre ; ici !",
    "```",
    "quiz: { id: q1, text: Oui }",
    "Voir l'icône ![icône](/favicon.svg).",
    "{/* commentaire : à revoir ? */}",
    "Texte {/* à revoir : oui */} suite.",
    "{/*",
    "  Note : à revoir ?",
    "*/}",
  ].join("\n");
  expect(typographyProblems(text).map((p) => p.line)).toEqual([]);
});

test("« # » opens a comment in YAML, in a lesson's frontmatter too, and a heading in its body", () => {
  const lesson = "---\n# note : libre\ntitle: X\n---\n\n## Que faire ?\n";
  expect(typographyProblems(lesson).map((p) => p.line)).toEqual([6]);
  expect(typographyProblems("# note : libre\nterm: X\n")).toEqual([]);
});
