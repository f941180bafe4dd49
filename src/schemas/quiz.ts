import { z } from "astro/zod";
import { text } from "./vocabulary.ts";

// A lesson's quiz, in its frontmatter under `quiz:`. Checks that need the whole
// question (a right answer exists, ids are unique…) are in superRefine, with
// messages an author can act on.

const id = z
  .string({ error: "identifiant attendu (lettres, chiffres, tirets), par exemple q1" })
  .regex(/^[a-z0-9-]+$/, { error: "identifiant en minuscules sans accents ni espaces, par exemple q1" })
  .max(40, { error: "identifiant de 40 caractères au plus, par exemple q1" });

/** A possible answer of a single-choice, multiple-choice or scenario question. */
const optionSchema = z.strictObject({
  /** Unique within the question. */
  id,
  /** The answer as the learner reads it. */
  text: text("le texte de l'option"),
  /** True for a right answer. */
  correct: z.boolean({ error: "correct doit valoir true ou false" }).default(false),
  /** Shown when the learner picks this option: why it is right or wrong (for a scenario, what happens next). */
  feedback: text("le retour (feedback) de l'option"),
});

/** One step of an ordering question; the list is written in the right order. */
const stepSchema = z.strictObject({ id, text: text("le texte de l'étape") });

const common = {
  /** Unique within the quiz. */
  id,
  /** The question. */
  prompt: text("la question"),
  /** Shown once answered: the reasoning, whatever was picked. */
  explanation: text("l'explication"),
};

export const questionSchema = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({ ...common, kind: z.literal("single"), options: z.array(optionSchema).min(2) }),
    z.strictObject({ ...common, kind: z.literal("multiple"), options: z.array(optionSchema).min(2) }),
    z.strictObject({
      ...common,
      kind: z.literal("scenario"),
      /** The situation the learner faces, before the prompt. */
      situation: text("la situation"),
      options: z.array(optionSchema).min(2),
    }),
    z.strictObject({
      ...common,
      kind: z.literal("ordering"),
      steps: z.array(stepSchema).min(3, { error: "une question à remettre dans l'ordre demande au moins 3 étapes" }),
    }),
  ],
  { error: "kind doit valoir single, multiple, scenario ou ordering" },
);

export type Question = z.output<typeof questionSchema>;

/** Ids seen twice in a list, in order of their second appearance. */
const duplicates = (ids: string[]) => ids.filter((value, i) => ids.indexOf(value) !== i);

export const quizSchema = z
  .strictObject({
    /** Percentage of right answers needed to pass. */
    passScore: z.number().int().min(1).max(100).default(70),
    // Bounded like what the learner's device keeps of a result (MAX_QUESTIONS in src/lib/progress/schema.ts).
    questions: z
      .array(questionSchema)
      .min(1, { error: "un quiz a au moins une question" })
      .max(30, { error: "un quiz a au plus 30 questions\u00a0: partagez la leçon en deux" }),
  })
  .superRefine((quiz, ctx) => {
    for (const dup of duplicates(quiz.questions.map((q) => q.id))) {
      ctx.addIssue({
        code: "custom",
        path: ["questions"],
        message: `l'identifiant de question «\u00a0${dup}\u00a0» est utilisé deux fois`,
      });
    }
    quiz.questions.forEach((question, i) => {
      const where = ["questions", i];
      const items = question.kind === "ordering" ? question.steps : question.options;
      for (const dup of duplicates(items.map((item) => item.id))) {
        ctx.addIssue({
          code: "custom",
          path: [...where],
          message: `la question ${question.id} utilise deux fois l'identifiant «\u00a0${dup}\u00a0»`,
        });
      }
      // Two options that read the same: the learner cannot tell them apart, and one is right or wrong by chance.
      const said = items.map((item) => item.text.trim().toLocaleLowerCase("fr"));
      said.forEach((text, j) => {
        if (said.indexOf(text) === j) return;
        ctx.addIssue({
          code: "custom",
          path: [...where, question.kind === "ordering" ? "steps" : "options", j, "text"],
          message: `la question ${question.id} propose deux fois «\u00a0${items[j]!.text.trim()}\u00a0»\u00a0: chaque ${question.kind === "ordering" ? "étape" : "option"} doit se lire autrement`,
        });
      });
      if (question.kind === "ordering") return;
      const right = question.options.filter((o) => o.correct).length;
      if (right === 0) {
        ctx.addIssue({
          code: "custom",
          path: [...where, "options"],
          message: `la question ${question.id} n'a aucune bonne réponse (correct: true)`,
        });
      } else if (right > 1 && question.kind !== "multiple") {
        const kind = question.kind === "single" ? "à choix unique" : "de mise en situation";
        ctx.addIssue({
          code: "custom",
          path: [...where, "options"],
          message: `la question ${question.id} est ${kind} mais a ${right} bonnes réponses\u00a0: une seule, ou kind: multiple`,
        });
      }
    });
  });

export type Quiz = z.output<typeof quizSchema>;
