// « Révisions » scheduled by ts-fsrs, with the clock given to each call: a question missed today
// is due tomorrow, answered well it moves further out, answered badly it comes back soon.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { Rating, createEmptyCard } from "ts-fsrs";
import { answerReview, dueQueue, reconcile, scheduler, settle, upcoming } from "../../src/lib/review/schedule.ts";
import { DAY_MS, dueCount, recordMisses, type ReviewEntry, type Reviews } from "../../src/lib/review/review-state.ts";
import { emptyProgress, parseProgress } from "../../src/lib/progress/schema.ts";
import { reviewEntry, reviewInstant } from "../support/review-arbitraries.ts";

const T0 = new Date("2026-12-01T10:00:00.000Z");
const HOUR = 3_600_000;
const after = (ms: number, from = T0) => new Date(from.getTime() + ms);
const days = (entry: ReviewEntry, from: Date) => (Date.parse(entry.due) - from.getTime()) / DAY_MS;
const missed = (at = T0) => recordMisses({}, "ecouter", [{ id: "q1", fingerprint: "f1" }], at)["ecouter/q1"]!;
const entry = (fields: Partial<ReviewEntry> = {}): ReviewEntry => ({
  lesson: "ecouter",
  question: "q1",
  fingerprint: "f1",
  due: T0.toISOString(),
  misses: [],
  ...fields,
});

describe("a question missed in a lesson", () => {
  test("is due the next day, not in minutes", () => {
    const reviews = recordMisses({}, "ecouter", [{ id: "q1", fingerprint: "f1" }], T0);
    expect(reviews["ecouter/q1"]!.due).toBe("2026-12-02T10:00:00.000Z");
    expect(dueCount(reviews, after(10 * 60_000))).toBe(0);
    expect(dueCount(reviews, after(23 * HOUR))).toBe(0);
    expect(dueCount(reviews, after(DAY_MS))).toBe(1);
  });

  test("settled by ts-fsrs, its card says the same: one lapse-free review, due a day later", () => {
    const settled = settle(missed());
    expect(settled.misses).toEqual([]);
    expect(settled.due).toBe("2026-12-02T10:00:00.000Z");
    expect(settled.card).toMatchObject({
      due: settled.due,
      reps: 1,
      scheduled_days: 1,
      last_review: T0.toISOString(),
    });
  });
});

describe("answering a review", () => {
  test("answered well, it moves further out, and further again", () => {
    let review = settle(missed());
    const intervals: number[] = [];
    for (let i = 0; i < 4; i++) {
      const now = new Date(review.due);
      review = answerReview(review, true, now);
      intervals.push(days(review, now));
    }
    expect(intervals[0]).toBeGreaterThan(1);
    for (let i = 1; i < intervals.length; i++) expect(intervals[i]).toBeGreaterThan(intervals[i - 1]!);
    expect(review.card!.lapses).toBe(0);
  });

  test("answered badly, it comes back within a day, even once well known", () => {
    let review = settle(missed());
    for (let i = 0; i < 6; i++) review = answerReview(review, true, new Date(review.due));
    const now = new Date(review.due);
    expect(days(review, T0)).toBeGreaterThan(100);
    const wrong = answerReview(review, false, now);
    expect(days(wrong, now)).toBeLessThanOrEqual(1);
    expect(days(wrong, now)).toBeGreaterThan(0);
    expect(wrong.card!.lapses).toBe(1);
    // FSRS alone would wait days: the day's cap is Relais's promise.
    expect(scheduler.next(createEmptyCard(T0), T0, Rating.Again).card.scheduled_days).toBe(1);
  });

  test("a review settles pending misses first", () => {
    const twice = recordMisses(
      recordMisses({}, "ecouter", [{ id: "q1", fingerprint: "f1" }], T0),
      "ecouter",
      [{ id: "q1", fingerprint: "f1" }],
      after(HOUR),
    )["ecouter/q1"]!;
    const now = after(DAY_MS + HOUR);
    const answered = answerReview(twice, true, now);
    expect(answered.card!.reps).toBe(3);
    expect(answered.misses).toEqual([]);
    expect(answered).toEqual(answerReview(settle(twice), true, now));
  });

  test("an entry with no card (reset) gets one at its first answer", () => {
    const answered = answerReview(entry(), false, T0);
    expect(answered.card).toMatchObject({ reps: 1, last_review: T0.toISOString() });
    expect(days(answered, T0)).toBe(1);
    expect(days(answerReview(entry(), true, T0), T0)).toBeGreaterThan(1);
  });

  test("a clock behind the last review (another device) counts as that review, and never throws", () => {
    const reviewed = answerReview(settle(missed()), true, after(DAY_MS));
    const earlier = answerReview(reviewed, false, T0);
    expect(earlier.card!.last_review).toBe(after(DAY_MS).toISOString());
    expect(earlier.due).toBe(after(2 * DAY_MS).toISOString());
  });
});

