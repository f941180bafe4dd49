// Checks on a simulation's graph of steps, and its best possible score.
// Plain data in, problems out: no Astro, so unit tests run it directly.

export interface StepFacts {
  id: string;
  choices: readonly { next: string; points: number }[];
  ending?: { debrief: string } | undefined;
}

export interface GraphProblem {
  field: string;
  message: string;
}

export function checkSimulationGraph(start: string, steps: readonly StepFacts[]): GraphProblem[] {
  const problems: GraphProblem[] = [];
  const byId = new Map<string, StepFacts>();
  steps.forEach((step, i) => {
    if (byId.has(step.id))
      problems.push({ field: `steps.${i}.id`, message: `l'étape « ${step.id} » existe deux fois` });
    byId.set(step.id, step);
  });
  if (!byId.has(start)) problems.push({ field: "start", message: `l'étape de départ « ${start} » n'existe pas` });

  steps.forEach((step, i) => {
    step.choices.forEach((choice, c) => {
      if (!byId.has(choice.next)) {
        problems.push({
          field: `steps.${i}.choices.${c}.next`,
          message: `le choix mène à l'étape « ${choice.next} », qui n'existe pas`,
        });
      }
    });
    if (step.ending && step.choices.length > 0) {
      problems.push({
        field: `steps.${i}`,
        message: `l'étape « ${step.id} » est une fin mais propose des choix : retirer l'un ou l'autre`,
      });
    }
    if (!step.ending && step.choices.length === 0) {
      problems.push({
        field: `steps.${i}`,
        message: `l'étape « ${step.id} » n'a aucun choix et n'est pas une fin (ajouter choices ou ending)`,
      });
    }
    if (step.ending && !step.ending.debrief.trim()) {
      problems.push({ field: `steps.${i}.ending.debrief`, message: `la fin « ${step.id} » n'a pas de débriefing` });
    }
  });

  const reachable = new Set<string>();
  const walk = (id: string) => {
    if (reachable.has(id) || !byId.has(id)) return;
    reachable.add(id);
    for (const choice of byId.get(id)!.choices) walk(choice.next);
  };
  walk(start);
  steps.forEach((step, i) => {
    if (!reachable.has(step.id)) {
      problems.push({
        field: `steps.${i}`,
        message: `l'étape « ${step.id} » est inaccessible : aucun choix n'y mène depuis « ${start} »`,
      });
    }
  });

  const loop = findLoop(start, byId);
  if (loop) problems.push({ field: "steps", message: `la simulation tourne en rond : ${loop.join(" → ")}` });
  return problems;
}

/** A path that comes back on itself, if any: a simulation always moves forward. */
function findLoop(start: string, byId: Map<string, StepFacts>): string[] | undefined {
  const state = new Map<string, "open" | "done">();
  const visit = (id: string, path: string[]): string[] | undefined => {
    if (state.get(id) === "open") return [...path.slice(path.indexOf(id)), id];
    if (state.get(id) === "done" || !byId.has(id)) return undefined;
    state.set(id, "open");
    for (const choice of byId.get(id)!.choices) {
      const found = visit(choice.next, [...path, id]);
      if (found) return found;
    }
    state.set(id, "done");
    return undefined;
  };
  return visit(start, []);
}

/** The most points a learner can earn from `start` to an ending (the graph has no loop). */
export function bestScore(start: string, steps: readonly StepFacts[]): number {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const memo = new Map<string, number>();
  const best = (id: string): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const step = byId.get(id);
    const value =
      !step || step.choices.length === 0 ? 0 : Math.max(...step.choices.map((c) => c.points + best(c.next)));
    memo.set(id, value);
    return value;
  };
  return best(start);
}
