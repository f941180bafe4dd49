// Where a learner stands on each assigned item, from their progress: the
// assignment's pass score decides, for quizzes and simulations alike.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { completion, itemStatus, statusesOf } from "../../src/lib/assignments/status.ts";
import { emptyProgress, parseProgress, type Progress } from "../../src/lib/progress/schema.ts";
import { assignment } from "../support/assignment-arbitraries.ts";

const at = "2026-11-22T10:00:00.000Z";
function progressWith(change: Partial<Progress>): Progress {
  return { ...emptyProgress(), ...change };
}
const quiz = (percent: number) => ({ answers: {}, correct: [], total: 4, percent, passed: percent >= 50, at });

describe("item status", () => {
  test("a lesson goes from not started, to read, to retry or passed by the assignment's own threshold", () => {
    expect(itemStatus(emptyProgress(), "lecon:a", 70).state).toBe("non-commence");
    const read = progressWith({ lessons: { a: { readAt: at } } });
    expect(itemStatus(read, "lecon:a", 70)).toEqual({ item: "lecon:a", state: "lu", score: null, ending: null, at });
    // The quiz's own pass mark (50 %) does not matter: the assignment asks for 70 %.
    expect(itemStatus(progressWith({ quizzes: { a: quiz(60) } }), "lecon:a", 70).state).toBe("a-refaire");
    expect(itemStatus(progressWith({ quizzes: { a: quiz(70) } }), "lecon:a", 70)).toMatchObject({
      state: "reussi",
      score: 70,
    });
  });

  test("a simulation counts by its ending's share of the best score", () => {
    const ended = (score: number) =>
      progressWith({ simulations: { s: { ending: "fin", endingTitle: "Le calme revient", score, best: 8, at } } });
    expect(itemStatus(ended(6), "simulation:s", 70)).toEqual({
      item: "simulation:s",
      state: "reussi",
      score: 75,
      ending: "Le calme revient",
      at,
    });
    expect(itemStatus(ended(5), "simulation:s", 70)).toMatchObject({ state: "a-refaire", score: 63 });
    expect(itemStatus(ended(-3), "simulation:s", 0)).toMatchObject({ state: "reussi", score: 0 });
  });

  test("completion is the share of passed items, and never exceeds 100", () => {
    fc.assert(
      fc.property(assignment, fc.subarray(["a", "b", "c"]), (a, passed) => {
        const progress = progressWith({ quizzes: Object.fromEntries(passed.map((id) => [id, quiz(100)])) });
        const done = completion(statusesOf(progress, a));
        expect(done).toBeGreaterThanOrEqual(0);
        expect(done).toBeLessThanOrEqual(100);
        expect(statusesOf(progress, a)).toHaveLength(a.items.length);
      }),
    );
  });

  test("progress saved before assignments existed still reads; accepted assignments are checked on read", () => {
    const before = { version: 1, lessons: { a: { readAt: at } }, quizzes: {}, simulations: {} };
    expect(parseProgress(before)).toEqual(before);
    fc.assert(
      fc.property(assignment, (a) => {
        const saved = {
          ...before,
          assignments: { [a.id]: { assignment: a, acceptedAt: at, learnerKey: "cle00000001" } },
        };
        expect(parseProgress(JSON.parse(JSON.stringify(saved)))).toEqual(saved);
      }),
      { numRuns: 30 },
    );
    const tampered = { ...before, assignments: { x: { assignment: { id: "x" }, acceptedAt: at, learnerKey: "k" } } };
    expect(parseProgress(tampered)).toBeUndefined();
  });
});
