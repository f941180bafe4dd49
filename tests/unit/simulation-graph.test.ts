import { describe, expect, test } from "vitest";
import {
  PATH_LIMIT,
  bestScore,
  checkEndings,
  checkSimulationGraph,
  enumeratePaths,
  reachesPassMark,
  routeTarget,
  type Outcome,
  type StepFacts,
} from "../../src/lib/simulation/simulation-graph.ts";

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
      "steps.0.choices.0.next: le choix mène à l'étape «\u00a0nulle-part\u00a0», qui n'existe pas",
      "steps.1: l'étape «\u00a0impasse\u00a0» n'a aucun choix et n'est pas une fin (ajouter choices ou ending)",
      "steps.3: l'étape «\u00a0bavarde\u00a0» est une fin mais propose des choix\u00a0: retirer l'un ou l'autre",
      "steps.4.ending.debrief: la fin «\u00a0muette\u00a0» n'a pas de débriefing",
      "steps.2: l'étape «\u00a0orpheline\u00a0» est inaccessible\u00a0: aucun choix n'y mène depuis «\u00a0debut\u00a0»",
      "steps.3: l'étape «\u00a0bavarde\u00a0» est inaccessible\u00a0: aucun choix n'y mène depuis «\u00a0debut\u00a0»",
      "steps.4: l'étape «\u00a0muette\u00a0» est inaccessible\u00a0: aucun choix n'y mène depuis «\u00a0debut\u00a0»",
    ]);
  });

  test("an unknown start and duplicate ids are reported", () => {
    const problems = checkSimulationGraph("depart", [end("x"), end("x")]).map((p) => p.message);
    expect(problems).toContain("l'étape de départ «\u00a0depart\u00a0» n'existe pas");
    expect(problems).toContain("l'étape «\u00a0x\u00a0» existe deux fois");
  });

  test("a loop is reported with its path", () => {
    const loop: StepFacts[] = [
      { id: "debut", choices: [go("a")] },
      { id: "a", choices: [go("b"), go("fin")] },
      { id: "b", choices: [go("a")] },
      end("fin"),
    ];
    expect(checkSimulationGraph("debut", loop)).toEqual([
      { field: "steps", message: "la simulation tourne en rond\u00a0: a → b → a" },
    ]);
  });
});

test("bestScore follows the best path to an ending", () => {
  expect(bestScore("debut", story)).toBe(3);
});

