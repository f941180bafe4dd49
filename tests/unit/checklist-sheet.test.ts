// The sheet made of a checklist's answers (src/lib/checklist/checklist-sheet.ts): every item with
// its decision, owner and note, as printed and as the Markdown file, where notes stay text.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { markdownText, sheetOf, toMarkdown } from "../../src/lib/checklist/checklist-sheet.ts";
import type { Answers, ChecklistShape } from "../../src/lib/checklist/checklist-answers.ts";
import { checklist } from "../support/checklist-fixture.ts";

const NBSP = "\u00a0";

/** The checklist cut down to one item, for tests of a single line. */
const one: ChecklistShape = {
  ...checklist,
  sections: [{ id: "s", title: "S", items: [{ id: "i", label: "Item", owner: "cm" }] }],
};

describe("sheetOf", () => {
  test("every item, decided or not, with its owner (chosen, else suggested) and its note on one line", () => {
    const answers: Answers = {
      mentions: { included: true, owner: null, note: " a \n b " },
      avis: { included: false, owner: "partage", note: "trop tôt" },
      publier: { included: null, owner: null, note: "" },
      alerter: { included: true, owner: "service-client", note: "   " },
    };
    expect(sheetOf(checklist, answers)).toEqual([
      {
        title: "Veille",
        rows: [
          { label: "Surveiller les mentions", decision: "in", owner: "CM", note: "a b" },
          { label: "Répondre aux avis", decision: "out", owner: "Partagé", note: "trop tôt" },
          { label: "Publier", decision: "open", owner: "Direction", note: "" },
        ],
      },
      {
        title: "Crise",
        rows: [
          { label: "Alerter", decision: "in", owner: "Service client", note: "" },
          // Never answered: still to decide, no owner anywhere.
          { label: "Porte-parole", decision: "open", owner: "", note: "" },
        ],
      },
    ]);
  });
});

describe("toMarkdown", () => {
  test("the whole sheet, line by line: retained, not retained and undecided items keep owner and note", () => {
    const answers: Answers = {
      mentions: { included: true, owner: null, note: "  premier point \n   second point  " },
      avis: { included: false, owner: "partage", note: "pas avant l’été" },
      publier: { included: true, owner: "service-client", note: "a\nb" },
      alerter: { included: true, owner: null, note: "" },
    };
    expect(toMarkdown(checklist, answers, "6 décembre 2026")).toBe(
      [
        "# Fiche de poste CM",
        "",
        "Fiche établie le 6 décembre 2026 avec Relais.",
        "",
        "## Veille",
        "",
        `- [x] Surveiller les mentions — Responsable${NBSP}: CM`,
        `  - Note${NBSP}: premier point second point`,
        `- [ ] Répondre aux avis (non retenu) — Responsable${NBSP}: Partagé`,
        `  - Note${NBSP}: pas avant l’été`,
        `- [x] Publier — Responsable${NBSP}: Service client`,
        `  - Note${NBSP}: a b`,
        "",
        "## Crise",
        "",
        "- [x] Alerter",
        "- [ ] Porte-parole (à décider)",
        "",
      ].join("\n"),
    );
  });

  test("an undecided item keeps its owner and note", () => {
    expect(toMarkdown(one, { i: { included: null, owner: "direction", note: "x \n y" } }, "hier")).toBe(
      [
        "# Fiche de poste CM",
        "",
        "Fiche établie le hier avec Relais.",
        "",
        "## S",
        "",
        `- [ ] Item (à décider) — Responsable${NBSP}: Direction`,
        `  - Note${NBSP}: x y`,
        "",
      ].join("\n"),
    );
  });

  test("only collapses whitespace around line breaks", () => {
    const noteLine = (note: string) =>
      toMarkdown(one, { i: { included: true, owner: null, note } }, "hier").split("\n")[7];
    expect(noteLine("un\ndeux")).toBe(`  - Note${NBSP}: un deux`);
    expect(noteLine("un \n deux")).toBe(`  - Note${NBSP}: un deux`);
    expect(noteLine("un  \n\n  deux")).toBe(`  - Note${NBSP}: un deux`);
    expect(noteLine("un  deux")).toBe(`  - Note${NBSP}: un  deux`);
  });

  test("a note is text: HTML, emphasis and table pipes are escaped", () => {
    const noteLine = (note: string) =>
      toMarkdown(one, { i: { included: false, owner: null, note } }, "hier").split("\n")[7];
    expect(noteLine("<b>x</b>")).toBe(`  - Note${NBSP}: \\<b\\>x\\</b\\>`);
    expect(noteLine("*x* et _y_")).toBe(`  - Note${NBSP}: \\*x\\* et \\_y\\_`);
    expect(noteLine("a | b")).toBe(`  - Note${NBSP}: a \\| b`);
  });

  test("so are the checklist's own words", () => {
    const starred: ChecklistShape = {
      title: "Rôle *CM*",
      labels: { included: "Retenu", owner: "Qui <b>", note: "Note_x" },
      sections: [{ id: "s", title: "S [1]", items: [{ id: "i", label: "A | B", owner: "cm" }] }],
    };
    const lines = toMarkdown(starred, { i: { included: true, owner: null, note: "n" } }, "hier").split("\n");
    expect(lines[0]).toBe("# Rôle \\*CM\\*");
    expect(lines[4]).toBe("## S \\[1\\]");
    expect(lines[6]).toBe(`- [x] A \\| B — Qui \\<b\\>${NBSP}: CM`);
    expect(lines[7]).toBe(`  - Note\\_x${NBSP}: n`);
  });
});

describe("markdownText", () => {
  test("escapes each character Markdown or HTML reads as markup, and nothing else", () => {
    expect(markdownText("\\ ` * _ [ ] < > | ~")).toBe("\\\\ \\` \\* \\_ \\[ \\] \\< \\> \\| \\~");
    expect(markdownText("Plan « B » : 1. (voir) # 2 + 3 - 4 ! R&D")).toBe("Plan « B » : 1. (voir) # 2 + 3 - 4 ! R&D");
  });

  test("an « & » is escaped only where it would start an entity", () => {
    expect(markdownText("&amp; &#60; &#x3C; R&D")).toBe("\\&amp; \\&#60; \\&#x3C; R&D");
  });

  test("whatever the text, unescaping gives it back and no markup character is left bare", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."ab <>*_`|[]\\&#;~é ") }), (text) => {
        const escaped = markdownText(text);
        expect(escaped.replace(/\\(.)/g, "$1")).toBe(text);
        expect(escaped.replace(/\\./g, "")).not.toMatch(/[<>*_`|[\]~\\]/);
      }),
    );
  });
});
