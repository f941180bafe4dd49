import { z } from "astro/zod";
import { reference } from "./reference.ts";
import { wrongKind } from "./messages.ts";
import { readersSchema, dayOfCalendar, kindSchema, levelSchema, text } from "./vocabulary.ts";
import { quizSchema } from "./quiz.ts";
import { sourceSchema } from "./source.ts";

/** How many questions an explainer's « Pour vérifier » holds. */
export const EXPLAINER_CHECK = { min: 2, max: 3 } as const;

/** Frontmatter of a lesson (`content/lessons/**\/*.mdx`). */
export const lessonSchema = z
  .strictObject(
    {
      /** The lesson's title, as shown in lists and on the page. */
      title: text("le titre"),
      /** One or two sentences saying what the reader gets from the lesson. */
      summary: text("le résumé"),
      /** lecon, playbook (printable procedure), explication (for non-CMs) or cas (case study). */
      kind: kindSchema,
      /** Who the lesson is for; decides which home-page door lists it. */
      audiences: readersSchema,
      /** debutant, intermediaire or confirme. */
      level: levelSchema,
      /** Reading time in minutes; computed from the text when absent. */
      minutes: z
        .number({ error: wrongKind("durée en minutes attendue") })
        .int()
        .positive()
        .max(120)
        .optional(),
      /** What the reader will be able to do afterwards, one line each. */
      objectives: z
        .array(text("un objectif"), { error: "liste d'objectifs attendue" })
        .min(1, { error: "indiquer au moins un objectif" }),
      /** The one module this lesson belongs to (its file name in content/modules). */
      module: z
        .string({
          error: (issue) =>
            Array.isArray(issue.input)
              ? "une leçon appartient à un seul module\u00a0: garder un seul nom, et ranger une copie ailleurs si besoin"
              : "nom du module attendu (le nom d'un fichier de content/modules, sans .yaml)",
        })
        .pipe(reference("modules")),
      /** Position in the module's path: 1 for the first lesson. */
      order: z.number({ error: "position dans le module attendue (1, 2, 3…)" }).int().positive(),
      /** Lessons to read first. */
      prerequisites: z.array(reference("lessons")).default([]),
      /** Lessons worth reading next, outside the module's order. */
      related: z.array(reference("lessons")).default([]),
      /** Words people search with that the text may not use (synonyms, slang). */
      keywords: z.array(text("un mot-clé")).default([]),
      /** When the content was last checked against platform reality (YYYY-MM-DD). */
      checked: dayOfCalendar("date de vérification"),
      /** Where the legal and platform claims come from; required in a module with `needsSources`. */
      sources: z.array(sourceSchema).default([]),
      /** The quiz that ends the lesson; for an `explication`, a short check written for its reader (2–3 questions). */
      quiz: quizSchema,
    },
    {
      error: (issue) =>
        issue.code === "unrecognized_keys" ? `champ inconnu\u00a0: ${issue.keys.join(", ")}` : undefined,
    },
  )
  .superRefine((lesson, ctx) => {
    // An explainer's reader (a parent, a boss) checks two or three facts, not a CM's skills.
    const count = lesson.quiz.questions.length;
    if (lesson.kind === "explication" && (count < EXPLAINER_CHECK.min || count > EXPLAINER_CHECK.max)) {
      ctx.addIssue({
        code: "custom",
        path: ["quiz", "questions"],
        message: `une explication se termine par une courte vérification de ${EXPLAINER_CHECK.min} ou ${EXPLAINER_CHECK.max} questions écrites pour son lecteur (ici\u00a0: ${count})`,
      });
    }
  });
