// Pins the details of simulation histories (records.ts) that mutation testing found unchecked.
import { describe, expect, test } from "vitest";
import { simulationPlays, withEndingRecords } from "../../src/lib/progress/records.ts";
import type { SimulationResult } from "../../src/lib/progress/schema.ts";

const T = (minute: number) => new Date(Date.UTC(2026, 11, 1, 9, minute)).toISOString();
const play = (ending: string, score: number, at: string) => ({ ending, endingTitle: ending, score, at });
const sim = (ending: string, score: number, at: string, extra: Partial<SimulationResult> = {}): SimulationResult => ({
  ...play(ending, score, at),
  best: 10,
  ...extra,
});

describe("simulationPlays of a result saved before plays were kept", () => {
  test("the last play already among the records is not counted twice", () => {
    const result = sim("y", 5, T(2), { records: [play("x", 3, T(1)), play("y", 5, T(2))] });
    expect(simulationPlays(result)).toEqual([play("x", 3, T(1)), play("y", 5, T(2))]);
  });
  test("a last play at a record's instant but with another ending is added", () => {
    const result = sim("z", 1, T(1), { records: [play("x", 3, T(1))] });
    expect(simulationPlays(result)).toEqual([play("x", 3, T(1)), play("z", 1, T(1))]);
  });
  test("a last play with a record's ending at another instant is added", () => {
    const result = sim("x", 1, T(2), { records: [play("x", 3, T(1))] });
    expect(simulationPlays(result)).toHaveLength(2);
  });
});

describe("withEndingRecords", () => {
  test("a higher score is a new record", () => {
    const next = withEndingRecords(sim("x", 3, T(1)), sim("y", 5, T(2)));
    expect(next.records).toEqual([play("x", 3, T(1)), play("y", 5, T(2))]);
  });
  test("at most 100 endings found are kept", () => {
    const found = Array.from({ length: 100 }, (_, i) => ({ ending: `e${i}`, endingTitle: `e${i}` }));
    const next = withEndingRecords(sim("e0", 1, T(1), { found }), sim("nouvelle", 1, T(2)));
    expect(next.found).toHaveLength(100);
    expect(next.found!.map((f) => f.ending)).not.toContain("nouvelle");
  });
});
