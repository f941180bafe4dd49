// A checklist (src/schemas/checklist.ts), parsed as the build parses it: each rule refuses with
// the line an author reads. Item ids are unique across the whole checklist: share links and
// saved answers are keyed by them.
import { describe, expect, test } from "vitest";
import type { z } from "astro/zod";
import { OWNERS, checklistSchema } from "../../src/schemas/checklist.ts";
import { describeBuildCases, issues, parsed } from "../support/schema-issues.ts";
import { fixtureData, replace } from "../support/content-files.ts";

const LIST = "checklists/essai.yaml";
type ChecklistInput = z.input<typeof checklistSchema>;
type SectionInput = ChecklistInput["sections"][number];

const base = () => fixtureData<ChecklistInput>(LIST);
/** The fixture with its first section changed. */
const firstSectionWith = (change: (section: SectionInput) => unknown) =>
  issues(checklistSchema, { ...base(), sections: base().sections.map((s, i) => (i === 0 ? change(s) : s)) });
/** The fixture with the first item of its first section changed. */
const firstItemWith = (fields: Record<string, unknown>) =>
  firstSectionWith((section) => ({
    ...section,
    items: section.items.map((item, i) => (i === 0 ? { ...item, ...fields } : item)),
  }));

test("an item's help is shown as written: a Markdown link in it is refused, a bracket or an address alone is not", () => {
  expect(firstItemWith({ help: "Voir [la leçon](/lecons/moderer-sans-censurer/)." })).toEqual([
    "sections.0.items.0.help: l'aide\u00a0: ce texte s'affiche tel quel, un lien [texte](adresse) n'y devient pas un lien\u00a0: écrire le texte seul",
  ]);
  expect(firstItemWith({ help: "Voir la leçon « Modérer » [fiche] (/lecons/moderer-sans-censurer/)." })).toEqual([]);
});

test("the fixture checklist is valid; an owner is optional", () => {
  const checklist = parsed(checklistSchema, base());
  expect(checklist.sections.map((s) => s.items.map((item) => item.owner ?? null))).toEqual([
    ["cm", null],
    ["direction"],
  ]);
  expect(OWNERS).toContain("hors-perimetre");
});

describeBuildCases(checklistSchema, [
  {
    name: "checklist item with an unknown owner",
    file: LIST,
    edit: replace("        owner: direction", "        owner: stagiaire"),
    says: [
      "sections.1.items.0.owner: propriétaire inconnu («\u00a0stagiaire\u00a0»)\u00a0: choisir parmi «\u00a0cm\u00a0», «\u00a0direction\u00a0», «\u00a0service-client\u00a0», «\u00a0partage\u00a0», «\u00a0hors-perimetre\u00a0»",
    ],
  },
  {
    name: "checklist with a duplicate item id",
    file: LIST,
    edit: replace("      - id: alerte", "      - id: concours"),
    says: ["sections.1.items.0.id: l'identifiant «\u00a0concours\u00a0» est utilisé deux fois"],
  },
  {
    name: "checklist with a duplicate item id and an unknown owner: both at once",
    file: LIST,
    edit: (text) => replace("      - id: alerte", "      - id: concours")(text).replace("owner: cm", "owner: patron"),
    says: [
      /^sections\.0\.items\.0\.owner: /,
      "sections.1.items.0.id: l'identifiant «\u00a0concours\u00a0» est utilisé deux fois",
    ],
  },
]);

describe("each rule", () => {
  test("ids: lowercase letters, digits and dashes", () => {
    expect(firstItemWith({ id: 3 })).toEqual([
      "sections.0.items.0.id: identifiant attendu (minuscules, chiffres, tirets)",
    ]);
    expect(firstSectionWith((section) => ({ ...section, id: "Animation" }))).toEqual([
      "sections.0.id: identifiant en minuscules sans accents ni espaces, par exemple moderation",
    ]);
  });

  test("a section id appears once", () => {
    expect(issues(checklistSchema, fixtureData(LIST, replace("  - id: crise", "  - id: animation")))).toEqual([
      "sections.1.id: la section «\u00a0animation\u00a0» existe deux fois",
    ]);
  });

  test("a label fits one printed line: 120 characters at most", () => {
    expect(firstItemWith({ label: "x".repeat(120) })).toEqual([]);
    expect(firstItemWith({ label: "x".repeat(121) })).toEqual([
      "sections.0.items.0.label: libellé trop long (120 caractères au plus)",
    ]);
  });

  test("an item has its label and help", () => {
    expect(firstItemWith({ label: undefined, help: " " })).toEqual([
      "sections.0.items.0.label: le libellé est obligatoire",
      "sections.0.items.0.help: l'aide\u00a0: ne doit pas être vide",
    ]);
  });

  test("the instructions above the form are required", () => {
    expect(issues(checklistSchema, { ...base(), instructions: undefined })).toEqual([
      "instructions: la consigne est obligatoire",
    ]);
  });

  test("the three column headings are required", () => {
    expect(issues(checklistSchema, { ...base(), labels: { included: "Oui", owner: "Qui" } })).toEqual([
      "labels.note: labels.note est obligatoire",
    ]);
  });

  test("at least one section, and one item in each", () => {
    expect(issues(checklistSchema, { ...base(), sections: [] })).toEqual(["sections: au moins 1 élément"]);
    expect(firstSectionWith((section) => ({ ...section, items: [] }))).toEqual([
      "sections.0.items: au moins 1 élément",
    ]);
  });
});
