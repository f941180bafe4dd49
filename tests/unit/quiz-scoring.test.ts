import { describe, expect, test } from "vitest";
import { isRight, scoreQuiz, type AnswerKey } from "../../src/lib/quiz/quiz-scoring.ts";

const single: AnswerKey = { id: "q1", kind: "single", expected: ["b"] };
const multiple: AnswerKey = { id: "q2", kind: "multiple", expected: ["a", "c"] };
const ordering: AnswerKey = { id: "q3", kind: "ordering", expected: ["s1", "s2", "s3", "s4"] };

describe("isRight", () => {
  test("single choice: only the right option", () => {
    expect(isRight(single, ["b"])).toBe(true);
    expect(isRight(single, ["a"])).toBe(false);
    expect(isRight(single, [])).toBe(false);
    expect(isRight(single, undefined)).toBe(false);
  });
  test("multiple choice: all the right options and nothing else, in any order", () => {
    expect(isRight(multiple, ["c", "a"])).toBe(true);
    expect(isRight(multiple, ["a"])).toBe(false);
    expect(isRight(multiple, ["a", "b", "c"])).toBe(false);
    expect(isRight(multiple, ["a", "a"])).toBe(false);
    // As many options as expected, one of them wrong.
    expect(isRight(multiple, ["a", "b"])).toBe(false);
  });
  test("ordering: the exact order", () => {
    expect(isRight(ordering, ["s1", "s2", "s3", "s4"])).toBe(true);
    expect(isRight(ordering, ["s2", "s1", "s3", "s4"])).toBe(false);
    expect(isRight(ordering, ["s1", "s2", "s3"])).toBe(false);
  });
});

describe("scoreQuiz", () => {
  const keys = [single, multiple, ordering];
  test("counts right answers and lists the missed ones", () => {
    expect(scoreQuiz(keys, { q1: ["b"], q2: ["a"], q3: ["s1", "s2", "s3", "s4"] }, 70)).toEqual({
      correct: ["q1", "q3"],
      missed: ["q2"],
      total: 3,
      percent: 66,
      passed: false,
    });
  });
  test("a quiz without questions scores 0 %, never « NaN % »", () => {
    expect(scoreQuiz([], {}, 70)).toEqual({ correct: [], missed: [], total: 0, percent: 0, passed: false });
  });
  test("passes at the bar, not below it", () => {
    expect(scoreQuiz(keys, { q1: ["b"], q2: ["a"], q3: ["s1", "s2", "s3", "s4"] }, 66).passed).toBe(true);
    expect(scoreQuiz(keys, { q1: ["b"], q2: ["c", "a"], q3: ["s1", "s2", "s3", "s4"] }, 100).passed).toBe(true);
  });
});
