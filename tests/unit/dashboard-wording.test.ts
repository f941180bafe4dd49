// What « Mon parcours » says of the learner's progress (src/lib/progress/dashboard-wording.ts)
// and what the lesson ticks say (ticks-wording.ts): counts agreed (0 and 1 singular), the
// no-break spaces French puts before « : ; » and inside guillemets.
import { describe, expect, test } from "vitest";
import * as say from "../../src/lib/progress/dashboard-wording.ts";
import { RESUME, TICK_QUIZ_PASSED, TICK_READ } from "../../src/lib/progress/ticks-wording.ts";
import type { SimulationResult } from "../../src/lib/progress/schema.ts";
import { typographyFaults } from "../support/french-typography.ts";

const NBSP = "\u00a0";
const faults = (text: string) => typographyFaults(`<body>${text}</body>`);

const play = (ending: string, score: number, at: string) => ({ ending, endingTitle: `Fin ${ending}`, score, at });
const simulation = (plays: ReturnType<typeof play>[]): SimulationResult => ({
  ...plays.at(-1)!,
  best: 10,
  plays,
  // Each play that beat every earlier one, oldest first.
  records: plays.filter((p, i) => plays.slice(0, i).every((earlier) => p.score > earlier.score)),
});

describe("a lesson's row", () => {
  test("read or not", () => {
    expect(say.readCell(undefined)).toBe("Pas encore lue");
    expect(say.readCell("2026-12-03T10:00:00.000Z")).toBe("Lue le 3 décembre 2026");
  });

  test("its quiz by the best attempt", () => {
    expect(say.quizCell(undefined)).toBe("Pas encore fait");
    expect(say.quizCell({ percent: 80, passed: true })).toBe(`Réussi (80${NBSP}%)`);
    expect(say.quizCell({ percent: 40, passed: false })).toBe(`À refaire (40${NBSP}%)`);
  });
});

describe("a simulation", () => {
  test("not played", () => {
    expect(say.simulationCell(undefined, 3, 70)).toBe("pas encore jouée");
  });

  test("one ending found in one play, then two in two", () => {
    const one = simulation([play("a", 4, "2026-12-01T10:00:00.000Z")]);
    expect(say.simulationCell(one, 3, 70)).toBe(
      `meilleur score 4 sur 10${NBSP}points (à retravailler)${NBSP}; fin trouvée${NBSP}: «${NBSP}Fin a${NBSP}» (1 sur 3)${NBSP}; 1 partie`,
    );
    const two = simulation([play("a", 4, "2026-12-01T10:00:00.000Z"), play("b", 8, "2026-12-02T10:00:00.000Z")]);
    expect(say.simulationCell(two, 3, 70)).toBe(
      `meilleur score 8 sur 10${NBSP}points (réussie)${NBSP}; fins trouvées${NBSP}: «${NBSP}Fin a${NBSP}», «${NBSP}Fin b${NBSP}» (2 sur 3)${NBSP}; 2 parties`,
    );
  });

  test("a play of its history", () => {
    expect(say.playLine(play("a", 1, "2026-12-01T10:00:00.000Z"))).toBe(
      `1er décembre 2026${NBSP}: fin «${NBSP}Fin a${NBSP}», 1${NBSP}point`,
    );
  });
});

describe("the counts", () => {
  test("per module, 0, 1 and 2", () => {
    expect(say.moduleSummary(0, 5, 0)).toBe("0 leçon lue sur 5, 0 quiz réussi.");
    expect(say.moduleSummary(1, 5, 1)).toBe("1 leçon lue sur 5, 1 quiz réussi.");
    expect(say.moduleSummary(2, 5, 2)).toBe("2 leçons lues sur 5, 2 quiz réussis.");
  });

  test("beside the bars", () => {
    expect(say.overviewLine(1, 4, 0)).toBe("1 sur 4 lue, 0 quiz réussi");
    expect(say.overviewLine(3, 4, 2)).toBe("3 sur 4 lues, 2 quiz réussis");
  });

  test("in all", () => {
    expect(say.totalLine(0, 0, 24)).toBe(`En tout${NBSP}: 0 leçon lue et 0 quiz réussi sur 24.`);
    expect(say.totalLine(3, 2, 24)).toBe(`En tout${NBSP}: 3 leçons lues et 2 quiz réussis sur 24.`);
  });
});

test("every sentence follows French typography, the ticks' words too", () => {
  const all = [
    say.simulationCell(simulation([play("a", 4, "2026-12-01T10:00:00.000Z")]), 3, 70),
    say.playLine(play("a", 1, "2026-12-01T10:00:00.000Z")),
    say.totalLine(1, 1, 2),
    say.RECOVERED_WHOLE,
    say.KEPT_IN_PLACE,
    say.PROGRESS_RESET,
    `${RESUME}Écouter avant de répondre`,
  ];
  expect(all.flatMap(faults)).toEqual([]);
  expect(RESUME).toBe(`Reprendre${NBSP}: `);
  expect([TICK_READ, TICK_QUIZ_PASSED]).toEqual(["Lue", "Quiz réussi"]);
});
