// A branching simulation (src/schemas/simulation.ts), parsed as the build parses it: each rule
// refuses with the line an author reads, its path pointing at the step, choice or ending at fault.
// The graph and ending checks themselves are unit-tested in simulation-graph.test.ts; here, that
// the schema reports them under the right field.
import { describe, expect, test } from "vitest";
import type { z } from "astro/zod";
import { simulationSchema } from "../../src/schemas/simulation.ts";
import { describeBuildCases, issues, parsed } from "../support/schema-issues.ts";
import { fixtureData, replace } from "../support/content-files.ts";

const SIM = "simulations/exercice.yaml";
type SimulationInput = z.input<typeof simulationSchema>;
type StepInput = SimulationInput["steps"][number];

const base = () => fixtureData<SimulationInput>(SIM);
/** The fixture with one step changed. */
const stepWith = (id: string, change: (step: StepInput) => unknown) =>
  issues(simulationSchema, { ...base(), steps: base().steps.map((step) => (step.id === id ? change(step) : step)) });
/** The fixture with the first choice of its first step changed. */
const firstChoiceWith = (fields: Record<string, unknown>) =>
  stepWith("debut", (step) => ({ ...step, choices: step.choices!.map((c, i) => (i === 0 ? { ...c, ...fields } : c)) }));

test("a mistyped start is said once, with the near step, and no step said inaccessible for it", () => {
  expect(issues(simulationSchema, { ...base(), start: "debutt" })).toEqual([
    "start: l'étape de départ «\u00a0debutt\u00a0» n'existe pas\u00a0: vouliez-vous dire «\u00a0debut\u00a0»\u00a0?",
  ]);
});

test("the fixture simulation is valid; passScore defaults to 70, lists to empty", () => {
  const simulation = parsed(simulationSchema, base());
  expect(simulation.passScore).toBe(70);
  expect(simulation.module).toEqual({ id: "alpha", collection: "modules" });
  expect(simulation.related).toEqual([{ id: "premiere", collection: "lessons" }]);
  const ending = simulation.steps.find((s) => s.id === "bonne-fin")!;
  expect([ending.feed, ending.choices]).toEqual([[], []]);
});

