// Progress is never lost beyond the broken piece: stored values are read entry by entry,
// what was set aside can be restored (and restoring is idempotent), merging keeps the best.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { COLLECTIONS, WHOLE, emptyProgress, parseProgress, type Progress } from "../../src/lib/progress/schema.ts";
import { mergeProgress, restoreCopy, restoreUnread } from "../../src/lib/progress/merge.ts";
import { quizRecords } from "../../src/lib/progress/records.ts";
import { assignment, instant } from "../support/assignment-arbitraries.ts";
import { reviews } from "../support/review-arbitraries.ts";

const itemId = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/);
const quiz = fc.record({ percent: fc.integer({ min: 0, max: 100 }), at: instant }).map(({ percent, at }) => ({
  answers: { q1: ["a"] },
  correct: percent > 50 ? ["q1"] : [],
  total: 2,
  percent,
  passed: percent >= 70,
  at,
}));
const simulation = fc
  .record({ score: fc.integer({ min: -10, max: 20 }), at: instant, ending: itemId })
  .map(({ score, at, ending }) => ({ ending, endingTitle: `Fin ${ending}`, score, best: 20, at }));
const checklist = fc.dictionary(
  itemId,
  fc.record({
    included: fc.constantFrom(true, false, null),
    owner: fc.constantFrom("cm", null),
    note: fc.string({ maxLength: 40 }),
  }),
  { maxKeys: 4 },
);

/** A valid stored progress value, as JSON would give it back. */
const progress: fc.Arbitrary<Progress> = fc
  .record({
    lessons: fc.dictionary(
      itemId,
      instant.map((readAt) => ({ readAt })),
      { maxKeys: 6 },
    ),
    quizzes: fc.dictionary(itemId, quiz, { maxKeys: 6 }),
    simulations: fc.dictionary(itemId, simulation, { maxKeys: 3 }),
    checklists: fc.dictionary(itemId, checklist, { maxKeys: 2 }),
    reviews,
    assignments: fc.array(assignment, { maxLength: 2 }),
  })
  .map(({ assignments, ...rest }) => ({
    ...emptyProgress(),
    ...rest,
    assignments: Object.fromEntries(
      assignments.map((a) => [
        a.id,
        { assignment: a, acceptedAt: "2026-12-01T10:00:00.000Z", learnerKey: "k3j9x0ab12" },
      ]),
    ),
  }))
  .map((value) => JSON.parse(JSON.stringify(value)));

const garbage = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.string(),
  fc.constant({ readAt: "hier" }),
  fc.constant({ percent: 300 }),
  fc.constant([]),
);

type Place = "lessons" | "quizzes" | "simulations" | "checklists" | "reviews" | "assignments";
const PLACES: Place[] = ["lessons", "quizzes", "simulations", "checklists", "reviews", "assignments"];

describe("reading stored progress entry by entry", () => {
  test("a valid value reads back as it was", () => {
    fc.assert(
      fc.property(progress, (value) => {
        expect(parseProgress(value)).toEqual(value);
      }),
    );
  });

  test("any single corrupted entry loses only that entry, set aside as it was", () => {
    fc.assert(
      fc.property(progress, fc.constantFrom(...PLACES), garbage, (value, place, bad) => {
        const entries = Object.keys(value[place] ?? {});
        fc.pre(entries.length > 0);
        const broken = structuredClone(value) as unknown as Record<Place, Record<string, unknown>>;
        const victim = entries[0]!;
        broken[place][victim] = bad;
        const read = parseProgress(broken)!;
        const { [victim]: _lost, ...others } = value[place]!;
        expect(read[place]).toEqual(others);
        for (const other of PLACES.filter((p) => p !== place)) expect(read[other]).toEqual(value[other]);
        const aside = place === "assignments" ? read.unreadAssignments : read.unread?.[place];
        expect(aside).toEqual({ [victim]: bad });
      }),
    );
  });

  test("a collection that is not a record at all is set aside whole, the others load", () => {
    const read = parseProgress({ ...emptyProgress(), lessons: "toutes", quizzes: { a: { percent: 300 } } })!;
    expect(read.lessons).toEqual({});
    expect(read.unread).toEqual({ lessons: { [WHOLE]: "toutes" }, quizzes: { a: { percent: 300 } } });
  });

  test("an entry keyed « __proto__ » is set aside as a plain key, never a prototype", () => {
    const read = parseProgress(
      JSON.parse(`{"version":1,"lessons":{"__proto__":{"readAt":"x"}},"quizzes":{},"simulations":{}}`),
    )!;
    // Written with `aside[key] = value`, the entry would become the record's prototype and vanish from its keys.
    expect(Object.getPrototypeOf(read.unread!.lessons)).toBe(Object.prototype);
    expect(Object.keys(read.unread!.lessons!)).toEqual(["__proto__"]);
    expect(read.lessons).toEqual({});
  });

  test("a value that is not a v1 progress object is refused whole", () => {
    for (const value of [null, 3, "x", [], { version: 2, lessons: {} }, {}])
      expect(parseProgress(value)).toBeUndefined();
  });

  test("set-aside entries survive a save and a new read, with the ones found since", () => {
    const first = parseProgress({ ...emptyProgress(), lessons: { a: 1 } })!;
    const again = parseProgress({ ...JSON.parse(JSON.stringify(first)), quizzes: { b: "?" } })!;
    expect(again.unread).toEqual({ lessons: { a: 1 }, quizzes: { b: "?" } });
    expect(COLLECTIONS).toEqual(["lessons", "quizzes", "simulations", "checklists", "reviews", "reviewDays"]);
  });
});

