import { describe, expect, test } from "vitest";
import { bestScore, checkSimulationGraph, type StepFacts } from "../../src/lib/simulation-graph.ts";

const go = (next: string, points = 0) => ({ next, points });
const end = (id: string): StepFacts => ({ id, choices: [], ending: { debrief: "Bilan." } });

// debut → a (2) → fin-bonne ; debut → b (0) → a (merge) ; b → fin-mauvaise (-1)
const story: StepFacts[] = [
  { id: "debut", choices: [go("a", 2), go("b")] },
  { id: "a", choices: [go("fin-bonne", 1)] },
  { id: "b", choices: [go("a", 1), go("fin-mauvaise", -1)] },
  end("fin-bonne"),
  end("fin-mauvaise"),
];

describe("checkSimulationGraph", () => {
  test("a forward story where branches merge is valid", () => {
    expect(checkSimulationGraph("debut", story)).toEqual([]);
  });

  test("names each fault with its field", () => {
    const broken: StepFacts[] = [
      { id: "debut", choices: [go("nulle-part"), go("impasse")] },
      { id: "impasse", choices: [] },
      { id: "orpheline", choices: [], ending: { debrief: "x" } },
      { id: "bavarde", choices: [go("debut")], ending: { debrief: "x" } },
      { id: "muette", choices: [], ending: { debrief: " " } },
    ];
    expect(checkSimulationGraph("debut", broken).map((p) => `${p.field}: ${p.message}`)).toEqual([
      "steps.0.choices.0.next: le choix mène à l'étape « nulle-part », qui n'existe pas",
      "steps.1: l'étape « impasse » n'a aucun choix et n'est pas une fin (ajouter choices ou ending)",
      "steps.3: l'étape « bavarde » est une fin mais propose des choix : retirer l'un ou l'autre",
      "steps.4.ending.debrief: la fin « muette » n'a pas de débriefing",
      "steps.2: l'étape « orpheline » est inaccessible : aucun choix n'y mène depuis « debut »",
      "steps.3: l'étape « bavarde » est inaccessible : aucun choix n'y mène depuis « debut »",
      "steps.4: l'étape « muette » est inaccessible : aucun choix n'y mène depuis « debut »",
    ]);
  });

  test("an unknown start and duplicate ids are reported", () => {
    const problems = checkSimulationGraph("depart", [end("x"), end("x")]).map((p) => p.message);
    expect(problems).toContain("l'étape de départ « depart » n'existe pas");
    expect(problems).toContain("l'étape « x » existe deux fois");
  });

  test("a loop is reported with its path", () => {
    const loop: StepFacts[] = [
      { id: "debut", choices: [go("a")] },
      { id: "a", choices: [go("b"), go("fin")] },
      { id: "b", choices: [go("a")] },
      end("fin"),
    ];
    expect(checkSimulationGraph("debut", loop)).toEqual([
      { field: "steps", message: "la simulation tourne en rond : a → b → a" },
    ]);
  });
});

test("bestScore follows the best path to an ending", () => {
  expect(bestScore("debut", story)).toBe(3);
});