describe("settle", () => {
  test("applies several misses in order, each an Again at its time", () => {
    const times = [T0, after(2 * HOUR), after(3 * DAY_MS)];
    const settled = settle(entry({ misses: [times[2]!, times[0]!, times[1]!].map((t) => t.toISOString()) }));
    let card = createEmptyCard(times[0]!);
    for (const t of times) card = scheduler.next(card, t, Rating.Again).card;
    expect(settled.card).toMatchObject({
      reps: 3,
      stability: card.stability,
      difficulty: card.difficulty,
      last_review: times[2]!.toISOString(),
    });
    expect(settled.due).toBe(after(4 * DAY_MS).toISOString());
    expect(settled.misses).toEqual([]);
  });

  test("an entry with nothing pending is returned as it is", () => {
    const settled = settle(missed());
    expect(settle(settled)).toBe(settled);
  });

  test("misses at or before the card's last review are not applied again (a backup made before it)", () => {
    const settled = settle(missed());
    const imported = { ...settled, misses: [T0.toISOString()] };
    expect(settle(imported)).toEqual(settled);
  });

  test("any stored entry settles and is answered without error, into an entry that reads back", () => {
    fc.assert(
      fc.property(reviewEntry, reviewInstant, fc.boolean(), (stored, now, right) => {
        const answered = answerReview(stored, right, new Date(now));
        expect(answered.misses).toEqual([]);
        const back = parseProgress({ ...emptyProgress(), reviews: { "ecouter/q1": { ...answered, ...entryKey } } });
        expect(back?.unread).toBeUndefined();
        expect(settle(stored).misses).toEqual([]);
      }),
    );
  });

  test("the due date a lesson writes is the one settle computes", () => {
    const step = fc.record({ miss: fc.boolean(), hours: fc.integer({ min: 0, max: 24 * 40 }), right: fc.boolean() });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), (steps) => {
        let reviews: Reviews = {};
        let now = T0;
        for (const { miss, hours, right } of steps) {
          now = after(hours * HOUR, now);
          const current = reviews["ecouter/q1"];
          if (miss || !current) reviews = recordMisses(reviews, "ecouter", [{ id: "q1", fingerprint: "f1" }], now);
          else reviews = { "ecouter/q1": answerReview(current, right, now) };
          expect(reviews["ecouter/q1"]!.due).toBe(settle(reviews["ecouter/q1"]!).due);
        }
      }),
    );
  });
});
const entryKey = { lesson: "ecouter", question: "q1" };

describe("dueQueue", () => {
  const at = (hours: number) => after(hours * HOUR).toISOString();
  const reviews: Reviews = {
    "a/q1": entry({ lesson: "a", due: at(-2) }),
    "b/q1": entry({ lesson: "b", due: at(-30) }),
    "c/q1": entry({ lesson: "c", due: at(5) }),
    "d/q1": entry({ lesson: "d", due: at(-2) }),
    "e/q1": entry({ lesson: "e", due: at(0) }),
  };

  test("due keys only, most overdue first, ties by key", () => {
    expect(dueQueue(reviews, T0)).toEqual(["b/q1", "a/q1", "d/q1", "e/q1"]);
    expect(dueQueue(reviews, after(5 * HOUR))).toHaveLength(5);
    expect(dueQueue({}, T0)).toEqual([]);
  });

  test("at most `limit`, ten unless told", () => {
    expect(dueQueue(reviews, T0, 2)).toEqual(["b/q1", "a/q1"]);
    expect(dueQueue(reviews, T0, 0)).toEqual([]);
    const many = Object.fromEntries(
      Array.from({ length: 15 }, (_, i) => [`l${i}/q1`, entry({ lesson: `l${i}`, due: at(-i) })]),
    );
    const queue = dueQueue(many, T0);
    expect(queue).toHaveLength(10);
    expect(queue[0]).toBe("l14/q1");
    expect(queue.at(-1)).toBe("l5/q1");
  });
});

describe("reconcile with the course as built", () => {
  const kept = settle(missed());
  const reviews: Reviews = {
    "ecouter/q1": kept,
    "ecouter/q2": { ...settle(missed()), question: "q2" },
    "gone/q1": entry({ lesson: "gone" }),
  };

  test("a removed question is dropped, a changed one starts again now, the rest stays as it was", () => {
    const course = new Map([
      ["ecouter/q1", "f1"],
      ["ecouter/q2", "f2"],
    ]);
    const now = after(12 * HOUR);
    const out = reconcile(reviews, course, now);
    expect(out.dropped).toBe(1);
    expect(out.reset).toBe(1);
    expect(Object.keys(out.reviews).toSorted()).toEqual(["ecouter/q1", "ecouter/q2"]);
    expect(out.reviews["ecouter/q1"]).toBe(kept);
    expect(out.reviews["ecouter/q2"]).toEqual({
      lesson: "ecouter",
      question: "q2",
      fingerprint: "f2",
      due: now.toISOString(),
      misses: [],
    });
    expect(dueCount(out.reviews, now)).toBe(1);
  });

  test("nothing changed gives the same reviews back", () => {
    const course = new Map(Object.entries(reviews).map(([key, e]) => [key, e.fingerprint]));
    const out = reconcile(reviews, course, T0);
    expect(out).toEqual({ reviews, dropped: 0, reset: 0 });
    expect(out.reviews).toBe(reviews);
  });
});

describe("upcoming", () => {
  test("counts by how far ahead: due already, within a day, a week, a month, later", () => {
    const at = (d: number) => entry({ due: after(d * DAY_MS).toISOString() });
    const reviews = Object.fromEntries([-3, 0, 0.5, 1, 1.01, 7, 7.5, 30, 31, 400].map((d, i) => [`l${i}/q1`, at(d)]));
    expect(upcoming(reviews, T0)).toEqual({ now: 2, tomorrow: 2, week: 2, month: 2, later: 2 });
    expect(upcoming({}, T0)).toEqual({ now: 0, tomorrow: 0, week: 0, month: 0, later: 0 });
  });
});
