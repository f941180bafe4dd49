// Plays a simulation page as a learner would, choosing by what the content file
// says of each choice (its points), never by where the page shows it: the page
// shuffles the choices for each play.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { parse } from "yaml";
import { ROOT } from "./paths.ts";
import { enumeratePaths, type StepFacts } from "../../src/lib/simulation/simulation-graph.ts";

export interface SimulationContent {
  title: string;
  start: string;
  passScore?: number;
  related?: string[];
  steps: (Omit<StepFacts, "choices"> & {
    prompt?: string;
    choices: { label: string; next: string; points: number; debrief: string }[];
    ending?: { title: string; outcome: "reussite" | "mitigee" | "echec"; debrief: string };
  })[];
}

export function simulationContent(id: string): SimulationContent {
  const data = parse(readFileSync(join(ROOT, "content/simulations", `${id}.yaml`), "utf8"));
  return { ...data, steps: data.steps.map((s: any) => ({ ...s, choices: s.choices ?? [] })) };
}

/** The labels of the best and the worst path, by total score. */
export function extremePaths(content: SimulationContent) {
  const paths = enumeratePaths(content.start, content.steps)!;
  const byStep = new Map(content.steps.map((s) => [s.id, s]));
  const labels = (path: (typeof paths)[number]) =>
    path.choices.map((c) => ({ step: c.step, label: byStep.get(c.step)!.choices[c.index]!.label }));
  const best = paths.reduce((a, b) => (b.score > a.score ? b : a));
  const worst = paths.reduce((a, b) => (b.score < a.score ? b : a));
  return { best: { ...best, labels: labels(best) }, worst: { ...worst, labels: labels(worst) } };
}

/** Clicks, step by step, the choices of a path given as labels; returns the ending's step id. */
export async function playPath(page: Page, path: { step: string; label: string }[]): Promise<string> {
  const stage = page.locator("relais-simulation .sim-stage");
  for (const { step, label } of path) {
    await page.locator(`relais-simulation .sim-stage[data-step="${step}"]`).waitFor();
    await stage.getByRole("button", { name: label, exact: true }).click();
  }
  await page.locator("relais-simulation .sim-stage[data-outcome]").waitFor();
  return (await stage.getAttribute("data-step"))!;
}
