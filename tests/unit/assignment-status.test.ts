// Where a learner stands on each assigned item, from their progress: the
// assignment's pass score decides, for quizzes and simulations alike.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { completion, itemStatus, statusesOf } from "../../src/lib/assignments/status.ts";
import { emptyProgress, parseProgress, type Progress } from "../../src/lib/progress/schema.ts";
import { withEndingRecords, withQuizRecords } from "../../src/lib/progress/records.ts";
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
    expect(itemStatus(ended(5), "simulation:s", 70)).toMatchObject({ state: "a-refaire", score: 62 });
    expect(itemStatus(ended(-3), "simulation:s", 0)).toMatchObject({ state: "reussi", score: 0 });
  });

  test("completion is the share of the assignment's items passed", () => {
    fc.assert(
      fc.property(
        assignment.chain((a) => fc.tuple(fc.constant(a), fc.subarray(a.items))),
        ([a, passed]) => {
          const ids = (kind: string) => passed.filter((i) => i.startsWith(kind)).map((i) => i.split(":")[1]!);
          const progress = progressWith({
            quizzes: Object.fromEntries(ids("lecon:").map((id) => [id, quiz(100)])),
            simulations: Object.fromEntries(
              ids("simulation:").map((id) => [id, { ending: "f", endingTitle: "Fin", score: 8, best: 8, at }]),
            ),
          });
          const statuses = statusesOf(progress, a);
          expect(statuses.map((s) => s.item)).toEqual(a.items);
          expect(completion(statuses)).toBe(Math.floor((100 * passed.length) / a.items.length));
        },
      ),
    );
  });

  test("a passed quiz or simulation stays passed when replayed worse, dated by the first pass", () => {
    const later = "2026-11-25T10:00:00.000Z";
    const last = "2026-11-28T10:00:00.000Z";
    const first = withQuizRecords(undefined, quiz(80));
    const worse = withQuizRecords(first, { ...quiz(20), at: later });
    expect(worse).toMatchObject({ percent: 20, at: later, records: [{ percent: 80, at }] });
    expect(itemStatus(progressWith({ quizzes: { a: worse } }), "lecon:a", 70)).toMatchObject({
      state: "reussi",
      score: 80,
      at,
    });
    // A tie sets no record: the earlier attempt keeps its date.
    expect(withQuizRecords(first, { ...quiz(80), at: later }).records).toEqual([{ percent: 80, passed: true, at }]);
    // Passed on time at 75 %, then 100 % after the due date: still dated by the first pass…
    const better = withQuizRecords(withQuizRecords(undefined, quiz(75)), { ...quiz(100), at: last });
    expect(itemStatus(progressWith({ quizzes: { a: better } }), "lecon:a", 70)).toMatchObject({ score: 100, at });
    // …unless the assignment asks for more than the first pass reached.
    expect(itemStatus(progressWith({ quizzes: { a: better } }), "lecon:a", 90)).toMatchObject({ at: last });
    // Progress saved before records existed: the result is its own record.
    expect(itemStatus(progressWith({ quizzes: { a: quiz(60) } }), "lecon:a", 50)).toMatchObject({ state: "reussi" });

    const calm = { ending: "calme", endingTitle: "Le calme revient", score: 8, best: 8, at };
    const replayed = withEndingRecords(withEndingRecords(undefined, calm), {
      ending: "pire",
      endingTitle: "Ça s’envenime",
      score: -2,
      best: 8,
      at: later,
    });
    expect(replayed.endingTitle).toBe("Ça s’envenime");
    expect(itemStatus(progressWith({ simulations: { s: replayed } }), "simulation:s", 70)).toMatchObject({
      state: "reussi",
      score: 100,
      ending: "Le calme revient",
      at,
    });
  });

  test("a simulation's score is compared exactly: 2 points of 3 fall short of 67 %", () => {
    const ended = progressWith({ simulations: { s: { ending: "f", endingTitle: "Fin", score: 2, best: 3, at } } });
    expect(itemStatus(ended, "simulation:s", 67)).toMatchObject({ state: "a-refaire", score: 66 });
    expect(itemStatus(ended, "simulation:s", 66)).toMatchObject({ state: "reussi", score: 66 });
  });

  test("a simulation with no point to earn is passed, at 100 %, by playing it to an ending", () => {
    const ended = progressWith({ simulations: { s: { ending: "f", endingTitle: "Fin", score: 0, best: 0, at } } });
    expect(itemStatus(ended, "simulation:s", 70)).toMatchObject({ state: "reussi", score: 100 });
  });

  test("a report of no items at all is at 0 % done", () => {
    expect(completion([])).toBe(0);
  });

  test("an item named like an Object.prototype member is simply not started", () => {
    expect(itemStatus(emptyProgress(), "lecon:constructor", 50).state).toBe("non-commence");
    expect(itemStatus(emptyProgress(), "simulation:tostring", 50).state).toBe("non-commence");
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
  });

  test("one bad stored assignment is set aside, not the learner's progress or their other assignments", () => {
    fc.assert(
      fc.property(assignment, (a) => {
        const good = { assignment: a, acceptedAt: at, learnerKey: "cle00000001" };
        const bad = { assignment: { id: "x" }, acceptedAt: at, learnerKey: "k" };
        const stored = {
          version: 1,
          lessons: { a: { readAt: at } },
          quizzes: {},
          simulations: {},
          assignments: { [a.id]: good, x: bad, other: { ...good } },
        };
        expect(parseProgress(JSON.parse(JSON.stringify(stored)))).toEqual({
          version: 1,
          lessons: { a: { readAt: at } },
          quizzes: {},
          simulations: {},
          assignments: { [a.id]: good },
          // "other" holds a valid assignment under the wrong key: set aside too.
          unreadAssignments: { x: bad, other: good },
        });
      }),
      { numRuns: 20 },
    );
  });

  test("a name that fails its check is set aside alone, for the learner to correct; keys from a newer release are kept", () => {
    const stored = {
      version: 1,
      lessons: { a: { readAt: at } },
      quizzes: {},
      simulations: {},
      learnerName: "Camille <b>",
      badges: { first: true },
    };
    expect(parseProgress(stored)).toEqual({
      version: 1,
      lessons: { a: { readAt: at } },
      quizzes: {},
      simulations: {},
      badges: { first: true },
      unreadLearnerName: "Camille <b>",
    });
    expect(parseProgress({ ...stored, learnerName: " Camille " })?.learnerName).toBe("Camille");
  });
});
