import { z } from "astro/zod";
import { reference } from "./reference.ts";
import { text } from "./vocabulary.ts";

// A trainer's guide (`content/guides/<module>.yaml`): how to run one module with a group, on its
// own page /formateur/guides/<module>/. Its file name is the module's id; that the module and the
// simulation exist, and that every module has its guide, is checked across files
// (src/lib/course/course-checks.ts).

/** A non-empty list of lines, each trimmed; `what` names the list in messages. */
const lines = (what: string, item: string, min: number, max: number) =>
  z
    .array(text(item), { error: `${what}\u00a0: liste attendue, une ligne par élément («\u00a0- …\u00a0»)` })
    .min(min, { error: `${what}\u00a0: au moins ${min}` })
    .max(max, { error: `${what}\u00a0: au plus ${max}` });

/** Minutes, a whole number between `min` and `max`. */
const minutes = (what: string, min: number, max: number) =>
  z
    .number({ error: `${what}\u00a0: nombre de minutes attendu, par exemple 120` })
    .int({ error: `${what}\u00a0: nombre entier de minutes` })
    .min(min, { error: `${what}\u00a0: au moins ${min} minutes` })
    .max(max, { error: `${what}\u00a0: au plus ${max} minutes` });

/** The group activity: a title, numbered steps, a duration. */
const activitySchema = z.strictObject(
  {
    /** The activity's name, as written on the board. */
    title: text("le titre de l'activité"),
    /** What the group does, step by step, in order. */
    steps: lines("les étapes de l'activité", "une étape", 3, 8),
    /** How long the activity takes, in minutes. */
    minutes: minutes("la durée de l'activité", 15, 120),
  },
  { error: "activité attendue\u00a0: title, steps, minutes" },
);

/** One part of the session: what happens, for how long. */
const partSchema = z.strictObject(
  {
    /** What the group does in this part, e.g. « Simulation jouée ensemble ». */
    title: text("le titre de la partie"),
    /** Its length in minutes. */
    minutes: minutes("la durée de la partie", 5, 120),
  },
  { error: "partie de séance attendue\u00a0: title, minutes" },
);

/** A belief learners often bring, and what is true instead. */
const misconceptionSchema = z.strictObject(
  {
    /** What learners believe, in their words. */
    belief: text("l'idée reçue"),
    /** What is true, and how to show it. */
    reality: text("la réalité"),
  },
  { error: "idée reçue attendue\u00a0: belief, reality" },
);

/** A trainer's guide for one module. */
export const guideSchema = z
  .strictObject({
    /** What learners can do at the end of the session, one line each. */
    objectives: lines("les objectifs", "un objectif", 2, 6),
    /** The suggested length of the whole session, in minutes (90 to 180). */
    sessionMinutes: minutes("la durée de séance", 90, 180),
    /** The session, part by part; the parts add up to sessionMinutes. */
    plan: z
      .array(partSchema, { error: "le déroulé\u00a0: liste de { title, minutes } attendue" })
      .min(3, { error: "le déroulé\u00a0: au moins 3 parties" })
      .max(8, { error: "le déroulé\u00a0: au plus 8 parties" }),
    /** The group activity at the heart of the session. */
    activity: activitySchema,
    /** Questions to open the discussion, 4 to 6. */
    discussion: lines("les questions de discussion", "une question", 4, 6),
    /** The simulation to play together (a file of content/simulations/, without .yaml). */
    simulation: reference("simulations"),
    /** Common misconceptions and the reality, 3 to 5. */
    misconceptions: z
      .array(misconceptionSchema, { error: "les idées reçues\u00a0: liste de { belief, reality } attendue" })
      .min(3, { error: "les idées reçues\u00a0: au moins 3" })
      .max(5, { error: "les idées reçues\u00a0: au plus 5" }),
  })
  .superRefine((guide, context) => {
    const total = guide.plan.reduce((sum, part) => sum + part.minutes, 0);
    if (total !== guide.sessionMinutes) {
      context.addIssue({
        code: "custom",
        path: ["plan"],
        message: `les parties du déroulé font ${total} minutes, la séance ${guide.sessionMinutes}\u00a0: les accorder`,
      });
    }
    if (guide.activity.minutes >= guide.sessionMinutes) {
      context.addIssue({
        code: "custom",
        path: ["activity", "minutes"],
        message:
          "l'activité dure autant que la séance entière ou plus\u00a0: revoir activity.minutes ou sessionMinutes",
      });
    }
  });
