import type { Outcome } from "./simulation-wording.ts";

// Checks on a simulation's graph of steps, and its best possible score.
// Plain data in, problems out: no Astro, so unit tests run it directly.

export interface StepFacts {
  id: string;
  choices: readonly { next: string; points: number }[];
  /** A step that leads on by itself, to the first target whose minimum score the learner has. */
  route?: readonly { minScore?: number | undefined; next: string }[] | undefined;
  ending?: { debrief: string } | undefined;
}

/** Every step a step can lead to, by a choice or by its route. */
export const targetsOf = (step: StepFacts): string[] => [
  ...step.choices.map((c) => c.next),
  ...(step.route ?? []).map((r) => r.next),
];

export interface GraphProblem {
  field: string;
  message: string;
}

/**
 * Every problem of a simulation's graph. `nearName` gives « : vouliez-vous dire … ? » for a step
 * name that does not exist (the content check passes it; the browser has no use for it).
 */
export function checkSimulationGraph(
  start: string,
  steps: readonly StepFacts[],
  nearName: (wanted: string, names: readonly string[]) => string = () => "",
): GraphProblem[] {
  const problems: GraphProblem[] = [];
  const byId = new Map<string, StepFacts>();
  steps.forEach((step, i) => {
    if (byId.has(step.id))
      problems.push({ field: `steps.${i}.id`, message: `l'étape «\u00a0${step.id}\u00a0» existe deux fois` });
    byId.set(step.id, step);
  });
  const names = [...byId.keys()];
  if (!byId.has(start)) {
    problems.push({
      field: "start",
      message: `l'étape de départ «\u00a0${start}\u00a0» n'existe pas${nearName(start, names)}`,
    });
  }

  steps.forEach((step, i) => {
    step.choices.forEach((choice, c) => {
      if (!byId.has(choice.next)) {
        problems.push({
          field: `steps.${i}.choices.${c}.next`,
          message: `le choix mène à l'étape «\u00a0${choice.next}\u00a0», qui n'existe pas${nearName(choice.next, names)}`,
        });
      }
    });
    step.route?.forEach((route, r) => {
      if (!byId.has(route.next)) {
        problems.push({
          field: `steps.${i}.route.${r}.next`,
          message: `la suite mène à l'étape «\u00a0${route.next}\u00a0», qui n'existe pas${nearName(route.next, names)}`,
        });
      }
    });
    if (step.route) {
      if (step.choices.length > 0 || step.ending) {
        problems.push({
          field: `steps.${i}.route`,
          message: `l'étape «\u00a0${step.id}\u00a0» a une suite selon le score (route)\u00a0: elle ne peut avoir ni choix ni fin`,
        });
      }
      const last = step.route.at(-1);
      if (!last || last.minScore !== undefined) {
        problems.push({
          field: `steps.${i}.route`,
          message: `la suite de l'étape «\u00a0${step.id}\u00a0» doit finir par une entrée sans minScore (la suite par défaut)`,
        });
      }
      // The first entry met wins: a default before the end, or a minimum not below the one before, is never taken.
      step.route.forEach((route, r) => {
        const before = step.route![r - 1];
        if (r < step.route!.length - 1 && route.minScore === undefined) {
          problems.push({
            field: `steps.${i}.route.${r}`,
            message: `seule la dernière suite de l'étape «\u00a0${step.id}\u00a0» peut être sans minScore\u00a0: les suivantes ne seraient jamais prises`,
          });
        } else if (
          before?.minScore !== undefined &&
          route.minScore !== undefined &&
          route.minScore >= before.minScore
        ) {
          problems.push({
            field: `steps.${i}.route.${r}.minScore`,
            message: `minScore ${route.minScore} n'est jamais atteint ici\u00a0: la suite d'avant (minScore ${before.minScore}) passe en premier\u00a0; classez les seuils du plus haut au plus bas`,
          });
        }
      });
    }
    if (step.ending && step.choices.length > 0) {
      problems.push({
        field: `steps.${i}`,
        message: `l'étape «\u00a0${step.id}\u00a0» est une fin mais propose des choix\u00a0: retirer l'un ou l'autre`,
      });
    }
    if (!step.ending && !step.route && step.choices.length === 0) {
      problems.push({
        field: `steps.${i}`,
        message: `l'étape «\u00a0${step.id}\u00a0» n'a aucun choix et n'est pas une fin (ajouter choices ou ending)`,
      });
    }
    if (step.ending && !step.ending.debrief.trim()) {
      problems.push({
        field: `steps.${i}.ending.debrief`,
        message: `la fin «\u00a0${step.id}\u00a0» n'a pas de débriefing`,
      });
    }
  });

  const reachable = new Set<string>();
  const walk = (id: string) => {
    if (reachable.has(id) || !byId.has(id)) return;
    reachable.add(id);
    for (const next of targetsOf(byId.get(id)!)) walk(next);
  };
  walk(start);
  // Without its start, every step would be said inaccessible: the start's problem is the one to fix.
  if (!byId.has(start)) return problems;
  steps.forEach((step, i) => {
    if (!reachable.has(step.id)) {
      problems.push({
        field: `steps.${i}`,
        message: `l'étape «\u00a0${step.id}\u00a0» est inaccessible\u00a0: aucun choix n'y mène depuis «\u00a0${start}\u00a0»`,
      });
    }
  });

  const loop = findLoop(start, byId);
  if (loop) problems.push({ field: "steps", message: `la simulation tourne en rond\u00a0: ${loop.join(" → ")}` });
  return problems;
}

