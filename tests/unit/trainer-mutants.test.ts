// Mutation-testing companions to trainer-changes.test.ts and trainer-restore.test.ts: each case
// pins a behaviour of the trainer's stored data (trainer-store.ts, trainer-changes.ts) that a
// surviving mutant broke.
import { describe, expect, test } from "vitest";
import type { Assignment } from "../../src/lib/assignments/assignment-link.ts";
import { buildReport, type Report } from "../../src/lib/assignments/report.ts";
import { mergeTrainerData, restoreTrainerUnread } from "../../src/lib/assignments/trainer-changes.ts";
import { parseTrainerData, type TrainerData } from "../../src/lib/assignments/trainer-store.ts";

const assignmentOf = (id: string): Assignment => ({
  id,
  cohort: "Promo d’hiver",
  trainer: "Inès",
  due: "2030-12-01",
  passScore: 70,
  message: "",
  items: ["lecon:ecouter"],
  created: "2026-11-20",
});
const winter = assignmentOf("cohorte000001");
const summer = assignmentOf("cohorte000002");
const reportOf = (name: string, of: Assignment, exportedAt = "2026-11-22T09:00:00.000Z"): Report =>
  buildReport({
    name,
    key: "learner00001",
    assignment: of,
    acceptedAt: "2026-11-20T08:00:00.000Z",
    statuses: [{ item: "lecon:ecouter", state: "lu", score: null, ending: null, at: "2026-11-21T10:00:00.000Z" }],
    now: new Date(exportedAt),
  });
const data = (extra: Partial<TrainerData> = {}): TrainerData => ({
  version: 1,
  assignments: { [winter.id]: winter },
  cohorts: {},
  ...extra,
});
/** What the next page load reads from the saved value. */
const reloaded = (value: TrainerData) => parseTrainerData(JSON.parse(JSON.stringify(value)));

describe("reading the stored data", () => {
  test("entries set aside on an earlier visit are still aside when the data is read again", () => {
    const aside = [{ assignment: "cassee", entry: { id: "cassee" } }, "rien"];
    expect(parseTrainerData(data({ unread: aside }))).toEqual(data({ unread: aside }));
  });

  test("an assignment stored under another id than its own is set aside", () => {
    expect(parseTrainerData({ version: 1, assignments: { autre: winter }, cohorts: {} })).toEqual({
      version: 1,
      assignments: {},
      cohorts: {},
      unread: [{ assignment: "autre", entry: winter }],
    });
  });

  test("a report filed in the table of another assignment than its own is set aside", () => {
    const report = reportOf("Zoé", summer);
    expect(parseTrainerData(data({ cohorts: { [winter.id]: { [report.learner.key]: report } } }))).toEqual(
      data({
        cohorts: { [winter.id]: {} },
        unread: [{ assignment: winter.id, learner: report.learner.key, entry: report }],
      }),
    );
  });
});

describe("merging two copies of the trainer's data", () => {
  test("two reports of a learner exported at the same moment: the device's own is kept", () => {
    const mine = reportOf("Zoé", winter);
    const theirs = reportOf("Zoé Ângelo", winter);
    const merged = mergeTrainerData(
      data({ cohorts: { [winter.id]: { [mine.learner.key]: mine } } }),
      data({ cohorts: { [winter.id]: { [theirs.learner.key]: theirs } } }),
    );
    expect(merged.cohorts[winter.id]![mine.learner.key]!.learner.name).toBe("Zoé");
  });

  test("an entry set aside in both copies is kept once", () => {
    const entry = { assignment: "cassee", entry: { id: "cassee" } };
    const other = { assignment: "autre", entry: "?" };
    expect(mergeTrainerData(data({ unread: [entry] }), data({ unread: [entry, other] })).unread).toEqual([
      entry,
      other,
    ]);
  });

  test("with nothing set aside in either copy, the merge is what a reload reads back", () => {
    const merged = mergeTrainerData(data(), data({ assignments: { [summer.id]: summer } }));
    expect(merged.assignments).toEqual({ [winter.id]: winter, [summer.id]: summer });
    // What the cohort table counts as set aside (« … n’a pas pu être relu »).
    expect(merged.unread?.length ?? 0).toBe(0);
    expect(reloaded(merged)).toEqual(merged);
  });
});

describe("reading the set-aside entries again", () => {
  test("with nothing set aside, nothing changes", () => {
    expect(restoreTrainerUnread(data())).toEqual(data());
  });

  test("entries not of the form the store sets aside stay aside as they are, even when what they hold would read", () => {
    const unread = [
      null,
      { assignment: 7, entry: assignmentOf("7") },
      { assignment: winter.id, learner: "constructor", entry: reportOf("Zoé", winter) },
    ];
    expect(restoreTrainerUnread(data({ unread }))).toEqual(data({ unread }));
  });

  test("once every entry came back, the result is what a reload reads back", () => {
    const restored = restoreTrainerUnread(data({ unread: [{ assignment: summer.id, entry: summer }] }));
    expect(restored.assignments).toEqual({ [winter.id]: winter, [summer.id]: summer });
    expect(reloaded(restored)).toEqual(restored);
  });
});
