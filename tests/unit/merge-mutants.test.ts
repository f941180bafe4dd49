// Pins the details of mergeProgress / restoreUnread that mutation testing found unchecked.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { mergeProgress, restoreUnread } from "../../src/lib/progress/merge.ts";
import {
  MAX_PLAYS,
  emptyProgress,
  type Progress,
  type QuizResult,
  type SimulationResult,
} from "../../src/lib/progress/schema.ts";
import { assignment } from "../support/assignment-arbitraries.ts";
import { quizResult } from "../support/quiz-result.ts";

const T = (day: number) => `2026-12-${String(day).padStart(2, "0")}T09:00:00.000Z`;
const quiz = quizResult;
const play = (ending: string, score: number, at: string) => ({ ending, endingTitle: ending.toUpperCase(), score, at });
const sim = (extra: Partial<SimulationResult> = {}): SimulationResult => ({
  ...play("fin", 3, T(1)),
  best: 5,
  ...extra,
});
const p = (extra: Partial<Progress>): Progress => ({ ...emptyProgress(), ...extra });

describe("first reading", () => {
  test("the earlier reading wins, from either side", () => {
    const a = p({ lessons: { l: { readAt: T(1) } } });
    const b = p({ lessons: { l: { readAt: T(5) } } });
    expect(mergeProgress(a, b).lessons.l!.readAt).toBe(T(1));
    expect(mergeProgress(b, a).lessons.l!.readAt).toBe(T(1));
  });
  test("the same instant written two ways: the base's spelling stays", () => {
    const a = p({ lessons: { l: { readAt: "2026-12-01T09:00:00Z" } } });
    const b = p({ lessons: { l: { readAt: "2026-12-01T09:00:00.000Z" } } });
    expect(mergeProgress(a, b).lessons.l!.readAt).toBe("2026-12-01T09:00:00Z");
  });
});

describe("latest quiz attempt", () => {
  const merged = (a: QuizResult, b: QuizResult) =>
    mergeProgress(p({ quizzes: { q: a } }), p({ quizzes: { q: b } })).quizzes.q!;
  test("the later attempt shows, whichever side has it", () => {
    expect(merged(quiz(50, T(1)), quiz(40, T(2))).at).toBe(T(2));
    expect(merged(quiz(40, T(2)), quiz(50, T(1))).at).toBe(T(2));
    expect(merged(quiz(40, T(2)), quiz(50, T(1))).percent).toBe(40);
  });
  test("a tie keeps the base's attempt", () => {
    expect(merged(quiz(50, T(1)), quiz(60, T(1))).percent).toBe(50);
  });
  test("a date that does not parse never wins", () => {
    expect(merged(quiz(50, T(1)), quiz(60, "pas une date")).percent).toBe(50);
    expect(merged(quiz(50, "pas une date"), quiz(60, T(1))).percent).toBe(60);
  });
  test("records are joined oldest first, each beating the one before", () => {
    const a = quiz(90, T(3), { records: [{ percent: 90, passed: true, at: T(3) }] });
    const b = quiz(70, T(2), {
      records: [
        { percent: 50, passed: false, at: T(1) },
        { percent: 70, passed: true, at: T(2) },
      ],
    });
    expect(merged(a, b).records!.map((r) => r.at)).toEqual([T(1), T(2), T(3)]);
  });
  test("a tie is no record: the earlier attempt keeps it", () => {
    const a = quiz(70, T(2), { records: [{ percent: 70, passed: true, at: T(2) }] });
    const b = quiz(70, T(1), { records: [{ percent: 70, passed: true, at: T(1) }] });
    expect(merged(a, b).records).toEqual([{ percent: 70, passed: true, at: T(1) }]);
  });
});

