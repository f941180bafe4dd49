// A lesson's frontmatter (src/schemas/lesson.ts), parsed as the build parses it: each rule
// refuses with the line an author reads, « field: message ». Whether a module or a lesson named
// here exists is decided across files (src/lib/course/course-checks.ts, tests/content/).
import { describe, expect, test } from "vitest";
import type { z } from "astro/zod";
import { lessonSchema } from "../../src/schemas/lesson.ts";
import { describeBuildCases, issues, parsed } from "../support/schema-issues.ts";
import { fixtureData, replace } from "../support/content-files.ts";

const FIRST = "lessons/alpha/premiere.mdx";
const LESSONS = [FIRST, "lessons/alpha/deuxieme.mdx", "lessons/troisieme.mdx", "lessons/piege.mdx"];

type LessonInput = z.input<typeof lessonSchema>;
/** The first fixture lesson with some fields changed (undefined: removed). */
const lessonWith = (fields: Record<string, unknown>) =>
  issues(lessonSchema, { ...fixtureData<LessonInput>(FIRST), ...fields });

/** One more single-choice question, as a quiz's YAML lines. */
const extraQuestion = (id: string) => `    - id: ${id}
      kind: single
      prompt: Laquelle\u00a0?
      explanation: Celle-ci.
      options:
        - id: a
          text: Oui
          correct: true
          feedback: Bien.
        - id: b
          text: Non
          feedback: Pas ici.
`;

test("every fixture lesson is valid", () => {
  for (const file of LESSONS) expect(issues(lessonSchema, fixtureData(file)), file).toEqual([]);
});

test("references become { id, collection }, and optional lists default to empty", () => {
  const lesson = parsed(lessonSchema, fixtureData("lessons/alpha/deuxieme.mdx"));
  expect(lesson.module).toEqual({ id: "alpha", collection: "modules" });
  expect(lesson.prerequisites).toEqual([{ id: "premiere", collection: "lessons" }]);
  expect(lesson.related).toEqual([{ id: "troisieme", collection: "lessons" }]);
  const first = parsed(lessonSchema, fixtureData(FIRST));
  expect([first.prerequisites, first.related, first.keywords]).toEqual([[], [], []]);
  expect(first.checked).toEqual(new Date("2026-11-01T00:00:00Z"));
  expect(first.minutes).toBeUndefined();
});

describeBuildCases(lessonSchema, [
  {
    name: "an explainer with a CM-length quiz",
    file: "lessons/troisieme.mdx",
    edit: replace(
      /\n---\n\n## Pour les proches/,
      `\n${extraQuestion("q3")}${extraQuestion("q4")}---\n\n## Pour les proches`,
    ),
    says: [
      "quiz.questions: une explication se termine par une courte vérification de 2 ou 3 questions écrites pour son lecteur (ici\u00a0: 4)",
    ],
  },
  {
    name: "an explainer with a single question",
    file: "lessons/troisieme.mdx",
    edit: replace(/    - id: q2\n[\s\S]*?(?=---\n)/, ""),
    says: [
      "quiz.questions: une explication se termine par une courte vérification de 2 ou 3 questions écrites pour son lecteur (ici\u00a0: 1)",
    ],
  },
  { name: "missing title", file: FIRST, edit: replace(/^title: .*\n/m, ""), says: ["title: le titre est obligatoire"] },
  {
    name: "unknown audience",
    file: FIRST,
    edit: replace("audiences: [cm-junior]", "audiences: [cm-junior, stagiaire]"),
    says: [
      "audiences.1: public inconnu («\u00a0stagiaire\u00a0»)\u00a0: choisir parmi «\u00a0cm-junior\u00a0», «\u00a0parent\u00a0», «\u00a0dirigeant\u00a0»",
    ],
  },
  {
    name: "trainers as an audience: they have their guides",
    file: FIRST,
    edit: replace("audiences: [cm-junior]", "audiences: [cm-junior, formateur]"),
    says: [
      "audiences.1: le public «\u00a0formateur\u00a0» ne s'indique plus ici\u00a0: les formateurs ont un guide par module (content/guides/), retirer formateur de la liste",
    ],
  },
  {
    name: "lesson in two modules",
    file: FIRST,
    edit: replace("module: alpha", "module: [alpha, beta]"),
    says: [
      "module: une leçon appartient à un seul module\u00a0: garder un seul nom, et ranger une copie ailleurs si besoin",
    ],
  },
]);