/** A path that comes back on itself, if any: a simulation always moves forward. */
function findLoop(start: string, byId: Map<string, StepFacts>): string[] | undefined {
  const state = new Map<string, "open" | "done">();
  const visit = (id: string, path: string[]): string[] | undefined => {
    if (state.get(id) === "open") return [...path.slice(path.indexOf(id)), id];
    if (state.get(id) === "done" || !byId.has(id)) return undefined;
    state.set(id, "open");
    for (const next of targetsOf(byId.get(id)!)) {
      const found = visit(next, [...path, id]);
      if (found) return found;
    }
    state.set(id, "done");
    return undefined;
  };
  return visit(start, []);
}

/** The step a route leads to with `score` points so far: the first whose minimum is met. */
export function routeTarget(route: NonNullable<StepFacts["route"]>, score: number): string {
  return (route.find((r) => r.minScore === undefined || score >= r.minScore) ?? route.at(-1)!).next;
}

/** One way through a simulation: the choices made (by step and index), the score, the ending reached. */
export interface PlayPath {
  choices: { step: string; index: number; points: number }[];
  score: number;
  ending: string;
}

/** More paths than this and the simulation is too large to check (and to play through). */
export const PATH_LIMIT = 100_000;

/**
 * Every way a learner can play from `start` to an ending, following routes by the
 * score so far. Undefined when there are more than PATH_LIMIT (or the graph is broken).
 */
export function enumeratePaths(start: string, steps: readonly StepFacts[]): PlayPath[] | undefined {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const paths: PlayPath[] = [];
  let broken = false;
  const walk = (id: string, choices: PlayPath["choices"], score: number, depth: number) => {
    const step = byId.get(id);
    // Walking on once PATH_LIMIT paths are found would find one more: more than PATH_LIMIT.
    if (!step || depth > steps.length || broken || paths.length >= PATH_LIMIT) {
      broken = true;
      return;
    }
    if (step.route) return walk(routeTarget(step.route, score), choices, score, depth + 1);
    if (step.choices.length === 0) {
      paths.push({ choices, score, ending: id });
      return;
    }
    step.choices.forEach((choice, index) =>
      walk(choice.next, [...choices, { step: id, index, points: choice.points }], score + choice.points, depth + 1),
    );
  };
  walk(start, [], 0, 0);
  return broken ? undefined : paths;
}

/** The most points a learner can earn from `start` to an ending. */
export function bestScore(start: string, steps: readonly StepFacts[]): number {
  const paths = enumeratePaths(start, steps) ?? [];
  return Math.max(0, ...paths.map((p) => p.score));
}

export type { Outcome };

