// Pins the details of readBackup / backupChanges that mutation testing found unchecked.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { BACKUP_KIND, MAX_BACKUP_BYTES, backupChanges, backupFile, readBackup } from "../../src/lib/progress/backup.ts";
import { emptyProgress, type Progress, type QuizResult, type SimulationResult } from "../../src/lib/progress/schema.ts";
import { assignment } from "../support/assignment-arbitraries.ts";

const T = (day: number) => `2026-12-${String(day).padStart(2, "0")}T09:00:00.000Z`;
const p = (extra: Partial<Progress>): Progress => ({ ...emptyProgress(), ...extra });
const quiz = (percent: number, records?: number[]): QuizResult => ({
  answers: { q1: ["a"] },
  correct: [],
  total: 1,
  percent,
  passed: percent >= 70,
  at: T(1),
  ...(records ? { records: records.map((r, i) => ({ percent: r, passed: r >= 70, at: T(i + 1) })) } : {}),
});
const play = (ending: string, score: number, at: string) => ({ ending, endingTitle: ending, score, at });
const sim = (score: number, extra: Partial<SimulationResult> = {}): SimulationResult => ({
  ...play("fin", score, T(1)),
  best: 10,
  ...extra,
});
const fileText = (fields: Record<string, unknown>) =>
  JSON.stringify({ kind: BACKUP_KIND, version: 1, exportedAt: T(1), progress: emptyProgress(), ...fields });
const read = (text: string) => readBackup(text, new TextEncoder().encode(text).length);
const message = (text: string) => {
  const result = read(text);
  return result.ok ? "accepted" : result.message;
};

describe("readBackup refusals", () => {
  test("a file of exactly MAX_BACKUP_BYTES is still read", () => {
    const { text } = backupFile(emptyProgress());
    expect(readBackup(text, MAX_BACKUP_BYTES).ok).toBe(true);
    expect(readBackup(text, MAX_BACKUP_BYTES + 1).ok).toBe(false);
  });
  test("each refusal says its own reason", () => {
    expect(message("{pas du json")).toMatch(/ce n’est pas du JSON/);
    expect(message(fileText({ kind: "relais-rapport" }))).toMatch(/rapport d’affectation/);
    expect(message(fileText({ version: undefined }))).toMatch(/incomplète ou a été modifiée/);
    expect(message(fileText({ version: "1" }))).toMatch(/incomplète ou a été modifiée/);
    expect(message(fileText({ version: 0 }))).toMatch(/incomplète ou a été modifiée/);
    expect(message(fileText({ progress: null }))).toBe(
      "Cette sauvegarde est incomplète ou a été modifiée\u00a0: rien n’a été changé.",
    );
    expect(message(fileText({ progress: "texte" }))).toMatch(/incomplète ou a été modifiée/);
  });
  test("a bad lesson and a bad assignment together are refused", () => {
    const progress = { ...emptyProgress(), lessons: { x: "??" }, assignments: { y: 42 } };
    expect(message(fileText({ progress }))).toMatch(/ne se lit pas/);
  });
});

describe("backupChanges", () => {
  test("quizzes: added, and improved only when the best record is beaten", () => {
    const current = p({ quizzes: { a: quiz(50, [50, 90]), b: quiz(40) } });
    const incoming = p({ quizzes: { a: quiz(80, [70, 80]), b: quiz(60), c: quiz(10) } });
    const changes = backupChanges(current, incoming);
    expect(changes.quizzesAdded).toBe(1);
    expect(changes.quizzesImproved).toBe(1);
  });
  test("simulations: added, and improved only when the best ending is beaten", () => {
    const current = p({
      simulations: { a: sim(3), b: sim(5), m: sim(2, { records: [play("x", 2, T(1)), play("y", 9, T(2))] }) },
    });
    const incoming = p({
      simulations: {
        a: sim(6),
        b: sim(5),
        c: sim(1),
        m: sim(4, { records: [play("x", 4, T(1)), play("z", 8, T(3))] }),
      },
    });
    const changes = backupChanges(current, incoming);
    expect(changes.simulationsAdded).toBe(1);
    expect(changes.simulationsImproved).toBe(1);
  });
  test("checklists: new sheets, and new answers in sheets already here", () => {
    const answer = { included: true, owner: null, note: "" };
    const current = p({ checklists: { s: { i: answer } } });
    const incoming = p({
      checklists: { s: { i: answer, j: answer, k: answer }, t: { i: answer, j: answer }, u: { i: answer } },
    });
    const changes = backupChanges(current, incoming);
    expect(changes.checklistsAdded).toBe(2);
    expect(changes.checklistItemsAdded).toBe(2);
  });
  test("plays: only those not already in the history of a simulation played here", () => {
    const known = play("fin", 3, T(1));
    const current = p({ simulations: { a: sim(3, { plays: [known] }) } });
    const incoming = p({
      simulations: {
        a: sim(3, { plays: [known, play("autre", 1, T(2))] }),
        b: sim(1, { plays: [play("fin", 1, T(3))] }),
      },
    });
    expect(backupChanges(current, incoming).playsAdded).toBe(1);
  });
  test("assignments: only those not accepted here", () => {
    const [a, b, c] = fc.sample(assignment, 10).filter((x, i, all) => all.findIndex((y) => y.id === x.id) === i);
    const accepted = (x: typeof a) => ({ assignment: x!, acceptedAt: T(1), learnerKey: "cle00000001" });
    const current = p({ assignments: { [a!.id]: accepted(a) } });
    const incoming = p({ assignments: { [a!.id]: accepted(a), [b!.id]: accepted(b), [c!.id]: accepted(c) } });
    expect(backupChanges(current, incoming).assignmentsAdded).toBe(2);
  });
});
