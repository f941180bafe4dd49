// The comparison's figures (bench/rounds.ts): a ratio is taken within a round, when both sites
// were built at the machine's speed of the same minutes.
import { expect, test } from "vitest";
import { medianIndex, pairedRatio } from "../../bench/rounds.ts";

test("the median run is found where it ran; of two, the faster", () => {
  expect(medianIndex([30, 10, 20])).toBe(2);
  expect(medianIndex([40, 30])).toBe(1);
  expect(medianIndex([5])).toBe(0);
});

test("ratios are taken round by round, their median kept", () => {
  // Relais takes 1.5 times as long in each round, whatever the machine's speed that round.
  expect(pairedRatio([30, 60, 33], [20, 40, 22])).toBeCloseTo(1.5);
  // Rounds of 1.2, 2 and 1.5: the median.
  expect(pairedRatio([12, 40, 30], [10, 20, 20])).toBeCloseTo(1.5);
  // Two rounds: the lower.
  expect(pairedRatio([10, 50], [10, 25])).toBe(1);
});

test("runs that cannot be paired are refused, said in French", () => {
  expect(() => pairedRatio([1, 2], [1])).toThrow(/autant de constructions/);
});
