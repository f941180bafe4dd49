import { describe, expect, test } from "vitest";
import { isSeed, scrambled, seededShuffle } from "../../src/lib/shuffle.ts";

// Mutation-testing companions to shuffle.test.ts: each case pins a behaviour a surviving mutant broke.
const letters = [..."abcdefghij"];

describe("seededShuffle", () => {
  // Orders already given to learners: a change to the hash or the generator would reshuffle saved attempts.
  test.each([
    ["a", "gajdiehfbc"],
    ["essai-1", "jhbfcgidea"],
    ["abcd1234:q1", "adgbefhicj"],
  ])("seed %j always gives %s", (seed, order) => {
    expect(seededShuffle(letters, seed).join("")).toBe(order);
  });
});

describe("scrambled", () => {
  test("no step, or a single one, comes back as it is", () => {
    expect(scrambled([], "a")).toEqual([]);
    expect(scrambled(["x"], "a")).toEqual(["x"]);
  });

  test("a draw that is not already solved is kept, even with some steps in place", () => {
    const ids = ["a", "b", "c", "d"];
    let partlyInPlace = 0;
    for (let i = 0; i < 200; i++) {
      const seed = `essai-${i}`;
      const draw = seededShuffle(ids, seed);
      if (draw.join() === ids.join()) continue;
      expect(scrambled(ids, seed)).toEqual(draw);
      if (draw.some((id, k) => id === ids[k])) partlyInPlace++;
    }
    expect(partlyInPlace).toBeGreaterThan(0);
  });
});

describe("isSeed", () => {
  test("eight lowercase base-36 characters, as a string, and nothing else", () => {
    expect(isSeed("abcd1234")).toBe(true);
    expect(isSeed(12345678)).toBe(false);
    expect(isSeed("X-abcd1234")).toBe(false);
    expect(isSeed("abcd1234X")).toBe(false);
    expect(isSeed("a")).toBe(false);
    expect(isSeed("ABCD-!!!")).toBe(false);
  });
});
