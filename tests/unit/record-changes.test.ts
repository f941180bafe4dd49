// What a lesson, a quiz, a simulation and a checklist write into the learner's progress
// (src/lib/progress/changes.ts, first section): what each change sets, and what it must keep.
import { describe, expect, test } from "vitest";
import { markRead, recordQuiz, recordSimulation, saveChecklistAnswers } from "../../src/lib/progress/changes.ts";
import { quizRecords, simulationPlays, endingRecords, endingsFound } from "../../src/lib/progress/records.ts";
import {
  MAX_PLAYS,
  emptyProgress,
  parseProgress,
  type Progress,
  type QuizResult,
} from "../../src/lib/progress/schema.ts";

const at = (minute: number) => `2026-12-04T10:${String(minute).padStart(2, "0")}:00.000Z`;

/** Progress with something in every collection, a set-aside entry and a name: what no change may lose. */
const lived = (): Progress => ({
  ...emptyProgress(),
  lessons: { autre: { readAt: at(1) } },
  quizzes: { autre: quiz(50, 1) },
  simulations: { autre: { ending: "fin", endingTitle: "Fin", score: 2, best: 5, at: at(1) } },
  checklists: { autre: { i1: { included: true, owner: "cm", note: "à garder" } } },
  unread: { quizzes: { cassee: { percent: "beaucoup" } } },
  unreadAssignments: { vieille: 42 },
  learnerName: "Zoé",
});

function quiz(percent: number, minute: number): QuizResult {
  return {
    answers: { q1: ["a"] },
    correct: percent === 100 ? ["q1"] : [],
    total: 1,
    percent,
    passed: percent >= 80,
    at: at(minute),
    seeds: { q1: "abcd1234" },
  };
}
const play = (ending: string, score: number, minute: number) => ({
  ending,
  endingTitle: `Fin ${ending}`,
  score,
  best: 10,
  at: at(minute),
});

/** Everything but `keys` is the same object as before (untouched, not even copied deep). */
function expectOnlyChanged(before: Progress, after: Progress, keys: (keyof Progress)[]) {
  for (const key of Object.keys({ ...before, ...after }) as (keyof Progress)[]) {
    if (!keys.includes(key)) expect(after[key], key).toBe(before[key]);
  }
}
/** The changed progress still reads back as it was written. */
const roundTrips = (progress: Progress) =>
  expect(parseProgress(JSON.parse(JSON.stringify(progress)))).toEqual(progress);

describe("markRead", () => {
  test("a lesson counts as read from the moment given, the others untouched", () => {
    const before = lived();
    const after = markRead(before, "neuve", new Date(at(30)));
    expect(after.lessons).toEqual({ autre: { readAt: at(1) }, neuve: { readAt: at(30) } });
    expect(after.lessons["autre"]).toBe(before.lessons["autre"]);
    expectOnlyChanged(before, after, ["lessons"]);
    expect(before.lessons["neuve"]).toBeUndefined(); // the progress given is not changed in place
    roundTrips(after);
  });

  test("a second reading keeps the date of the first", () => {
    const once = markRead(emptyProgress(), "l", new Date(at(1)));
    const twice = markRead(once, "l", new Date(at(40)));
    expect(twice.lessons["l"]).toEqual({ readAt: at(1) });
    expect(twice).toBe(once);
  });
});