/** "1 point", "-2 points", "0 point" (French: 0 and 1 take the singular), with a no-break space. */
export const points = (n: number) => `${n}\u00a0point${Math.abs(n) >= 2 ? "s" : ""}`;

/** Whether `score` reaches the pass mark: `passScore` percent of the best score, compared exactly. */
export const reachesPassMark = (score: number, best: number, passScore: number) =>
  best <= 0 || score * 100 >= passScore * best;

/**
 * Endings consistent with play: a path under the pass mark never reaches a success, a path
 * at or over it never reaches a failure, the best possible play always ends in success
 * and the worst in failure.
 */
export function checkEndings(
  start: string,
  steps: readonly (StepFacts & { ending?: { debrief: string; outcome: Outcome; title: string } | undefined })[],
  passScore: number,
): GraphProblem[] {
  const paths = enumeratePaths(start, steps);
  if (!paths) {
    return [
      {
        field: "steps",
        message: `la simulation a plus de ${PATH_LIMIT.toLocaleString("fr-FR")} parcours possibles\u00a0: impossible de vérifier ses fins, simplifiez-la`,
      },
    ];
  }
  const best = Math.max(0, ...paths.map((p) => p.score));
  const worst = Math.min(...paths.map((p) => p.score));
  const index = new Map(steps.map((s, i) => [s.id, i]));
  const mark = Math.ceil((passScore * best) / 100);
  // One problem per ending and rule, with the first path that breaks it and how many others do.
  const found = new Map<string, { i: number; message: string; path: PlayPath; others: number }>();
  for (const path of paths) {
    const i = index.get(path.ending)!;
    const ending = steps[i]!.ending;
    if (!ending) continue;
    const passes = reachesPassMark(path.score, best, passScore);
    let rule: string | undefined;
    let message = "";
    if (path.score === best && ending.outcome !== "reussite") {
      rule = "best";
      message = `le meilleur parcours possible (${points(path.score)}) mène à la fin «\u00a0${ending.title}\u00a0», marquée ${ending.outcome}\u00a0: la meilleure partie doit finir en réussite`;
    } else if (path.score === worst && !reachesPassMark(worst, best, passScore) && ending.outcome !== "echec") {
      rule = "worst";
      message = `le pire parcours possible (${points(path.score)}) mène à la fin «\u00a0${ending.title}\u00a0», marquée ${ending.outcome}\u00a0: la pire partie doit finir en échec`;
    } else if (!passes && ending.outcome === "reussite") {
      rule = "under";
      message = `un parcours à ${points(path.score)}, sous le seuil de réussite (${mark} sur ${best}), mène à la fin «\u00a0${ending.title}\u00a0», marquée reussite`;
    } else if (passes && ending.outcome === "echec") {
      rule = "over";
      message = `un parcours à ${points(path.score)}, au-dessus du seuil de réussite (${mark} sur ${best}), mène à la fin «\u00a0${ending.title}\u00a0», marquée echec`;
    }
    if (!rule) continue;
    const key = `${path.ending}:${rule}`;
    const known = found.get(key);
    if (known) known.others++;
    else found.set(key, { i, message, path, others: 0 });
  }
  const describe = (path: PlayPath) =>
    path.choices.map((c) => `${c.step} (choix ${c.index + 1}, ${c.points > 0 ? "+" : ""}${c.points})`).join(" → ");
  const problems = [...found.values()].map(({ i, message, path, others }) => ({
    field: `steps.${i}.ending.outcome`,
    message: `${message}\u00a0: ${describe(path)}${others > 0 ? ` (et ${others} autre${others > 1 ? "s" : ""} parcours)` : ""}`,
  }));
  // An ending that a route points to but no score can reach would never be played (nor checked).
  const reached = new Set(paths.map((p) => p.ending));
  steps.forEach((step, i) => {
    if (step.ending && !reached.has(step.id)) {
      problems.push({
        field: `steps.${i}`,
        message: `aucun parcours n'atteint la fin «\u00a0${step.ending.title}\u00a0»\u00a0: revoyez les minScore des suites qui y mènent`,
      });
    }
  });
  return problems;
}
