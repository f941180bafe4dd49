// The benchmark's synthetic lessons (bench/synthetic-lessons.ts): valid lessons the build accepts,
// 700 to 1,000 words of varied French, and the same files on every run so the three sites of
// `npm run bench -- --compare` and two runs of it build the same text.
import { expect, test } from "vitest";
import { lessonSchema } from "../../src/schemas/lesson.ts";
import { checkFairness, checkGuessing, quizFacts } from "../../src/lib/course/assessment-fairness.ts";
import { syntheticLessons } from "../../bench/synthetic-lessons.ts";
import { plainLines } from "../../bench/french-text.ts";
import { issues } from "../support/schema-issues.ts";
import { lessonParts } from "../support/content-files.ts";
import { typographyProblems } from "../../src/lib/content-check/typography.ts";
import { mdxProblems } from "../../src/lib/content-check/mdx-body.ts";

const MODULES = ["crise", "metier"];
const lessons = syntheticLessons(40, MODULES);
const words = (body: string) => body.split(/[ \n]+/).filter((w) => /\p{L}|\d/u.test(w));

test("every lesson's frontmatter, quiz included, is valid", () => {
  for (const { file, mdx } of lessons) expect(issues(lessonSchema, lessonParts(mdx).data), file).toEqual([]);
});

test("every lesson reads as MDX and follows French typography, as the content check asks", () => {
  for (const { file, mdx } of lessons) {
    expect(mdxProblems(file, mdx), file).toEqual([]);
    expect(typographyProblems(mdx), file).toEqual([]);
  }
});

test("the text is learnt from prose only: an MDX import or component of a playbook is code, not text", () => {
  const playbook = [
    "---",
    "title: x",
    "---",
    'import Diagram from "../../../src/components/diagram/Diagram.astro";',
    "",
    "Avant tout, capturez la publication.",
    "",
    '<Diagram kind="steps" title="Les temps" steps={[{ label: "Capturer" }]} />',
    "",
    "<Diagram",
    '  kind="ladder"',
    "/>",
    "",
    "Ensuite, signalez.",
  ].join("\n");
  expect(plainLines(playbook).prose).toEqual(["Avant tout, capturez la publication.", "Ensuite, signalez."]);
});

test("every lesson names a source, so the modules that require them (plateformes, cadre-legal) accept it", () => {
  for (const { file, mdx } of lessons) {
    const { sources } = lessonParts<{ sources?: unknown[] }>(mdx).data;
    expect(sources?.length, file).toBeGreaterThan(0);
  }
});

test("quizzes the course's fairness checks accept: the answer is neither always first nor always the longest", () => {
  const quizzes = lessons.map(({ file, mdx }) => {
    const { quiz } = lessonParts<{ quiz: Parameters<typeof quizFacts>[1] }>(mdx).data;
    return { file, passScore: 70, questions: quizFacts(file, quiz) };
  });
  expect(
    checkFairness(
      quizzes.flatMap((quiz) => quiz.questions),
      [],
    ),
  ).toEqual([]);
  expect(checkGuessing(quizzes)).toEqual([]);
});

test("bodies of 700 to about 1,000 words in ## sections, with lists, and no MDX markup", () => {
  for (const { file, mdx } of lessons) {
    const { body } = lessonParts(mdx);
    expect(words(body).length, file).toBeGreaterThanOrEqual(700);
    expect(words(body).length, file).toBeLessThanOrEqual(1010);
    expect(body, file).toMatch(/^## \S/m);
    expect(body, file).not.toMatch(/[{}<>|]/);
  }
  expect(lessons.filter(({ mdx }) => /^(-|\d+\.) \S/m.test(mdx)).length).toBeGreaterThan(lessons.length / 2);
});

test("varied text: many distinct words, no two bodies alike", () => {
  const bodies = lessons.map(({ mdx }) => lessonParts(mdx).body);
  expect(new Set(bodies).size).toBe(bodies.length);
  expect(new Set(bodies.flatMap(words).map((w) => w.toLowerCase())).size).toBeGreaterThan(2000);
});

test("the same lessons on every run, lesson n whatever their number, spread over the modules", () => {
  expect(syntheticLessons(40, MODULES)).toEqual(lessons);
  expect(syntheticLessons(3, MODULES)).toEqual(lessons.slice(0, 3));
  expect(lessons.slice(0, 3).map((l) => l.file)).toEqual([
    "crise/synthese-0.mdx",
    "metier/synthese-1.mdx",
    "crise/synthese-2.mdx",
  ]);
});
