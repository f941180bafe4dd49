// Questions under review in the progress store: read entry by entry (a bad one set aside alone),
// absent from data saved before them, merged keeping the best of both, carried by backups,
// described when set aside, forgotten by a reset.
import { describe, expect, expectTypeOf, test } from "vitest";
import fc from "fast-check";
import type * as v from "valibot";
import { WHOLE, emptyProgress, parseProgress, reviewSchema, type Progress } from "../../src/lib/progress/schema.ts";
import { mergeProgress, restoreUnread } from "../../src/lib/progress/merge.ts";
import { backupChanges, backupFile, readBackup } from "../../src/lib/progress/backup.ts";
import { describeContents, describeImport } from "../../src/lib/progress/backup-wording.ts";
import { describeSetAside } from "../../src/lib/progress/set-aside-wording.ts";
import { resetProgress } from "../../src/lib/progress/parcours-changes.ts";
import { mergeReview } from "../../src/lib/review/review-merge.ts";
import { DAY_MS, recordMisses, type ReviewEntry, type Reviews } from "../../src/lib/review/review-state.ts";
import { answerReview, settle } from "../../src/lib/review/schedule.ts";
import { reviews as reviewsArb } from "../support/review-arbitraries.ts";

const S = "\u00a0";
const T0 = new Date("2026-12-01T10:00:00.000Z");
const HOUR = 3_600_000;
const after = (ms: number) => new Date(T0.getTime() + ms);
const iso = (ms: number) => after(ms).toISOString();
const missed = (lesson: string, question: string, at = T0, fingerprint = "f1") =>
  recordMisses({}, lesson, [{ id: question, fingerprint }], at)[`${lesson}/${question}`]!;
const good = settle(missed("ecouter", "q1"));
const mine: Reviews = {
  "ecouter/q1": good,
  "ecouter/q2": missed("ecouter", "q2"),
  "moderer/q1": { ...answerReview(good, true, after(DAY_MS)), lesson: "moderer" },
};
const p = (reviews?: Reviews): Progress => ({ ...emptyProgress(), ...(reviews ? { reviews } : {}) });
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe("reading stored reviews entry by entry", () => {
  test("the stored schema and the type the review code uses describe the same value", () => {
    expectTypeOf<v.InferOutput<typeof reviewSchema>>().toEqualTypeOf<ReviewEntry>();
  });

  test("valid reviews read back as they were", () => {
    expect(parseProgress(json(p(mine)))).toEqual(p(mine));
    fc.assert(
      fc.property(reviewsArb, (reviews) => {
        expect(parseProgress(json(p(reviews)))).toEqual(json(p(reviews)));
      }),
    );
  });

  const bad: [string, unknown][] = [
    ["21 pending misses", { ...good, misses: Array.from({ length: 21 }, (_, i) => iso(i * HOUR)) }],
    ["a negative stability", { ...good, card: { ...good.card!, stability: -1 } }],
    ["a difficulty above 10", { ...good, card: { ...good.card!, difficulty: 11 } }],
    ["a stability JSON turned into null (NaN)", json({ ...good, card: { ...good.card!, stability: NaN } })],
    ["a state of 4", { ...good, card: { ...good.card!, state: 4 } }],
    ["a count that is not whole", { ...good, card: { ...good.card!, reps: 1.5 } }],
    ["a date that does not parse", { ...good, due: "2026-13-45T99:00:00Z" }],
    ["a miss that is not a date", { ...good, misses: ["hier"] }],
    ["a fingerprint of 121 characters", { ...good, fingerprint: "f".repeat(121) }],
    ["no fingerprint", { ...good, fingerprint: undefined }],
    ["another question than its key says", { ...good, question: "q9" }],
    ["a number", 42],
  ];
  test.each(bad)("an entry with %s is set aside alone, the rest loads", (_, entry) => {
    const read = parseProgress(json({ ...p(mine), reviews: { ...mine, "ecouter/q1": entry } }))!;
    const { "ecouter/q1": _lost, ...others } = mine;
    expect(read.reviews).toEqual(others);
    expect(read.unread).toEqual({ reviews: { "ecouter/q1": json(entry) } });
  });

  test("a key too long for any lesson and question is set aside; a long but possible one reads", () => {
    const lesson = "l".repeat(120);
    const long = { ...missed(lesson, "q1"), question: "q".repeat(120) };
    const read = parseProgress(json(p({ [`${lesson}/${"q".repeat(120)}`]: long })))!;
    expect(Object.keys(read.reviews!)).toHaveLength(1);
    const tooLong = parseProgress(json(p({ [`${"x".repeat(300)}`]: good })))!;
    expect(tooLong.reviews).toEqual({});
    expect(Object.keys(tooLong.unread!.reviews!)).toEqual(["x".repeat(300)]);
  });

  test("reviews that are not a record are set aside whole, the rest loads", () => {
    const read = parseProgress({ ...emptyProgress(), lessons: { a: { readAt: iso(0) } }, reviews: [good] })!;
    expect(read.reviews).toEqual({});
    expect(read.lessons).toEqual({ a: { readAt: iso(0) } });
    expect(read.unread).toEqual({ reviews: { [WHOLE]: [good] } });
  });

  test("v1 data saved before reviews existed still reads, with none", () => {
    const older = {
      version: 1,
      lessons: { ecouter: { readAt: iso(0) } },
      quizzes: {},
      simulations: {},
      checklists: {},
    };
    const read = parseProgress(older)!;
    expect(read).toEqual(older);
    expect(Object.hasOwn(read, "reviews")).toBe(false);
  });

  test("set-aside reviews that now read come back with « Réessayer de les lire »", () => {
    const restored = restoreUnread({
      ...p({ "ecouter/q2": mine["ecouter/q2"]! }),
      unread: { reviews: { "ecouter/q1": good, x: 1 } },
    });
    expect(restored.reviews).toEqual({ "ecouter/q1": good, "ecouter/q2": mine["ecouter/q2"] });
    expect(restored.unread).toEqual({ reviews: { x: 1 } });
  });
});

