import { z } from "astro/zod";
import { reference } from "./reference.ts";
import { wrongKind } from "./messages.ts";
import { readersSchema, text } from "./vocabulary.ts";
import { checkEndings, checkSimulationGraph } from "../lib/simulation/simulation-graph.ts";
import { didYouMeanName, nearest } from "../lib/content-check/nearest.ts";

// A branching crisis simulation (`content/simulations/*.yaml`): a graph of steps.
// Graph checks (unknown targets, unreachable steps, dead ends, loops, routes) and the
// endings checked against every path's score are in src/lib/simulation/simulation-graph.ts, unit-tested.

const id = z
  .string({ error: "identifiant d'étape attendu, par exemple debut" })
  .regex(/^[a-z0-9-]+$/, { error: "identifiant en minuscules sans accents ni espaces, par exemple debut" });

/** Who speaks in the feed; decides how the message looks. */
export const SPEAKERS = [
  "client",
  "concurrent",
  "direction",
  "journaliste",
  "collegue",
  "marque",
  "communaute",
  "systeme",
] as const;

/** A message that lands in the feed when the step opens. */
const messageSchema = z.strictObject({
  /** Display name, e.g. "Pixel & Co" or "Julie M.". */
  author: text("l'auteur du message"),
  /** client, concurrent, direction, journaliste, collegue, marque, communaute or systeme. */
  role: z.enum(SPEAKERS, { error: `rôle inconnu\u00a0: choisir parmi ${SPEAKERS.join(", ")}` }),
  text: text("le texte du message"),
});

/** A reply or action the learner may pick. */
const choiceSchema = z.strictObject({
  /** What the learner does, as a button label. */
  label: text("le libellé du choix"),
  /** The step this choice leads to. */
  next: id,
  /** Points this choice earns (negative for a harmful move). */
  points: z
    .number({ error: wrongKind("nombre de points attendu (par exemple 2, 0 ou -1)") })
    .int()
    .min(-5)
    .max(5),
  /** What happens right after, shown at once. */
  consequence: text("la conséquence du choix"),
  /** Why this choice is wise or not, recalled in the final debrief. */
  debrief: text("le commentaire de débriefing du choix"),
});

/** How an ending judges the play; the build checks it against the score of every path that leads there. */
export const OUTCOMES = ["reussite", "mitigee", "echec"] as const;

const endingSchema = z.strictObject({
  /** Short verdict, e.g. "Crise désamorcée". */
  title: text("le titre de la fin"),
  /** reussite (at or over the pass mark; the best play), mitigee (neither the best nor the worst play) or echec (under the pass mark; the worst play). */
  outcome: z.enum(OUTCOMES, {
    error: (issue) =>
      issue.input === undefined
        ? "outcome est obligatoire pour une fin\u00a0: reussite, mitigee ou echec"
        : `outcome inconnu («\u00a0${String(issue.input)}\u00a0»)\u00a0: choisir parmi reussite, mitigee, echec`,
  }),
  /** How it went and what to retain. Required: an ending teaches. */
  debrief: text("le débriefing de la fin"),
});

/** One way on from a step that decides by itself: to `next` when the learner has at least `minScore` points. */
const routeSchema = z.strictObject({
  /** Points needed so far; the last entry has none (where everyone else goes). */
  minScore: z.number({ error: "nombre de points attendu, par exemple 6" }).int().optional(),
  next: id,
});

const stepSchema = z.strictObject({
  id,
  /** Messages that arrive in the feed at this step. */
  feed: z.array(messageSchema).default([]),
  /** The question put to the learner ("Que faites-vous ?"). */
  prompt: z.string().trim().min(1).optional(),
  choices: z.array(choiceSchema).default([]),
  /** Instead of choices: where the story goes by the score so far (first entry whose minScore is met). */
  route: z.array(routeSchema).min(1, { error: "au moins une suite" }).optional(),
  /** Present on a final step only. */
  ending: endingSchema.optional(),
});

/** « : vouliez-vous dire « crise-ouverte » ? » for a mistyped step name. */
const nearStep = (wanted: string, names: readonly string[]) => {
  const near = nearest(wanted, names);
  return didYouMeanName(near);
};

export const simulationSchema = z
  .strictObject({
    title: text("le titre"),
    summary: text("le résumé"),
    /** The module this simulation practises. */
    module: reference("modules"),
    audiences: readersSchema,
    /** Share of the best possible score, in percent, that counts as played well (default 70). */
    passScore: z
      .number({ error: "pourcentage attendu, par exemple 70" })
      .int({ error: "nombre entier attendu" })
      .min(1, { error: "au moins 1 (%)" })
      .max(100, { error: "au plus 100 (%)" })
      .default(70),
    /** Lessons the ending offers to read next. */
    related: z.array(reference("lessons")).default([]),
    /** The step the simulation opens on. */
    start: id,
    steps: z.array(stepSchema).min(2, { error: "une simulation a au moins deux étapes" }),
  })
  .superRefine((simulation, ctx) => {
    const graph = checkSimulationGraph(simulation.start, simulation.steps, nearStep);
    // The endings' scores add up the points: with a point out of bounds (an issue already said,
    // that lets this check run), they would only repeat it at length.
    const sound = graph.length === 0 && ctx.issues.length === 0;
    const endings = sound ? checkEndings(simulation.start, simulation.steps, simulation.passScore) : [];
    for (const problem of [...graph, ...endings]) {
      ctx.addIssue({
        code: "custom",
        path: problem.field.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
        message: problem.message,
      });
    }
  });
