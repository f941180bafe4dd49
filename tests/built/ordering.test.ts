// Without JavaScript, an ordering question is shown as the built page writes it: its steps
// scrambled, never in the right order (the content file's). With JavaScript, the quiz rearranges
// them for each attempt: tests/browser/assessment.test.ts checks that order on every lesson.
import { expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { orderingQuestions } from "../support/course.ts";
import { DIST } from "../support/paths.ts";

const questions = orderingQuestions();

test("the course has ordering questions (else this file tests nothing)", () => {
  expect(questions.length).toBeGreaterThan(0);
});

test.each(questions)(
  "$lesson, $question: its steps, all of them, never in the right order",
  ({ lesson, question, solved }) => {
    const page = parse(readFileSync(join(DIST, "lecons", lesson, "index.html"), "utf8"));
    const shown = page
      .querySelectorAll(`fieldset[data-question="${question}"] ol.steps > li[data-step]`)
      .map((li) => li.getAttribute("data-step"));
    expect(shown.toSorted()).toEqual(solved.toSorted());
    expect(shown).not.toEqual(solved);
  },
);