describe("merging reviews", () => {
  test("the card with the later review wins, and misses of both not yet applied are kept", () => {
    const here = answerReview(good, true, after(DAY_MS));
    const there = { ...good, misses: [iso(2 * HOUR), iso(0)] };
    const merged = mergeReview(here, there);
    // The miss at 2 h comes before the review here (a day later): that review already passed it.
    expect(merged).toEqual(here);
    const later = { ...good, misses: [iso(3 * DAY_MS)] };
    expect(mergeReview(here, later)).toEqual({ ...here, misses: [iso(3 * DAY_MS)], due: iso(4 * DAY_MS) });
    expect(mergeReview(later, here)).toEqual(mergeReview(here, later));
  });

  test("at the same last review, the card with more reviews wins", () => {
    const more = { ...good, card: { ...good.card!, reps: 5 } };
    expect(mergeReview(good, more).card!.reps).toBe(5);
    expect(mergeReview(more, good).card!.reps).toBe(5);
  });

  test("pending misses of both sides are joined, sorted, each once, the last 20", () => {
    const a = { ...missed("ecouter", "q1"), misses: Array.from({ length: 15 }, (_, i) => iso(2 * i * HOUR)) };
    const b = { ...a, misses: Array.from({ length: 15 }, (_, i) => iso((2 * i + 1) * HOUR)) };
    const merged = mergeReview(a, b);
    expect(merged.misses).toHaveLength(20);
    expect(merged.misses[0]).toBe(iso(10 * HOUR));
    expect(merged.misses.at(-1)).toBe(iso(29 * HOUR));
    expect(merged.due).toBe(iso(29 * HOUR + DAY_MS));
  });

  test("two fingerprints: the entry of the later activity, whole (the other was about another question)", () => {
    const old = answerReview(good, true, after(2 * DAY_MS));
    const rewritten = missed("ecouter", "q1", after(5 * DAY_MS), "f2");
    expect(mergeReview(old, rewritten)).toEqual(rewritten);
    expect(mergeReview(rewritten, old)).toEqual(rewritten);
  });

  test("two entries reset and not seen since: the sooner due", () => {
    const reset = (at: number): ReviewEntry => ({ ...missed("ecouter", "q1"), misses: [], due: iso(at) });
    expect(mergeReview(reset(5), reset(2)).due).toBe(iso(2));
    expect(mergeReview(reset(2), reset(5)).due).toBe(iso(2));
  });

  test("mergeProgress joins the reviews of both sides; none on either side stays none", () => {
    const merged = mergeProgress(p({ "ecouter/q1": good }), p({ "moderer/q1": mine["moderer/q1"]! }));
    expect(Object.keys(merged.reviews!).toSorted()).toEqual(["ecouter/q1", "moderer/q1"]);
    expect(Object.hasOwn(mergeProgress(p(), p()), "reviews")).toBe(false);
  });

  test("property: commutative, never loses an entry, idempotent, and what it gives reads back", () => {
    fc.assert(
      fc.property(reviewsArb, reviewsArb, (a, b) => {
        const ab = mergeProgress(p(a), p(b)).reviews ?? {};
        const ba = mergeProgress(p(b), p(a)).reviews ?? {};
        expect(ab).toEqual(ba);
        expect(Object.keys(ab).toSorted()).toEqual([...new Set([...Object.keys(a), ...Object.keys(b)])].toSorted());
        expect(mergeProgress(p(ab), p(b)).reviews ?? {}).toEqual(ab);
        expect(parseProgress(json(p(ab)))).toEqual(json(p(ab)));
      }),
    );
  });
});