describeBuildCases(simulationSchema, [
  {
    name: "simulation choice leading to an unknown step",
    file: SIM,
    edit: replace("next: relance", "next: fin-inconnue"),
    says: ["steps.0.choices.0.next: le choix mène à l'étape «\u00a0fin-inconnue\u00a0», qui n'existe pas"],
  },
  {
    name: "unreachable simulation step",
    file: SIM,
    edit: (text: string) =>
      `${text}  - id: orpheline\n    ending:\n      title: Perdue\n      outcome: echec\n      debrief: Personne n'arrive ici.\n`,
    says: [
      "steps.7: l'étape «\u00a0orpheline\u00a0» est inaccessible\u00a0: aucun choix n'y mène depuis «\u00a0debut\u00a0»",
    ],
  },
  {
    name: "simulation step with no way out that is not an ending",
    file: SIM,
    edit: replace(
      /  - id: mauvaise-fin\n    ending:\n      title: Raté\n      outcome: echec\n      debrief: Il fallait répondre.\n/,
      "  - id: mauvaise-fin\n    prompt: Et maintenant\u00a0?\n",
    ),
    says: [
      "steps.6: l'étape «\u00a0mauvaise-fin\u00a0» n'a aucun choix et n'est pas une fin (ajouter choices ou ending)",
    ],
  },
  {
    name: "simulation ending without debrief",
    file: SIM,
    edit: replace("      debrief: Il fallait répondre.\n", ""),
    says: ["steps.6.ending.debrief: le débriefing de la fin est obligatoire"],
  },
  {
    name: "simulation ending without outcome",
    file: SIM,
    edit: replace("      outcome: mitigee\n", ""),
    says: ["steps.5.ending.outcome: outcome est obligatoire pour une fin\u00a0: reussite, mitigee ou echec"],
  },
  {
    name: "simulation whose success ending a poor play reaches",
    // Every path of 1 to 4 points (under the pass mark of 5) would be told it succeeded.
    file: SIM,
    edit: replace("      outcome: mitigee\n", "      outcome: reussite\n"),
    says: [
      /^steps\.5\.ending\.outcome: un parcours à \d\u00a0points?, sous le seuil de réussite \(5 sur 6\), mène à la fin «\u00a0Presque\u00a0», marquée reussite\u00a0: debut \(choix \d/,
    ],
  },
]);

describe("each field's rule", () => {
  test("passScore: a whole percentage from 1 to 100", () => {
    const withPass = (passScore: unknown) => issues(simulationSchema, { ...base(), passScore });
    expect(withPass("beaucoup")).toEqual(["passScore: pourcentage attendu, par exemple 70"]);
    expect(withPass(7.5)).toEqual(["passScore: nombre entier attendu"]);
    // Out of range, the endings are judged against that mark too: the range's line comes first.
    expect(withPass(0)[0]).toBe("passScore: au moins 1 (%)");
    expect(withPass(101)[0]).toBe("passScore: au plus 100 (%)");
  });

  test("at least two steps", () => {
    expect(issues(simulationSchema, { ...base(), steps: base().steps.slice(0, 1) })[0]).toBe(
      "steps: une simulation a au moins deux étapes",
    );
  });

  test("step ids: lowercase letters, digits and dashes", () => {
    expect(issues(simulationSchema, { ...base(), start: 1 })).toEqual([
      "start: identifiant d'étape attendu, par exemple debut",
    ]);
    expect(issues(simulationSchema, { ...base(), start: "Début" })[0]).toBe(
      "start: identifiant en minuscules sans accents ni espaces, par exemple debut",
    );
  });

  test("a message's role comes from the list of speakers", () => {
    expect(stepWith("debut", (step) => ({ ...step, feed: [{ ...step.feed![0], role: "voisin" }] }))).toEqual([
      "steps.0.feed.0.role: rôle inconnu\u00a0: choisir parmi client, concurrent, direction, journaliste, collegue, marque, communaute, systeme",
    ]);
  });

  test("a choice's points: a whole number from -5 to 5", () => {
    for (const points of ["beaucoup", 1.5]) {
      expect(firstChoiceWith({ points })[0], String(points)).toBe(
        "steps.0.choices.0.points: nombre de points attendu (par exemple 2, 0 ou -1)",
      );
    }
    // Out of bounds, the message says the bound and the value, and only that (no ending's score
    // computed from it).
    expect(firstChoiceWith({ points: 10 })).toEqual(["steps.0.choices.0.points: au plus 5 (ici\u00a0: 10)"]);
    expect(firstChoiceWith({ points: -6 })[0]).toBe("steps.0.choices.0.points: au moins -5 (ici\u00a0: -6)");
  });

  test("a choice has its label, consequence and debrief", () => {
    expect(firstChoiceWith({ label: undefined, consequence: "", debrief: undefined })).toEqual([
      "steps.0.choices.0.label: le libellé du choix est obligatoire",
      "steps.0.choices.0.consequence: la conséquence du choix\u00a0: ne doit pas être vide",
      "steps.0.choices.0.debrief: le commentaire de débriefing du choix est obligatoire",
    ]);
  });

  test("a step's prompt is not blank", () => {
    expect(stepWith("bilan", (step) => ({ ...step, prompt: "  " }))).toEqual(["steps.2.prompt: ne doit pas être vide"]);
  });

  test("a route has at least one way on, and minScore is a number", () => {
    expect(stepWith("verdict", (step) => ({ ...step, route: [] }))[0]).toBe("steps.3.route: au moins une suite");
    expect(
      stepWith("verdict", (step) => ({
        ...step,
        route: [{ minScore: "cinq", next: "bonne-fin" }, ...step.route!.slice(1)],
      })),
    ).toEqual(["steps.3.route.0.minScore: nombre de points attendu, par exemple 6"]);
  });

  test("an ending's outcome is one of three", () => {
    expect(stepWith("bonne-fin", (step) => ({ ...step, ending: { ...step.ending!, outcome: "gagne" } }))).toEqual([
      "steps.4.ending.outcome: outcome inconnu («\u00a0gagne\u00a0»)\u00a0: choisir parmi reussite, mitigee, echec",
    ]);
  });
});