describe("routes and path enumeration", () => {
  const ending = (id: string, outcome: Outcome) => ({
    id,
    choices: [],
    ending: { debrief: "Bilan.", title: id, outcome },
  });
  // debut: +2 or -1 → milieu: +2 or 0 → verdict routes on the total (best 4, pass mark 70 % = 3).
  const routed = (
    outcomes: [Outcome, Outcome, Outcome] = ["reussite", "mitigee", "echec"],
  ): (StepFacts & {
    ending?: { debrief: string; title: string; outcome: Outcome };
  })[] => [
    { id: "debut", choices: [go("milieu", 2), go("milieu", -1)] },
    { id: "milieu", choices: [go("verdict", 2), go("verdict", 0)] },
    {
      id: "verdict",
      choices: [],
      route: [{ minScore: 3, next: "fin-a" }, { minScore: 1, next: "fin-b" }, { next: "fin-c" }],
    },
    ending("fin-a", outcomes[0]),
    ending("fin-b", outcomes[1]),
    ending("fin-c", outcomes[2]),
  ];

  test("every path is listed with its score and the ending its score leads to", () => {
    const paths = enumeratePaths("debut", routed())!;
    expect(paths.map((p) => `${p.score}→${p.ending}`)).toEqual(["4→fin-a", "2→fin-b", "1→fin-b", "-1→fin-c"]);
    expect(paths[1]!.choices).toEqual([
      { step: "debut", index: 0, points: 2 },
      { step: "milieu", index: 1, points: 0 },
    ]);
    expect(bestScore("debut", routed())).toBe(4);
  });

  test("routeTarget takes the first entry whose minimum is met", () => {
    const route = [{ minScore: 3, next: "a" }, { minScore: 1, next: "b" }, { next: "c" }];
    expect([5, 3, 2, 1, 0, -4].map((score) => routeTarget(route, score))).toEqual(["a", "a", "b", "b", "c", "c"]);
  });

  test("a graph too large to walk is said so, not walked forever", () => {
    // 20 steps of 2 choices each: 2^20 paths, more than PATH_LIMIT.
    const wide = Array.from({ length: 20 }, (_, i) => ({
      id: `e${i}`,
      choices: [go(`e${i + 1}`, 1), go(`e${i + 1}`)],
    }));
    const steps = [...wide, ending("e20", "reussite")];
    expect(2 ** 20).toBeGreaterThan(PATH_LIMIT);
    expect(enumeratePaths("e0", steps)).toBeUndefined();
    expect(checkEndings("e0", steps, 70)[0]!.message).toMatch(/plus de 100\u202f000 parcours possibles/);
  });

  test("consistent endings pass", () => {
    expect(checkEndings("debut", routed(), 70)).toEqual([]);
  });

  test("a success reached under the pass mark is refused, naming the path", () => {
    const problems = checkEndings("debut", routed(["reussite", "reussite", "echec"]), 70);
    expect(problems).toEqual([
      {
        field: "steps.4.ending.outcome",
        message:
          "un parcours à 2\u00a0points, sous le seuil de réussite (3 sur 4), mène à la fin «\u00a0fin-b\u00a0», marquée reussite\u00a0: debut (choix 1, +2) → milieu (choix 2, 0) (et 1 autre parcours)",
      },
    ]);
  });

  test("a failure reached at or over the pass mark is refused", () => {
    const steps = routed();
    steps[2]!.route![0]!.next = "fin-c";
    const problems = checkEndings("debut", steps, 70).map((p) => p.message);
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^le meilleur parcours possible \(4\u00a0points\) mène à la fin «\u00a0fin-c\u00a0», marquée echec/,
      ),
    );
    // With a pass mark of 50 % (2 points of 4), the 2-point path now passes, and meets a failure too.
    const lenient = checkEndings("debut", routed(["reussite", "echec", "echec"]), 50).map((p) => p.message);
    expect(lenient).toContainEqual(
      expect.stringMatching(
        /^un parcours à 2\u00a0points, au-dessus du seuil de réussite \(2 sur 4\), mène à la fin «\u00a0fin-b\u00a0», marquée echec/,
      ),
    );
  });

  test("the best play must end in success, not in a mixed ending", () => {
    const problems = checkEndings("debut", routed(["mitigee", "mitigee", "echec"]), 70);
    expect(problems.map((p) => p.field)).toEqual(["steps.3.ending.outcome"]);
  });

  test("the worst play must end in failure", () => {
    const problems = checkEndings("debut", routed(["reussite", "mitigee", "mitigee"]), 70);
    expect(problems.map((p) => p.message)).toEqual([
      "le pire parcours possible (-1\u00a0point) mène à la fin «\u00a0fin-c\u00a0», marquée mitigee\u00a0: la pire partie doit finir en échec\u00a0: debut (choix 2, -1) → milieu (choix 2, 0)",
    ]);
  });

  test("the worst play is not held to failure when even it reaches the pass mark", () => {
    // Every path scores 2 to 4 with a 50 % pass mark: all pass, and none may end in failure.
    const gentle = [
      { id: "debut", choices: [go("fin-a", 4), go("fin-b", 2)] },
      ending("fin-a", "reussite"),
      ending("fin-b", "mitigee"),
    ];
    expect(checkEndings("debut", gentle, 50)).toEqual([]);
  });

  test("an ending no score can reach is reported", () => {
    const steps = routed();
    steps[2]!.route![1]!.minScore = 99; // fin-b now needs more than anyone earns, after fin-a's 3
    expect(checkEndings("debut", steps, 70).map((p) => p.message)).toContainEqual(
      "aucun parcours n'atteint la fin «\u00a0fin-b\u00a0»\u00a0: revoyez les minScore des suites qui y mènent",
    );
  });

  test("route thresholds are ordered from the highest, with the default last", () => {
    const steps: StepFacts[] = [
      { id: "debut", choices: [go("verdict", 1)] },
      {
        id: "verdict",
        choices: [],
        route: [{ minScore: 3, next: "fin" }, { next: "fin" }, { minScore: 6, next: "fin" }, { next: "fin" }],
      },
      end("fin"),
    ];
    expect(checkSimulationGraph("debut", steps).map((p) => `${p.field}: ${p.message}`)).toEqual([
      "steps.1.route.1: seule la dernière suite de l'étape «\u00a0verdict\u00a0» peut être sans minScore\u00a0: les suivantes ne seraient jamais prises",
    ]);
    steps[1]!.route = [{ minScore: 3, next: "fin" }, { minScore: 6, next: "fin" }, { next: "fin" }];
    expect(checkSimulationGraph("debut", steps).map((p) => `${p.field}: ${p.message}`)).toEqual([
      "steps.1.route.1.minScore: minScore 6 n'est jamais atteint ici\u00a0: la suite d'avant (minScore 3) passe en premier\u00a0; classez les seuils du plus haut au plus bas",
    ]);
  });

  test("reachesPassMark compares exactly", () => {
    expect(reachesPassMark(2, 3, 67)).toBe(false); // 66.7 % is short of 67 %
    expect(reachesPassMark(7, 10, 70)).toBe(true);
    expect(reachesPassMark(-1, 0, 70)).toBe(true); // nothing to earn: nothing to fail
  });

  test("route faults are named: unknown target, no default, mixed with choices", () => {
    const steps: StepFacts[] = [
      { id: "debut", choices: [go("verdict")] },
      {
        id: "verdict",
        choices: [go("fin")],
        route: [
          { minScore: 2, next: "fin" },
          { minScore: 0, next: "ailleurs" },
        ],
      },
      end("fin"),
    ];
    expect(checkSimulationGraph("debut", steps).map((p) => `${p.field}: ${p.message}`)).toEqual([
      "steps.1.route.1.next: la suite mène à l'étape «\u00a0ailleurs\u00a0», qui n'existe pas",
      "steps.1.route: l'étape «\u00a0verdict\u00a0» a une suite selon le score (route)\u00a0: elle ne peut avoir ni choix ni fin",
      "steps.1.route: la suite de l'étape «\u00a0verdict\u00a0» doit finir par une entrée sans minScore (la suite par défaut)",
    ]);
  });
});