describe("recordQuiz", () => {
  test("the result is saved with its records, and the lesson counts as read when the quiz was answered", () => {
    const before = lived();
    const after = recordQuiz(before, "neuve", quiz(100, 20));
    expect(after.quizzes["neuve"]).toEqual({ ...quiz(100, 20), records: [{ percent: 100, passed: true, at: at(20) }] });
    expect(after.lessons["neuve"]).toEqual({ readAt: at(20) });
    expect(after.quizzes["autre"]).toBe(before.quizzes["autre"]);
    expect(after.lessons["autre"]).toBe(before.lessons["autre"]);
    expectOnlyChanged(before, after, ["lessons", "quizzes"]);
    roundTrips(after);
  });

  test("a lesson read before keeps the day it was read", () => {
    const read = markRead(emptyProgress(), "l", new Date(at(1)));
    expect(recordQuiz(read, "l", quiz(100, 20)).lessons["l"]).toEqual({ readAt: at(1) });
  });

  test("a worse attempt replaces the last result but not the record it broke", () => {
    const passed = recordQuiz(emptyProgress(), "l", quiz(100, 10));
    const worse = recordQuiz(passed, "l", quiz(0, 20));
    expect(worse.quizzes["l"]!.percent).toBe(0);
    expect(quizRecords(worse.quizzes["l"]!)).toEqual([{ percent: 100, passed: true, at: at(10) }]);
    // A tie is no record: the earlier attempt keeps its date.
    const tie = recordQuiz(worse, "l", quiz(100, 30));
    expect(quizRecords(tie.quizzes["l"]!)).toEqual([{ percent: 100, passed: true, at: at(10) }]);
  });

  test("set-aside entries, the name and the assignments set aside stay as they were", () => {
    const before = lived();
    const after = recordQuiz(before, "cassee", quiz(100, 5));
    expect(after.unread).toBe(before.unread);
    expect(after.unreadAssignments).toBe(before.unreadAssignments);
    expect(after.learnerName).toBe("Zoé");
  });
});

describe("recordSimulation", () => {
  test("a play is saved as the last one, in the history, as a record and as an ending found", () => {
    const before = lived();
    const after = recordSimulation(before, "sim", play("bonne", 8, 3));
    const result = after.simulations["sim"]!;
    expect(result).toMatchObject(play("bonne", 8, 3));
    expect(simulationPlays(result)).toEqual([{ ending: "bonne", endingTitle: "Fin bonne", score: 8, at: at(3) }]);
    expect(endingsFound(result)).toEqual([{ ending: "bonne", endingTitle: "Fin bonne" }]);
    expect(after.simulations["autre"]).toBe(before.simulations["autre"]);
    expectOnlyChanged(before, after, ["simulations"]);
    roundTrips(after);
  });

  test("a worse play joins the history without taking the record", () => {
    const good = recordSimulation(emptyProgress(), "sim", play("bonne", 8, 3));
    const bad = recordSimulation(good, "sim", play("ratee", -1, 4));
    const result = bad.simulations["sim"]!;
    expect(result.ending).toBe("ratee");
    expect(endingRecords(result).map((r) => r.score)).toEqual([8]);
    expect(simulationPlays(result).map((p) => p.ending)).toEqual(["bonne", "ratee"]);
  });

  test("the history is cut to the last MAX_PLAYS plays, as before, and still reads", () => {
    let progress = recordSimulation(emptyProgress(), "sim", play("rare", 3, 0));
    for (let i = 1; i <= MAX_PLAYS + 2; i++)
      progress = recordSimulation(progress, "sim", play("courante", i % 7, i % 60));
    const result = progress.simulations["sim"]!;
    expect(simulationPlays(result)).toHaveLength(MAX_PLAYS);
    expect(simulationPlays(result).at(-1)!.score).toBe((MAX_PLAYS + 2) % 7);
    expect(endingsFound(result).map((e) => e.ending)).toEqual(["rare", "courante"]);
    roundTrips(progress);
  });
});

describe("saveChecklistAnswers", () => {
  const answers = {
    i1: { included: false, owner: null, note: "" },
    i2: { included: null, owner: "direction", note: "x" },
  };

  test("the answers replace those saved for this checklist only", () => {
    const before = lived();
    const after = saveChecklistAnswers(before, "role", answers);
    expect(after.checklists!["role"]).toEqual(answers);
    expect(after.checklists!["autre"]).toBe(before.checklists!["autre"]);
    expectOnlyChanged(before, after, ["checklists"]);
    const again = saveChecklistAnswers(after, "role", {});
    expect(again.checklists!["role"]).toEqual({}); // a sheet cleared is saved cleared
    roundTrips(after);
  });

  test("the first sheet filled creates the collection", () => {
    expect(emptyProgress().checklists).toBeUndefined();
    expect(saveChecklistAnswers(emptyProgress(), "role", answers).checklists).toEqual({ role: answers });
  });
});
