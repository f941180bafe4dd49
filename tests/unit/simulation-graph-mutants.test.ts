import { describe, expect, test } from "vitest";
import {
  PATH_LIMIT,
  checkEndings,
  checkSimulationGraph,
  enumeratePaths,
  routeTarget,
  type Outcome,
  type StepFacts,
} from "../../src/lib/simulation/simulation-graph.ts";

// Mutation-testing companions to simulation-graph.test.ts: each case pins a behaviour a surviving mutant broke.
const go = (next: string, points = 0) => ({ next, points });
const end = (id: string): StepFacts => ({ id, choices: [], ending: { debrief: "Bilan." } });
const ending = (id: string, outcome: Outcome) => ({
  id,
  choices: [],
  ending: { debrief: "Bilan.", title: id, outcome },
});
const described = (problems: { field: string; message: string }[]) => problems.map((p) => `${p.field}: ${p.message}`);

describe("checkSimulationGraph", () => {
  test("a duplicate id and an unknown start point at their own fields, and no step said inaccessible for it", () => {
    expect(described(checkSimulationGraph("depart", [end("x"), end("x")]))).toEqual([
      "steps.1.id: l'étape «\u00a0x\u00a0» existe deux fois",
      "start: l'étape de départ «\u00a0depart\u00a0» n'existe pas",
    ]);
  });

  test("a mistyped step name gets the near name the caller finds", () => {
    const near = (wanted: string, names: readonly string[]) => ` (${wanted} → ${names.join("/")})`;
    const steps: StepFacts[] = [{ id: "debut", choices: [go("fiin", 0)] }, end("fin")];
    expect(described(checkSimulationGraph("debutt", steps, near)).slice(0, 2)).toEqual([
      "start: l'étape de départ «\u00a0debutt\u00a0» n'existe pas (debutt → debut/fin)",
      "steps.0.choices.0.next: le choix mène à l'étape «\u00a0fiin\u00a0», qui n'existe pas (fiin → debut/fin)",
    ]);
  });

  test("a threshold equal to the one before is never taken either", () => {
    const steps: StepFacts[] = [
      { id: "debut", choices: [go("verdict", 3)] },
      {
        id: "verdict",
        choices: [],
        route: [{ minScore: 3, next: "fin" }, { minScore: 3, next: "fin" }, { next: "fin" }],
      },
      end("fin"),
    ];
    expect(described(checkSimulationGraph("debut", steps))).toEqual([
      "steps.1.route.1.minScore: minScore 3 n'est jamais atteint ici\u00a0: la suite d'avant (minScore 3) passe en premier\u00a0; classez les seuils du plus haut au plus bas",
    ]);
  });

  test("a loop behind a step's second choice is found too", () => {
    const steps: StepFacts[] = [
      { id: "debut", choices: [go("fin"), go("a")] },
      { id: "a", choices: [go("fin"), go("b")] },
      { id: "b", choices: [go("a")] },
      end("fin"),
    ];
    expect(checkSimulationGraph("debut", steps)).toEqual([
      { field: "steps", message: "la simulation tourne en rond\u00a0: a → b → a" },
    ]);
  });

  test("a long story whose branches keep merging is checked without walking each of its ways through", () => {
    // 40 forks that each merge again: 81 steps, but 2^40 ways from the first to the last.
    const forks = Array.from({ length: 40 }, (_, i): StepFacts[] => [
      { id: `n${i}`, choices: [go(`g${i}`), go(`d${i}`)] },
      { id: `g${i}`, choices: [go(`n${i + 1}`)] },
      { id: `d${i}`, choices: [go(`n${i + 1}`)] },
    ]).flat();
    expect(checkSimulationGraph("n0", [...forks, end("n40")])).toEqual([]);
  });
});

describe("routeTarget", () => {
  test("a route without default sends a score under every minimum to its last entry", () => {
    const route = [
      { minScore: 5, next: "haut" },
      { minScore: 3, next: "milieu" },
      { minScore: 1, next: "bas" },
    ];
    expect(routeTarget(route, 0)).toBe("bas");
  });
});

describe("enumeratePaths", () => {
  test("a simulation that loops has no list of paths, whether it loops by choices or by a route", () => {
    const byChoices: StepFacts[] = [
      { id: "debut", choices: [go("a", 1)] },
      { id: "a", choices: [go("debut", 1)] },
    ];
    const byRoutes: StepFacts[] = [
      { id: "debut", choices: [], route: [{ next: "a" }] },
      { id: "a", choices: [], route: [{ next: "debut" }] },
    ];
    expect(enumeratePaths("debut", byChoices)).toBeUndefined();
    expect(enumeratePaths("debut", byRoutes)).toBeUndefined();
  });

  test("PATH_LIMIT paths are listed; one more is too many", () => {
    const fan = (n: number) => [{ id: "debut", choices: Array.from({ length: n }, () => go("fin")) }, end("fin")];
    expect(enumeratePaths("debut", fan(PATH_LIMIT))).toHaveLength(PATH_LIMIT);
    expect(enumeratePaths("debut", fan(PATH_LIMIT + 1))).toBeUndefined();
  });
});

describe("checkEndings", () => {
  test("a simulation too large to check is reported on its steps", () => {
    const fan = Array.from({ length: PATH_LIMIT + 1 }, () => go("fin"));
    expect(checkEndings("debut", [{ id: "debut", choices: fan }, ending("fin", "reussite")], 70)).toEqual([
      { field: "steps", message: expect.stringMatching(/^la simulation a plus de 100\u202f000 parcours possibles/) },
    ]);
  });

  test("two endings that break a rule are each reported", () => {
    // Best (4) ends in failure; 2 and 1, under the mark of 3, end in success.
    const steps = [
      { id: "debut", choices: [go("fin-a", 4), go("fin-b", 2), go("fin-b", 1), go("fin-c", -1)] },
      ending("fin-a", "echec"),
      ending("fin-b", "reussite"),
      ending("fin-c", "echec"),
    ];
    expect(checkEndings("debut", steps, 70).map((p) => p.field)).toEqual([
      "steps.1.ending.outcome",
      "steps.2.ending.outcome",
    ]);
  });

  test("the paths that break the same rule at the same ending are counted, in the plural past one", () => {
    const steps = [
      { id: "debut", choices: [go("fin-a", 4), go("fin-b", 0), go("fin-b", 1), go("fin-b", 2), go("fin-c", -1)] },
      ending("fin-a", "reussite"),
      ending("fin-b", "reussite"),
      ending("fin-c", "echec"),
    ];
    expect(checkEndings("debut", steps, 70)).toEqual([
      {
        field: "steps.2.ending.outcome",
        message:
          "un parcours à 0\u00a0point, sous le seuil de réussite (3 sur 4), mène à la fin «\u00a0fin-b\u00a0», marquée reussite\u00a0: debut (choix 2, 0) (et 2 autres parcours)",
      },
    ]);
  });

  test("an ending no path reaches is reported on its step", () => {
    const steps = [
      { id: "debut", choices: [go("verdict", 1)] },
      { id: "verdict", choices: [], route: [{ minScore: 5, next: "fin-a" }, { next: "fin-b" }] },
      ending("fin-a", "reussite"),
      ending("fin-b", "reussite"),
    ];
    expect(checkEndings("debut", steps, 0)).toEqual([
      {
        field: "steps.2",
        message:
          "aucun parcours n'atteint la fin «\u00a0fin-a\u00a0»\u00a0: revoyez les minScore des suites qui y mènent",
      },
    ]);
  });
});