describe("simulation histories", () => {
  const merged = (a: SimulationResult, b: SimulationResult) =>
    mergeProgress(p({ simulations: { s: a } }), p({ simulations: { s: b } })).simulations.s!;
  test("two different endings at one instant are two records and two plays", () => {
    const a = sim({ records: [play("x", 3, T(1))], plays: [play("x", 3, T(1))] });
    const b = sim({ records: [play("y", 5, T(1))], plays: [play("y", 5, T(1))] });
    const out = merged(a, b);
    expect(out.records!.map((r) => r.ending)).toEqual(["x", "y"]);
    expect(out.plays!.map((r) => r.ending)).toEqual(["x", "y"]);
  });
  test("plays are sorted oldest first, and the highest best stays", () => {
    const a = sim({ best: 5, plays: [play("c", 1, T(3))] });
    const b = sim({ best: 7, plays: [play("a", 1, T(1)), play("b", 1, T(2))] });
    const out = merged(a, b);
    expect(out.plays!.map((r) => r.at)).toEqual([T(1), T(2), T(3)]);
    expect(out.best).toBe(7);
    expect(merged(b, a).best).toBe(7);
  });
  test("only the last MAX_PLAYS plays and the first 100 endings found are kept", () => {
    const at = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
    const plays = (from: number) => Array.from({ length: 150 }, (_, i) => play(`e${from + i}`, 1, at(from + i)));
    const out = merged(sim({ at: at(0), plays: plays(0) }), sim({ at: at(0), plays: plays(150) }));
    expect(out.plays).toHaveLength(MAX_PLAYS);
    expect(out.plays!.at(-1)!.ending).toBe("e299");
    expect(out.found).toHaveLength(100);
  });
});

describe("optional parts", () => {
  const sheet = (note: string) => ({ i: { included: true, owner: null, note } });
  test("checklists of both sides are joined; no checklists stays no checklists", () => {
    const out = mergeProgress(p({ checklists: { s1: sheet("a") } }), p({ checklists: { s2: sheet("b") } }));
    expect(out.checklists).toEqual({ s1: sheet("a"), s2: sheet("b") });
    expect("checklists" in mergeProgress(p({}), p({}))).toBe(false);
    expect("assignments" in mergeProgress(p({}), p({}))).toBe(false);
  });
  test("the merged value shares no record with one side (editing it leaves the side alone)", () => {
    const a = fc.sample(assignment, 1)[0]!;
    const accepted = { [a.id]: { assignment: a, acceptedAt: T(1), learnerKey: "cle00000001" } };
    const base = p({ checklists: { s1: sheet("a") }, assignments: accepted });
    const out = mergeProgress(base, p({}));
    expect(out.checklists).toEqual(base.checklists);
    expect(out.checklists).not.toBe(base.checklists);
    expect(out.assignments).toEqual(base.assignments);
    expect(out.assignments).not.toBe(base.assignments);
    const other = mergeProgress(p({}), base);
    expect(other.checklists).not.toBe(base.checklists);
    expect(other.assignments).not.toBe(base.assignments);
  });
  test("set-aside entries of the base stay aside", () => {
    const base = p({ unreadAssignments: { vieille: 42 }, unread: { lessons: { abimee: "??" } } });
    const out = mergeProgress(base, p({}));
    expect(out.unreadAssignments).toEqual({ vieille: 42 });
    expect(out.unread).toEqual({ lessons: { abimee: "??" } });
  });
  test("the base's learner name stays", () => {
    expect(mergeProgress(p({ learnerName: "Zoé" }), p({ learnerName: "Léa" })).learnerName).toBe("Zoé");
    expect(mergeProgress(p({}), p({ learnerName: "Léa" })).learnerName).toBe("Léa");
  });
});

describe("restoreUnread", () => {
  test("set-aside quizzes, simulations, checklists and assignments that now read come back", () => {
    const a = fc.sample(assignment, 1)[0]!;
    const accepted = { assignment: a, acceptedAt: T(1), learnerKey: "cle00000001" };
    const sheet = { i: { included: true, owner: null, note: "" } };
    const out = restoreUnread(
      p({
        unread: { quizzes: { q: quiz(80, T(1)) }, simulations: { s: sim() }, checklists: { c: sheet } },
        unreadAssignments: { [a.id]: accepted },
      }),
    );
    expect(out.quizzes.q).toMatchObject({ percent: 80 });
    expect(out.simulations.s).toMatchObject({ ending: "fin", score: 3 });
    expect(out.checklists).toEqual({ c: sheet });
    expect(out.assignments).toEqual({ [a.id]: accepted });
    expect(out.unread).toBeUndefined();
    expect(out.unreadAssignments).toBeUndefined();
  });
});