describe("restoring what was set aside", () => {
  test("entries that now pass come back, the others stay aside; restoring twice changes nothing more", () => {
    fc.assert(
      fc.property(progress, garbage, (value, bad) => {
        const lesson = { readAt: "2026-12-02T09:00:00.000Z" };
        const withAside: Progress = { ...value, unread: { lessons: { repare: lesson, casse: bad } } };
        const once = restoreUnread(withAside);
        // The first reading counts: the stored one when it is earlier, else the restored one.
        const stored = value.lessons["repare"]?.readAt;
        const first = stored && Date.parse(stored) <= Date.parse(lesson.readAt) ? stored : lesson.readAt;
        expect(once.lessons["repare"]).toEqual({ readAt: first });
        expect(once.unread).toEqual({ lessons: { casse: bad } });
        expect(restoreUnread(once)).toEqual(once);
      }),
    );
  });

  test("a whole copy set aside by an older release comes back, but for its one bad entry", () => {
    fc.assert(
      fc.property(progress, progress, (current, old) => {
        const copy = JSON.stringify({ ...old, quizzes: { ...old.quizzes, ["cassee"]: { percent: "beaucoup" } } });
        const restored = restoreCopy(current, copy);
        expect(restored.ok).toBe(true);
        if (!restored.ok) return;
        for (const id of Object.keys(old.lessons)) expect(restored.progress.lessons).toHaveProperty(id);
        expect(restored.progress.unread?.quizzes).toEqual({ cassee: { percent: "beaucoup" } });
        const twice = restoreCopy(restored.progress, copy);
        expect(twice.ok && twice.progress).toEqual(restored.progress);
      }),
    );
  });

  test("a copy that is still unreadable says why and changes nothing", () => {
    expect(restoreCopy(emptyProgress(), "{pas du json")).toEqual({ ok: false, reason: "json" });
    expect(restoreCopy(emptyProgress(), "[1,2]")).toEqual({ ok: false, reason: "shape" });
  });
});

describe("merging two progress values", () => {
  test("never lowers a best score, never forgets a reading, an assignment or a question under review", () => {
    fc.assert(
      fc.property(progress, progress, (a, b) => {
        const merged = mergeProgress(a, b);
        for (const [id, result] of [...Object.entries(a.quizzes), ...Object.entries(b.quizzes)]) {
          const best = Math.max(...quizRecords(result).map((r) => r.percent));
          expect(Math.max(...quizRecords(merged.quizzes[id]!).map((r) => r.percent))).toBeGreaterThanOrEqual(best);
        }
        for (const id of [...Object.keys(a.lessons), ...Object.keys(b.lessons)])
          expect(merged.lessons).toHaveProperty(id);
        for (const id of [...Object.keys(a.assignments ?? {}), ...Object.keys(b.assignments ?? {})])
          expect(merged.assignments).toHaveProperty(id);
        for (const id of [...Object.keys(a.reviews ?? {}), ...Object.keys(b.reviews ?? {})])
          expect(Object.hasOwn(merged.reviews!, id)).toBe(true);
        // The merged value is itself a valid progress value.
        expect(parseProgress(JSON.parse(JSON.stringify(merged)))).toEqual(JSON.parse(JSON.stringify(merged)));
      }),
    );
  });

  test("merging the same value again changes nothing", () => {
    fc.assert(
      fc.property(progress, progress, (a, b) => {
        const once = mergeProgress(a, b);
        expect(mergeProgress(once, b)).toEqual(once);
      }),
    );
  });

  test("the first reading counts, and an assignment accepted here keeps its learner key", () => {
    const here: Progress = { ...emptyProgress(), lessons: { a: { readAt: "2026-12-03T10:00:00.000Z" } } };
    const there: Progress = { ...emptyProgress(), lessons: { a: { readAt: "2026-11-01T10:00:00.000Z" } } };
    expect(mergeProgress(here, there).lessons["a"]!.readAt).toBe("2026-11-01T10:00:00.000Z");
  });
});
