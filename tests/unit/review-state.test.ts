// What a lesson's quiz records for « Révisions », without the scheduler: misses kept pending,
// due the next day, reset when the question changed, never cleared by a right answer.
import { describe, expect, test } from "vitest";
import {
  DAY_MS,
  MAX_MISSES,
  dueCount,
  pendingMisses,
  recordMisses,
  reviewKey,
  type Reviews,
} from "../../src/lib/review/review-state.ts";
import { settle } from "../../src/lib/review/schedule.ts";

const T0 = new Date("2026-12-01T10:00:00.000Z");
const HOUR = 3_600_000;
const after = (ms: number) => new Date(T0.getTime() + ms);
const iso = (ms: number) => after(ms).toISOString();
const q = (id: string, fingerprint = `f-${id}`) => ({ id, fingerprint });

describe("recordMisses", () => {
  test("each missed question gets an entry, due a day later, under its lesson/question key", () => {
    const reviews = recordMisses({}, "ecouter", [q("q1"), q("q3")], T0);
    expect(reviewKey("ecouter", "q1")).toBe("ecouter/q1");
    expect(reviews).toEqual({
      "ecouter/q1": { lesson: "ecouter", question: "q1", fingerprint: "f-q1", due: iso(DAY_MS), misses: [iso(0)] },
      "ecouter/q3": { lesson: "ecouter", question: "q3", fingerprint: "f-q3", due: iso(DAY_MS), misses: [iso(0)] },
    });
  });

  test("right answers change nothing: a passed quiz never hides the questions missed before", () => {
    const before = recordMisses({}, "ecouter", [q("q1")], T0);
    expect(recordMisses(before, "ecouter", [], after(HOUR))).toBe(before);
    // Missing another question leaves the first where it was.
    const next = recordMisses(before, "ecouter", [q("q2")], after(HOUR));
    expect(next["ecouter/q1"]).toBe(before["ecouter/q1"]);
  });

  test("a question missed again adds a pending miss and is due a day after the latest", () => {
    const once = recordMisses({}, "ecouter", [q("q1")], T0);
    const twice = recordMisses(once, "ecouter", [q("q1")], after(2 * HOUR));
    expect(twice["ecouter/q1"]).toMatchObject({ misses: [iso(0), iso(2 * HOUR)], due: iso(DAY_MS + 2 * HOUR) });
    // The same instant twice (a double submit) is one miss.
    expect(recordMisses(twice, "ecouter", [q("q1")], after(2 * HOUR))).toEqual(twice);
  });

  test("a miss on a question already reviewed is due a day later, even if the card said later", () => {
    const settled = settle(recordMisses({}, "ecouter", [q("q1")], T0)["ecouter/q1"]!);
    const far = { ...settled, due: iso(40 * DAY_MS), card: { ...settled.card!, due: iso(40 * DAY_MS) } };
    const missed = recordMisses({ "ecouter/q1": far }, "ecouter", [q("q1")], after(3 * DAY_MS));
    expect(missed["ecouter/q1"]).toMatchObject({ misses: [iso(3 * DAY_MS)], due: iso(4 * DAY_MS), card: far.card });
  });

  test("a question whose fingerprint changed starts again: new fingerprint, no card, this miss only", () => {
    const settled = settle(recordMisses({}, "ecouter", [q("q1", "old")], T0)["ecouter/q1"]!);
    const pending = { ...settled, misses: [iso(2 * DAY_MS)] };
    const out = recordMisses({ "ecouter/q1": pending }, "ecouter", [q("q1", "new")], after(5 * DAY_MS));
    expect(out["ecouter/q1"]).toEqual({
      lesson: "ecouter",
      question: "q1",
      fingerprint: "new",
      due: iso(6 * DAY_MS),
      misses: [iso(5 * DAY_MS)],
    });
  });

  test("keeps the last 20 misses, and leaves the reviews it was given as they were", () => {
    let reviews: Reviews = {};
    for (let i = 0; i < MAX_MISSES + 5; i++) reviews = recordMisses(reviews, "ecouter", [q("q1")], after(i * HOUR));
    const misses = reviews["ecouter/q1"]!.misses;
    expect(misses).toHaveLength(MAX_MISSES);
    expect(misses[0]).toBe(iso(5 * HOUR));
    expect(misses.at(-1)).toBe(iso((MAX_MISSES + 4) * HOUR));
    const frozen = Object.freeze({ ...reviews });
    recordMisses(frozen, "ecouter", [q("q1"), q("q2")], after(DAY_MS * 2));
    expect(frozen).toEqual(reviews);
  });

  test("other lessons' entries stay as they were", () => {
    const other = recordMisses({}, "moderer", [q("q1")], T0);
    const both = recordMisses(other, "ecouter", [q("q1")], after(HOUR));
    expect(both["moderer/q1"]).toBe(other["moderer/q1"]);
    expect(Object.keys(both).toSorted()).toEqual(["ecouter/q1", "moderer/q1"]);
  });
});

describe("pendingMisses", () => {
  test("sorted by instant, once each, none at or before the card's last review, the last 20", () => {
    const card = { last_review: iso(HOUR) } as Parameters<typeof pendingMisses>[1];
    expect(pendingMisses(["2026-12-01T13:00:00Z", iso(0), iso(HOUR), iso(3 * HOUR), iso(2 * HOUR)], card)).toEqual([
      iso(2 * HOUR),
      iso(3 * HOUR),
    ]);
    expect(pendingMisses([iso(HOUR), iso(0)], undefined)).toEqual([iso(0), iso(HOUR)]);
  });
});

describe("dueCount", () => {
  test("counts entries due at or before now", () => {
    const reviews = {
      ...recordMisses({}, "ecouter", [q("q1")], T0),
      ...recordMisses({}, "moderer", [q("q1")], after(HOUR)),
    };
    expect(dueCount(reviews, T0)).toBe(0);
    expect(dueCount(reviews, after(DAY_MS))).toBe(1);
    expect(dueCount(reviews, after(DAY_MS + HOUR))).toBe(2);
    expect(dueCount({}, T0)).toBe(0);
  });
});
