// Every play of a simulation is kept: « Mon parcours » shows the best score, the
// endings found and the history, not only the last play.
import { describe, expect, test } from "vitest";
import { endingRecords, endingsFound, simulationPlays, withEndingRecords } from "../../src/lib/progress/records.ts";
import {
  MAX_PLAYS,
  MAX_QUESTIONS,
  emptyProgress,
  parseProgress,
  type SimulationResult,
} from "../../src/lib/progress/schema.ts";
import { newSeed } from "../../src/lib/shuffle.ts";

const play = (ending: string, score: number, minute: number): SimulationResult => ({
  ending,
  endingTitle: `Fin ${ending}`,
  score,
  best: 10,
  at: `2026-12-04T10:${String(minute).padStart(2, "0")}:00.000Z`,
});
const playAll = (plays: SimulationResult[]) =>
  plays.reduce<SimulationResult | undefined>((previous, next) => withEndingRecords(previous, next), undefined)!;

describe("simulation history", () => {
  test("two plays: both in the history, the best kept, both endings found", () => {
    const result = playAll([play("bonne", 9, 0), play("ratee", -2, 5)]);
    expect(result.ending).toBe("ratee"); // the last play
    expect(simulationPlays(result).map((p) => [p.ending, p.score])).toEqual([
      ["bonne", 9],
      ["ratee", -2],
    ]);
    expect(endingRecords(result).at(-1)!.score).toBe(9);
    expect(endingsFound(result).map((e) => e.ending)).toEqual(["bonne", "ratee"]);
  });

  test("an ending reached twice is found once, in the order first reached", () => {
    const result = playAll([play("mitigee", 4, 0), play("bonne", 9, 1), play("mitigee", 5, 2)]);
    expect(endingsFound(result).map((e) => e.ending)).toEqual(["mitigee", "bonne"]);
    expect(simulationPlays(result)).toHaveLength(3);
  });

  test("an ending found long ago stays found after the history is cut", () => {
    const first = play("rare", 3, 0);
    const after = Array.from({ length: MAX_PLAYS + 3 }, (_, i) => play("courante", 5, i % 60));
    const result = playAll([first, ...after]);
    expect(simulationPlays(result).some((p) => p.ending === "rare")).toBe(false);
    expect(endingsFound(result).map((e) => e.ending)).toEqual(["rare", "courante"]);
    // Saved and read again, the result is kept whole (not set aside), the rare ending still found.
    const read = parseProgress(JSON.parse(JSON.stringify({ ...emptyProgress(), simulations: { s: result } })));
    expect(read?.simulations["s"]).toEqual(result);
    expect(read?.unread).toBeUndefined();
  });

  test("the history keeps the last MAX_PLAYS plays and still reads", () => {
    const many = Array.from({ length: MAX_PLAYS + 5 }, (_, i) => play(i % 2 ? "a" : "b", i % 7, i % 60));
    const result = playAll(many);
    expect(simulationPlays(result)).toHaveLength(MAX_PLAYS);
    expect(simulationPlays(result).at(-1)!.score).toBe(many.at(-1)!.score);
    const stored = { ...emptyProgress(), simulations: { s: result } };
    expect(parseProgress(JSON.parse(JSON.stringify(stored)))?.simulations["s"]).toEqual(result);
  });

  test("a result saved before plays were kept shows what it knew", () => {
    const old: SimulationResult = {
      ...play("ratee", 1, 9),
      records: [
        { ending: "mitigee", endingTitle: "Fin mitigee", score: 4, at: "2026-11-01T10:00:00.000Z" },
        { ending: "bonne", endingTitle: "Fin bonne", score: 9, at: "2026-11-02T10:00:00.000Z" },
      ],
    };
    expect(simulationPlays(old).map((p) => p.ending)).toEqual(["mitigee", "bonne", "ratee"]);
    const next = withEndingRecords(old, play("bonne", 10, 30));
    expect(simulationPlays(next).map((p) => p.score)).toEqual([4, 9, 1, 10]);
  });
});

describe("quiz results keep the shuffle seeds they were answered with", () => {
  const quiz = {
    answers: { q1: ["b"] },
    correct: ["q1"],
    total: 1,
    percent: 100,
    passed: true,
    at: "2026-12-04T10:00:00.000Z",
  };
  const stored = (seeds: unknown) => ({ ...emptyProgress(), quizzes: { l: { ...quiz, seeds } } });

  test("seeds read back as saved", () => {
    const seeds = { q1: "k3j9x0ab", q2: "p0q1r2s3" };
    expect(parseProgress(stored(seeds))?.quizzes["l"]?.seeds).toEqual(seeds);
  });

  test("a result saved before seeds existed still reads", () => {
    expect(parseProgress({ ...emptyProgress(), quizzes: { l: quiz } })?.quizzes["l"]).toEqual(quiz);
  });

  test("a result whose seeds have the wrong shape is set aside alone, not trusted", () => {
    const tooMany = Object.fromEntries(Array.from({ length: MAX_QUESTIONS + 1 }, (_, i) => [`q${i}`, "k3j9x0ab"]));
    for (const seeds of [{ q1: 5 }, { q1: "abc:q1" }, tooMany]) {
      const read = parseProgress({ ...stored(seeds), lessons: { l: { readAt: quiz.at } } })!;
      expect(read.quizzes).toEqual({});
      expect(read.unread?.quizzes?.["l"]).toEqual({ ...quiz, seeds });
      expect(read.lessons).toEqual({ l: { readAt: quiz.at } });
    }
  });

  test("what the quiz saves always reads back: the longest ids and the most questions the content allows", () => {
    const ids = Array.from({ length: MAX_QUESTIONS }, (_, i) => `${"q".repeat(38)}${String(i).padStart(2, "0")}`);
    const result = {
      ...quiz,
      answers: Object.fromEntries(ids.map((id) => [id, ["o".repeat(40)]])),
      seeds: Object.fromEntries(ids.map((id) => [id, newSeed()])),
    };
    const saved = JSON.parse(JSON.stringify({ ...emptyProgress(), quizzes: { l: result } }));
    expect(parseProgress(saved)?.quizzes["l"]).toEqual(result);
  });
});
