// What a package reports to a SCORM 1.2 LMS (src/lib/lms/scorm-status.ts, scorm-interactions.ts):
// its status and score from the learner's progress, where to resume, and each answered question
// as cmi.interactions.n.* in SCORM 1.2's formats.
import { describe, expect, test } from "vitest";
import type { PackageDescription } from "../../src/lib/lms/package-description.ts";
import { lessonLocation, locationItem, scormStanding } from "../../src/lib/lms/scorm-status.ts";
import { scormInteraction, scormTime } from "../../src/lib/lms/scorm-interactions.ts";
import { questionInteraction } from "../../src/lib/lms/question-interaction.ts";
import { emptyProgress, type Progress, type QuizResult } from "../../src/lib/progress/schema.ts";
import { courseQuizzes } from "../support/lms-course.ts";

const item = (kind: "lecon" | "simulation", id: string, scored: boolean) => ({
  kind,
  id,
  title: id,
  path: `${kind === "lecon" ? "lecons" : "simulations"}/${id}/index.html`,
  scored,
});
const description: PackageDescription = {
  format: "relais-scorm",
  version: 1,
  id: "relais-crise",
  title: "Crise",
  passPercent: 80,
  items: [item("lecon", "lue", false), item("lecon", "quiz", true), item("simulation", "sim", true)],
};
const at = "2027-02-01T10:00:00.000Z";
const quiz = (percent: number, records?: number[]): QuizResult => ({
  answers: {},
  correct: [],
  total: 10,
  percent,
  passed: percent >= 70,
  at,
  ...(records ? { records: records.map((p) => ({ percent: p, passed: p >= 70, at })) } : {}),
});
const sim = (score: number, best = 10) => ({ ending: "fin", endingTitle: "Fin", score, best, at });
const progress = (p: Partial<Progress>): Progress => ({ ...emptyProgress(), ...p });

describe("status and score", () => {
  test("nothing attempted: incomplete, no score", () => {
    expect(scormStanding(progress({ lessons: { lue: { readAt: at } } }), description)).toEqual({
      status: "incomplete",
      score: undefined,
    });
  });

  test("one scored item of two attempted: incomplete, the other counting 0 in the score", () => {
    expect(scormStanding(progress({ quizzes: { quiz: quiz(90) } }), description)).toEqual({
      status: "incomplete",
      score: 45,
    });
  });

  test("every scored item attempted: failed under the pass mark, passed at it", () => {
    expect(scormStanding(progress({ quizzes: { quiz: quiz(60) }, simulations: { sim: sim(9) } }), description)).toEqual(
      {
        status: "failed",
        score: 75,
      },
    );
    expect(scormStanding(progress({ quizzes: { quiz: quiz(70) }, simulations: { sim: sim(9) } }), description)).toEqual(
      {
        status: "passed",
        score: 80,
      },
    );
  });

  test("each item counts its best attempt: a worse replay never fails a passed package", () => {
    const replayed = progress({ quizzes: { quiz: quiz(40, [60, 100]) }, simulations: { sim: sim(9) } });
    expect(scormStanding(replayed, description)).toEqual({ status: "passed", score: 95 });
  });

  test("a package with nothing scored is completed once every item is read", () => {
    const reading = { ...description, items: [item("lecon", "lue", false), item("lecon", "autre", false)] };
    expect(scormStanding(progress({ lessons: { lue: { readAt: at } } }), reading).status).toBe("incomplete");
    const both = progress({ lessons: { lue: { readAt: at }, autre: { readAt: at } } });
    expect(scormStanding(both, reading)).toEqual({ status: "completed", score: undefined });
  });
});

describe("location", () => {
  test("an item's page is its location, with or without index.html; other pages are none", () => {
    expect(lessonLocation(description, "lecons/quiz/index.html")).toBe("lecons/quiz/index.html");
    expect(lessonLocation(description, "lecons/quiz/")).toBe("lecons/quiz/index.html");
    expect(lessonLocation(description, "index.html")).toBeUndefined();
    expect(lessonLocation(description, "glossaire/index.html")).toBeUndefined();
  });

  test("a location leads back to its item, an unknown one nowhere", () => {
    expect(locationItem(description, "simulations/sim/index.html")?.id).toBe("sim");
    expect(locationItem(description, "")).toBeUndefined();
    expect(locationItem(description, "../ailleurs.html")).toBeUndefined();
  });
});

describe("interactions in SCORM 1.2 formats", () => {
  const quizzes = courseQuizzes();
  const all = Object.entries(quizzes).flatMap(([lesson, qs]) => qs.map((q) => ({ lesson, q })));
  const morning = new Date(2027, 1, 1, 9, 5, 7);

  test("a multiple choice: its letters, comma-separated", () => {
    const { lesson, q } = all.find(({ q }) => q.kind === "multiple" && q.expected.length > 1)!;
    const elements = scormInteraction(3, questionInteraction(lesson, q, q.expected.slice(0, 1)), morning);
    expect(Object.fromEntries(elements)).toEqual({
      "cmi.interactions.3.id": `${lesson}.${q.id}`,
      "cmi.interactions.3.type": "choice",
      "cmi.interactions.3.student_response": q.expected[0],
      "cmi.interactions.3.correct_responses.0.pattern": q.expected.join(","),
      "cmi.interactions.3.result": "wrong",
      "cmi.interactions.3.time": "09:05:07",
    });
    expect(elements[0]![0]).toBe("cmi.interactions.3.id");
  });

  test("an ordering: each step as the letter of its place in the right order", () => {
    const { lesson, q } = all.find(({ q }) => q.kind === "ordering")!;
    const elements = Object.fromEntries(
      scormInteraction(0, questionInteraction(lesson, q, q.expected.toReversed()), morning),
    );
    const letters = "abcdefghij".slice(0, q.expected.length).split("");
    expect(elements["cmi.interactions.0.type"]).toBe("sequencing");
    expect(elements["cmi.interactions.0.correct_responses.0.pattern"]).toBe(letters.join(","));
    expect(elements["cmi.interactions.0.student_response"]).toBe(letters.toReversed().join(","));
  });

  test("every question of the course gives SCORM 1.2 values", () => {
    for (const { lesson, q } of all) {
      const elements = Object.fromEntries(scormInteraction(0, questionInteraction(lesson, q, q.expected), morning));
      expect(elements["cmi.interactions.0.id"]).toMatch(/^[\u0021-\u007E]{1,255}$/);
      expect(elements["cmi.interactions.0.student_response"]).toMatch(/^[a-z0-9](,[a-z0-9])*$/);
      expect(elements["cmi.interactions.0.correct_responses.0.pattern"]).toBe(
        elements["cmi.interactions.0.student_response"],
      );
      expect(elements["cmi.interactions.0.result"]).toBe("correct");
    }
    expect(scormTime(new Date(2027, 0, 1, 23, 59, 0))).toMatch(/^23:59:00$/);
  });
});