describe("backups carry reviews", () => {
  test("export then import gives the reviews back", () => {
    const progress = p(mine);
    const { text } = backupFile(progress, T0);
    expect(readBackup(text, text.length)).toEqual({ ok: true, progress, exportedAt: T0.toISOString() });
  });

  test("a tampered review refuses the whole file", () => {
    const { text } = backupFile(p({ ...mine, "ecouter/q1": { ...good, misses: ["hier"] } }), T0);
    expect(readBackup(text, text.length)).toEqual({ ok: false, message: expect.stringMatching(/ne se lit pas/) });
  });

  test("what the file holds and what importing it adds or moves on are said", () => {
    expect(describeContents(p(mine))).toBe(`3${S}questions en révision`);
    expect(describeContents({ ...p({ "ecouter/q1": good }), lessons: { a: { readAt: iso(0) } } })).toBe(
      `1${S}leçon lue et 1${S}question en révision`,
    );
    const here = p({ "ecouter/q1": good });
    const there = p({ ...mine, "ecouter/q1": answerReview(good, true, after(DAY_MS)) });
    const changes = backupChanges(here, there);
    expect(changes).toMatchObject({ reviewsAdded: 2, reviewsUpdated: 1 });
    expect(changes.merged.reviews!["ecouter/q1"]!.card!.reps).toBe(2);
    expect(describeImport(iso(0), there, changes)).toContain(
      `ajouterait à votre parcours${S}: 2${S}questions en révision de plus, 1${S}question en révision mise à jour.`,
    );
    expect(backupChanges(p(mine), p(mine))).toMatchObject({ reviewsAdded: 0, reviewsUpdated: 0 });
  });
});

describe("reviews set aside and reset", () => {
  test("a set-aside review is named by its lesson, in plain words", () => {
    const progress = { ...p(), unread: { reviews: { "ecouter/q1": 1, "inconnue/q2": 2, bizarre: 3 } } };
    expect(
      describeSetAside(progress, [], { lessons: { ecouter: "Écouter" }, simulations: {}, checklists: {} }),
    ).toEqual([
      `une question en révision de la leçon «${S}Écouter${S}»`,
      `une question en révision de la leçon «${S}inconnue${S}»`,
      "une question en révision",
    ]);
    const whole = { ...p(), unread: { reviews: { [WHOLE]: [] } } };
    expect(describeSetAside(whole, [], { lessons: {}, simulations: {}, checklists: {} })).toEqual([
      "toutes vos questions en révision",
    ]);
  });

  test("resetting the progress forgets the reviews with the rest", () => {
    const reset = resetProgress({ ...p(mine), learnerName: "Zoé" });
    expect(Object.hasOwn(reset, "reviews")).toBe(false);
    expect(reset).toEqual({ ...emptyProgress(), learnerName: "Zoé" });
  });
});
