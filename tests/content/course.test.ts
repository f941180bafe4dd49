// The course as promised (README): nine modules or more, 54+ lessons, 5+ per module, each
// 600–1,500 words with an audience, keywords and a quiz of 4+ questions mixing kinds (an explainer:
// 2–3); 5+ lessons for each reader of the schema (trainers have a guide per module instead); 60+
// glossary terms; 5+ simulations of 8+ steps and 3+ endings. Modules and audiences are read from
// content/ and the schema, never listed here.
import { describe, expect, test } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { countWords } from "../../src/lib/course/reading-time.ts";
import { READERS } from "../../src/schemas/vocabulary.ts";
import { EXPLAINER_CHECK } from "../../src/schemas/lesson.ts";
import { DOORS } from "../../src/lib/course/doors.ts";
import { ROOT } from "../support/paths.ts";
import { lessonParts, readYaml } from "../support/content-files.ts";

const CONTENT = join(ROOT, "content");
const filesIn = (dir: string, ext: string) =>
  (readdirSync(join(CONTENT, dir), { recursive: true }) as string[]).filter((f) => f.endsWith(ext)).map((f) => join(CONTENT, dir, f));

const lessons = filesIn("lessons", ".mdx").map((file) => {
  const { data, body } = lessonParts<{
    kind: string;
    module: string;
    audiences: string[];
    keywords?: string[];
    quiz: { questions: { kind: string }[] };
  }>(readFileSync(file, "utf8"));
  return { file: file.slice(CONTENT.length + 1), data, words: countWords(body) };
});
const modules = filesIn("modules", ".yaml").map((f) => f.split("/").pop()!.replace(".yaml", ""));

describe("lessons", () => {
  test("at least 54, and at least 5 in each module (nine at least)", () => {
    expect(modules.length).toBeGreaterThanOrEqual(9);
    expect(lessons.length).toBeGreaterThanOrEqual(54);
    // Every lesson sits in a module file that exists, so the counts below see every lesson.
    expect(lessons.filter((l) => !modules.includes(l.data.module)).map((l) => l.file)).toEqual([]);
    for (const module of modules) {
      expect(lessons.filter((l) => l.data.module === module).length, module).toBeGreaterThanOrEqual(5);
    }
  });

  // An explainer (kind: explication) ends with a 2–3 question check for its parent or boss instead.
  test.each(lessons)("$file: 600–1,500 words, an audience, keywords, a quiz of 4+ questions (an explainer's check: 2–3) of 2+ kinds", ({ data, words }) => {
    expect(words).toBeGreaterThanOrEqual(600);
    expect(words).toBeLessThanOrEqual(1500);
    expect(data.audiences.length).toBeGreaterThan(0);
    expect(data.keywords?.length ?? 0).toBeGreaterThanOrEqual(5);
    if (data.kind === "explication") {
      expect(data.quiz.questions.length).toBeGreaterThanOrEqual(EXPLAINER_CHECK.min);
      expect(data.quiz.questions.length).toBeLessThanOrEqual(EXPLAINER_CHECK.max);
    } else expect(data.quiz.questions.length).toBeGreaterThanOrEqual(4);
    expect(new Set(data.quiz.questions.map((q) => q.kind)).size).toBeGreaterThanOrEqual(2);
  });

  test("every reader has lessons written for it, and no lesson is marked for trainers", () => {
    expect(lessons.filter((l) => l.data.audiences.includes("formateur")).map((l) => l.file)).toEqual([]);
    for (const audience of READERS) {
      expect(lessons.filter((l) => l.data.audiences.includes(audience)).length, audience).toBeGreaterThanOrEqual(5);
    }
  });
});

test("each module has a trainer's guide, and each guide a module", () => {
  const guides = filesIn("guides", ".yaml").map((f) => f.split("/").pop()!.replace(".yaml", ""));
  expect(guides.toSorted()).toEqual(modules.toSorted());
});

test("each door's checklist is one of content/checklists, and the dirigeant door has one", () => {
  const checklists = filesIn("checklists", ".yaml").map((f) => f.split("/").pop()!.replace(".yaml", ""));
  for (const door of DOORS) if (door.checklist) expect(checklists, door.audience).toContain(door.checklist.id);
  expect(DOORS.find((door) => door.audience === "dirigeant")?.checklist?.id).toBe("role-du-cm");
});

test("the glossary has at least 60 terms", () => {
  expect(filesIn("glossary", ".yaml").length).toBeGreaterThanOrEqual(60);
});

describe("simulations", () => {
  const simulations = filesIn("simulations", ".yaml").map((file) => ({
    file: file.slice(CONTENT.length + 1),
    steps: readYaml<{ steps: { ending?: unknown }[] }>(readFileSync(file, "utf8")).steps,
  }));
  test("at least 5", () => expect(simulations.length).toBeGreaterThanOrEqual(5));
  test.each(simulations)("$file: 8+ steps and 3+ endings", ({ steps }) => {
    expect(steps.length).toBeGreaterThanOrEqual(8);
    expect(steps.filter((s) => s.ending).length).toBeGreaterThanOrEqual(3);
  });
});

test("each lesson of a module about law or platforms gives its sources, each consulted on a stated day", () => {
  const strict = filesIn("modules", ".yaml")
    .filter((f) => readYaml<{ needsSources?: boolean }>(readFileSync(f, "utf8")).needsSources === true)
    .map((f) => f.split("/").pop()!.replace(".yaml", ""));
  expect(strict.length, "the legal and platform modules say they need sources").toBeGreaterThanOrEqual(2);
  const sourced = lessons.filter((l) => strict.includes(l.data.module));
  expect(sourced.length).toBeGreaterThanOrEqual(12);
  for (const lesson of sourced) {
    const { data } = lessonParts<{ sources?: { url: string; consulted: unknown }[] }>(
      readFileSync(join(CONTENT, lesson.file), "utf8"),
    );
    expect(data.sources?.length ?? 0, lesson.file).toBeGreaterThan(0);
    for (const source of data.sources ?? []) {
      expect(source.url, lesson.file).toMatch(/^https:\/\//);
      expect(source.consulted, lesson.file).toBeDefined();
    }
  }
});
