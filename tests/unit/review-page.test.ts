// The review page's named changes and the data the build writes for it (lib/review/review-session.ts,
// review-changes.ts, review-data.ts).
import { expect, test } from "vitest";
import { emptyProgress, type QuizResult } from "../../src/lib/progress/schema";
import { answerInReview, courseChanges, openReviews } from "../../src/lib/review/review-session";
import { recordQuizAndMisses } from "../../src/lib/review/review-changes";
import { courseFingerprints, isReviewable, reviewLesson } from "../../src/lib/review/review-data";
import { questionFingerprint } from "../../src/lib/review/fingerprint";
import { DAY_MS, reviewKey } from "../../src/lib/review/review-state";
import type { Question } from "../../src/schemas/quiz";

const T0 = new Date("2027-01-11T09:00:00Z");
const result = (correct: string[]): QuizResult => ({
  answers: { q1: ["a"], q2: ["b"] },
  correct,
  total: 2,
  percent: correct.length * 50,
  passed: correct.length === 2,
  at: T0.toISOString(),
});

test("a checked quiz is recorded and its missed questions go to review, due the next day", () => {
  const progress = recordQuizAndMisses(emptyProgress(), "lecon", result(["q2"]), [{ id: "q1", fingerprint: "f1" }]);
  expect(progress.quizzes["lecon"]?.percent).toBe(50);
  expect(Object.keys(progress.reviews ?? {})).toEqual([reviewKey("lecon", "q1")]);
  expect(Date.parse(progress.reviews![reviewKey("lecon", "q1")]!.due)).toBe(T0.getTime() + DAY_MS);
  // Nothing missed: the quiz is recorded, no review entry appears.
  expect(recordQuizAndMisses(emptyProgress(), "lecon", result(["q1", "q2"]), []).reviews).toBeUndefined();
});

test("opening the page: gone questions leave, rewritten ones start over, misses are applied; the counts are said", () => {
  let progress = recordQuizAndMisses(emptyProgress(), "lecon", result([]), [
    { id: "q1", fingerprint: "f1" },
    { id: "q2", fingerprint: "f2" },
  ]);
  progress = recordQuizAndMisses(progress, "retiree", result([]), [{ id: "q1", fingerprint: "x" }]);
  const course = new Map([
    [reviewKey("lecon", "q1"), "f1"],
    [reviewKey("lecon", "q2"), "f2-reecrite"],
  ]);
  const now = new Date(T0.getTime() + DAY_MS);
  expect(courseChanges(progress, course, now)).toEqual({ dropped: 1, reset: 1 });
  const opened = openReviews(progress, course, now);
  expect(Object.keys(opened.reviews!).toSorted()).toEqual([reviewKey("lecon", "q1"), reviewKey("lecon", "q2")]);
  const kept = opened.reviews![reviewKey("lecon", "q1")]!;
  expect(kept.misses).toEqual([]);
  expect(kept.card).toBeDefined();
  expect(opened.reviews![reviewKey("lecon", "q2")]!.fingerprint).toBe("f2-reecrite");
});

test("answering on the review page moves only that question; an unknown key changes nothing", () => {
  const now = new Date(T0.getTime() + DAY_MS);
  const progress = openReviews(
    recordQuizAndMisses(emptyProgress(), "lecon", result([]), [{ id: "q1", fingerprint: "f1" }]),
    new Map([[reviewKey("lecon", "q1"), "f1"]]),
    now,
  );
  const before = progress.reviews![reviewKey("lecon", "q1")]!;
  const after = answerInReview(progress, reviewKey("lecon", "q1"), true, now).reviews![reviewKey("lecon", "q1")]!;
  expect(Date.parse(after.due)).toBeGreaterThan(Date.parse(before.due));
  expect(after.card!.reps).toBe(before.card!.reps + 1);
  expect(answerInReview(progress, "autre/q9", true, now)).toBe(progress);
});

const single: Question = {
  id: "q1",
  kind: "single",
  prompt: "Que faire ?",
  explanation: "Parce que.",
  options: [
    { id: "a", text: "Ceci", correct: true, feedback: "Oui." },
    { id: "b", text: "Cela", correct: false, feedback: "Non." },
  ],
};
const ordering: Question = {
  id: "q2",
  kind: "ordering",
  prompt: "Dans quel ordre ?",
  explanation: "Ainsi.",
  steps: [
    { id: "un", text: "Un" },
    { id: "deux", text: "Deux" },
    { id: "trois", text: "Trois" },
  ],
};
const lesson = (kind: string) => ({
  id: "lecon",
  data: { title: "Une leçon", kind, quiz: { questions: [single, ordering] } },
});

test("the build's data: a lesson's questions as the page shows them, explainers' checks left out", () => {
  const data = reviewLesson(lesson("lecon"), "/lecons/lecon/");
  expect(data).toMatchObject({ lesson: "lecon", title: "Une leçon", url: "/lecons/lecon/" });
  expect(data.questions.map((q) => [q.key, q.kind, q.options.length, q.steps.map((s) => s.id)])).toEqual([
    ["lecon/q1", "single", 2, []],
    ["lecon/q2", "ordering", 0, ["un", "deux", "trois"]],
  ]);
  expect(data.questions[0]!.fingerprint).toBe(questionFingerprint(single));
  expect(isReviewable(lesson("explication"))).toBe(false);
  expect(courseFingerprints([lesson("lecon"), { ...lesson("explication"), id: "explication" }])).toEqual({
    "lecon/q1": questionFingerprint(single),
    "lecon/q2": questionFingerprint(ordering),
  });
});
