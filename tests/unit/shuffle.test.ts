import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { newSeed, questionSeed, scrambled, seededShuffle } from "../../src/lib/shuffle.ts";
import { isRight, scoreQuiz, type AnswerKey } from "../../src/lib/quiz/quiz-scoring.ts";

const ids = ["a", "b", "c", "d"];
const seeds = Array.from({ length: 2_400 }, (_, i) => `essai-${i}`);

describe("seededShuffle", () => {
  test("the same seed always gives the same order, and every item stays", () => {
    fc.assert(
      fc.property(fc.string(), fc.uniqueArray(fc.string(), { maxLength: 8 }), (seed, items) => {
        const out = seededShuffle(items, seed);
        expect(out).toEqual(seededShuffle(items, seed));
        expect(out.toSorted()).toEqual(items.toSorted());
      }),
    );
  });

  test("different attempts give different orders", () => {
    const orders = new Set(seeds.slice(0, 200).map((seed) => seededShuffle(ids, seed).join("")));
    // 200 draws among 24 orders: nearly all of them come out, never only one.
    expect(orders.size).toBeGreaterThanOrEqual(20);
  });

  test("every permutation of four options is reachable", () => {
    const orders = new Set(seeds.map((seed) => seededShuffle(ids, seed).join("")));
    expect(orders.size).toBe(24);
  });

  test("no option is favoured in first place (each within 25 % ± 5 over 2,400 seeds)", () => {
    const first = new Map<string, number>();
    for (const seed of seeds) {
      const head = seededShuffle(ids, seed)[0]!;
      first.set(head, (first.get(head) ?? 0) + 1);
    }
    for (const id of ids) {
      const share = (first.get(id) ?? 0) / seeds.length;
      expect(share).toBeGreaterThan(0.2);
      expect(share).toBeLessThan(0.3);
    }
  });

  test("seeds of the questions of one attempt differ, and a new attempt has new seeds", () => {
    expect(questionSeed("abc", "q1")).not.toBe(questionSeed("abc", "q2"));
    let n = 0;
    const counter = () => ((n = (n * 7 + 3) % 36), n / 36);
    expect(newSeed(counter)).toMatch(/^[0-9a-z]{8}$/);
    expect(newSeed(counter)).not.toBe(newSeed(counter));
  });
});

describe("the answer key is applied by option id, never by position", () => {
  const key: AnswerKey = { id: "q1", kind: "single", expected: ["c"] };
  test("whatever sits first in a shuffled order is right only when it is the right option", () => {
    let firstRight = 0;
    for (const seed of seeds.slice(0, 400)) {
      const shown = seededShuffle(ids, seed);
      expect(isRight(key, [shown[0]!])).toBe(shown[0] === "c");
      if (isRight(key, [shown[0]!])) firstRight++;
    }
    // A learner who always takes the first option is right about a quarter of the time, no more.
    expect(firstRight / 400).toBeGreaterThan(0.15);
    expect(firstRight / 400).toBeLessThan(0.35);
  });

  test("a multiple-answer score counts the options picked, in any order they were shown in", () => {
    const keys: AnswerKey[] = [key, { id: "q2", kind: "multiple", expected: ["a", "d"] }];
    for (const seed of seeds.slice(0, 20)) {
      const shown = seededShuffle(["a", "d"], seed);
      expect(scoreQuiz(keys, { q1: ["c"], q2: shown }, 70).percent).toBe(100);
    }
    expect(scoreQuiz(keys, { q1: ["a"], q2: ["a", "d"] }, 70).percent).toBe(50);
  });
});

describe("scrambled", () => {
  test("is stable for a seed, keeps every step, and is never the solved order", () => {
    for (const n of [2, 3, 4, 5, 6]) {
      const steps = Array.from({ length: n }, (_, i) => `s${i}`);
      for (const seed of seeds.slice(0, 100)) {
        const out = scrambled(steps, seed);
        expect(out).toEqual(scrambled(steps, seed));
        expect(out.toSorted()).toEqual(steps.toSorted());
        expect(out).not.toEqual(steps);
      }
    }
  });

  test("gives different orders to different attempts", () => {
    const steps = ["s1", "s2", "s3", "s4"];
    const orders = new Set(seeds.slice(0, 100).map((seed) => scrambled(steps, seed).join(" ")));
    expect(orders.size).toBeGreaterThanOrEqual(15);
  });
});