describe("each field's rule", () => {
  test("kind and level come from their lists", () => {
    expect(lessonWith({ kind: undefined })).toEqual([
      "kind: type de leçon inconnu\u00a0: choisir parmi «\u00a0lecon\u00a0», «\u00a0playbook\u00a0», «\u00a0explication\u00a0», «\u00a0cas\u00a0»",
    ]);
    expect(lessonWith({ level: "expert" })).toEqual([
      "level: niveau inconnu («\u00a0expert\u00a0»)\u00a0: choisir parmi «\u00a0debutant\u00a0», «\u00a0intermediaire\u00a0», «\u00a0confirme\u00a0»",
    ]);
  });

  test("minutes: a whole number from 1 to 120, or none", () => {
    expect(parsed(lessonSchema, { ...fixtureData<LessonInput>(FIRST), minutes: 120 }).minutes).toBe(120);
    for (const minutes of ["dix", 7.5])
      expect(lessonWith({ minutes }), String(minutes)).toEqual(["minutes: durée en minutes attendue"]);
    // Out of bounds, the message says the bound and the value, not that a duration is expected.
    expect(lessonWith({ minutes: 0 })).toEqual(["minutes: plus de 0 (ici\u00a0: 0)"]);
    expect(lessonWith({ minutes: 500 })).toEqual(["minutes: au plus 120 (ici\u00a0: 500)"]);
  });

  test("objectives: a list of at least one line", () => {
    expect(lessonWith({ objectives: "Lire" })).toEqual(["objectives: liste d'objectifs attendue"]);
    expect(lessonWith({ objectives: [] })).toEqual(["objectives: indiquer au moins un objectif"]);
    expect(lessonWith({ objectives: ["  "] })).toEqual(["objectives.0: un objectif\u00a0: ne doit pas être vide"]);
  });

  test("module: one file name", () => {
    expect(lessonWith({ module: undefined })).toEqual([
      "module: nom du module attendu (le nom d'un fichier de content/modules, sans .yaml)",
    ]);
  });

  test("order: a position from 1", () => {
    for (const order of [undefined, 0, 1.5, "premier"]) {
      expect(lessonWith({ order }), String(order)).toEqual(["order: position dans le module attendue (1, 2, 3…)"]);
    }
  });

  test("checked: a real day written AAAA-MM-JJ, never moved to another day", () => {
    expect(lessonWith({ checked: undefined })).toEqual([
      "checked: date de vérification est obligatoire, au format AAAA-MM-JJ",
    ]);
    expect(lessonWith({ checked: 20261130 })).toEqual([
      "checked: date de vérification\u00a0: date attendue au format AAAA-MM-JJ",
    ]);
    for (const checked of ["2026-13-45", "2026-02-30", "2026-02-29"]) {
      expect(lessonWith({ checked }), checked).toEqual([
        `checked: date de vérification\u00a0: «\u00a0${checked}\u00a0» n'est pas un jour du calendrier`,
      ]);
    }
    expect(lessonWith({ checked: "novembre 2026" })).toEqual([
      "checked: date de vérification\u00a0: date attendue au format AAAA-MM-JJ (par exemple 2026-11-22), pas «\u00a0novembre 2026\u00a0»",
    ]);
    expect(
      parsed(lessonSchema, { ...fixtureData<Record<string, unknown>>(FIRST), checked: "2028-02-29" }).checked,
    ).toEqual(new Date("2028-02-29T00:00:00Z"));
  });

  test("keywords: lines of text", () => {
    expect(lessonWith({ keywords: ["bad buzz", ""] })).toEqual(["keywords.1: un mot-clé\u00a0: ne doit pas être vide"]);
  });

  test("a field the schema does not know is named", () => {
    expect(lessonWith({ auteur: "Inès", duree: 5 })).toEqual(["champ inconnu\u00a0: auteur, duree"]);
  });

  test("a lesson has a quiz", () => {
    expect(lessonWith({ quiz: undefined })).toEqual(["quiz: champ obligatoire\u00a0: des champs (clé: valeur)"]);
  });
});

describe("sources", () => {
  const source = {
    title: "Pharos",
    publisher: "Ministère de l'Intérieur",
    url: "https://www.internet-signalement.gouv.fr/",
    consulted: "2026-12-06",
  };
  test("title, publisher, an https address and the day it was consulted", () => {
    expect(lessonWith({ sources: [source] })).toEqual([]);
    expect(
      parsed(lessonSchema, { ...fixtureData<Record<string, unknown>>(FIRST), sources: [source] }).sources[0]?.consulted,
    ).toEqual(new Date("2026-12-06T00:00:00Z"));
  });
  test("each part is checked, the day too", () => {
    expect(lessonWith({ sources: [{ ...source, url: "http://example.org/" }] })).toEqual([
      "sources.0.url: adresse https:// complète attendue",
    ]);
    expect(lessonWith({ sources: [{ ...source, consulted: "2026-11-31" }] })).toEqual([
      "sources.0.consulted: date de consultation\u00a0: «\u00a02026-11-31\u00a0» n'est pas un jour du calendrier",
    ]);
    expect(lessonWith({ sources: [{ ...source, publisher: undefined }] })).toEqual([
      "sources.0.publisher: l'éditeur de la source est obligatoire",
    ]);
  });
});
