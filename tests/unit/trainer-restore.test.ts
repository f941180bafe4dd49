// The trainer's set-aside data comes back when it reads again, never replacing what is there.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { parseTrainerData, trainerSpec, type TrainerData } from "../../src/lib/assignments/trainer-store.ts";
import {
  mergeTrainerData,
  restoreTrainerCopy,
  restoreTrainerUnread,
} from "../../src/lib/assignments/trainer-changes.ts";
import { assignment } from "../support/assignment-arbitraries.ts";

const data = fc.array(assignment, { maxLength: 3 }).map((list): TrainerData => ({
  version: 1,
  assignments: Object.fromEntries(list.map((a) => [a.id, a])),
  cohorts: Object.fromEntries(list.map((a) => [a.id, {}])),
}));

describe("trainer data set aside", () => {
  test("a whole copy of older data comes back beside what is there, and twice changes nothing more", () => {
    fc.assert(
      fc.property(data, data, (current, old) => {
        const restored = restoreTrainerCopy(current, JSON.stringify(old))!;
        for (const id of [...Object.keys(current.assignments), ...Object.keys(old.assignments)])
          expect(restored.assignments).toHaveProperty(id);
        // What is on the device wins where both have an assignment.
        for (const [id, mine] of Object.entries(current.assignments)) expect(restored.assignments[id]).toEqual(mine);
        expect(restoreTrainerCopy(restored, JSON.stringify(old))).toEqual(restored);
      }),
    );
  });

  test("a copy that is not trainer data is not taken", () => {
    expect(restoreTrainerCopy(trainerSpec.empty(), "{pas du json")).toBeUndefined();
    expect(restoreTrainerCopy(trainerSpec.empty(), "[]")).toBeUndefined();
  });

  test("set-aside entries that read again come back; the others stay aside", () => {
    fc.assert(
      fc.property(assignment, (good) => {
        const stored = parseTrainerData({
          version: 1,
          assignments: { [good.id]: good, cassee: { id: "cassee" } },
          cohorts: {},
        })!;
        expect(stored.unread).toEqual([{ assignment: "cassee", entry: { id: "cassee" } }]);
        // The good one was set aside too (say, by an older release's stricter check): it comes back.
        const { [good.id]: _gone, ...others } = stored.assignments;
        const withAside: TrainerData = {
          ...stored,
          assignments: others,
          unread: [...stored.unread!, { assignment: good.id, entry: good }],
        };
        const restored = restoreTrainerUnread(withAside);
        expect(restored.assignments[good.id]).toEqual(good);
        expect(restored.unread).toEqual([{ assignment: "cassee", entry: { id: "cassee" } }]);
        expect(restoreTrainerUnread(restored)).toEqual(restored);
      }),
    );
  });

  test("merging keeps, per learner, the later report", () => {
    const report = (exportedAt: string) => ({ exportedAt }) as never;
    const base: TrainerData = { version: 1, assignments: {}, cohorts: { a: { k: report("2026-12-02T10:00:00Z") } } };
    const incoming: TrainerData = {
      version: 1,
      assignments: {},
      cohorts: { a: { k: report("2026-12-03T10:00:00Z"), j: report("2026-12-01T10:00:00Z") } },
    };
    expect(mergeTrainerData(base, incoming).cohorts["a"]).toEqual({
      k: report("2026-12-03T10:00:00Z"),
      j: report("2026-12-01T10:00:00Z"),
    });
    expect(mergeTrainerData(incoming, base).cohorts["a"]!["k"]).toEqual(report("2026-12-03T10:00:00Z"));
  });

  test("entries that still do not read stay aside, duplicates and reserved ids included", () => {
    const unread = [
      { assignment: "x", entry: { id: "x" } },
      { assignment: "x", entry: { id: "x", autre: 1 } },
      { assignment: "constructor", entry: { id: "constructor" } },
      { assignment: "a", learner: "k", entry: "?" },
      { assignment: "a", learner: "k", entry: "??" },
      "rien",
    ];
    const restored = restoreTrainerUnread({ version: 1, assignments: {}, cohorts: {}, unread });
    expect(restored.unread).toEqual(unread);
  });
});
