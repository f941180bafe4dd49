import { z } from "astro/zod";

/** Who a lesson or module is written for. The four doors of the home page. */
export const AUDIENCES = ["cm-junior", "parent", "dirigeant", "formateur"] as const;
export type Audience = (typeof AUDIENCES)[number];

/** What kind of text a lesson is: concept, procedure, explainer or case study. */
export const KINDS = ["lecon", "playbook", "explication", "cas"] as const;
export type Kind = (typeof KINDS)[number];

/** How much experience a lesson assumes. */
export const LEVELS = ["debutant", "intermediaire", "confirme"] as const;
export type Level = (typeof LEVELS)[number];

const listed = (values: readonly string[]) => values.map((v) => `« ${v} »`).join(", ");

/** An enum whose error message lists what an author may write. */
const choice = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, {
    error: (issue) =>
      `${what} inconnu${issue.input === undefined ? "" : ` (« ${String(issue.input)} »)`} : choisir parmi ${listed(values)}`,
  });

export const audienceSchema = choice(AUDIENCES, "public");
export const kindSchema = choice(KINDS, "type de leçon");
export const levelSchema = choice(LEVELS, "niveau");

/** At least one audience, each listed once. */
export const audiencesSchema = z
  .array(audienceSchema, { error: "liste de publics attendue, par exemple [cm-junior, dirigeant]" })
  .min(1, { error: "indiquer au moins un public" })
  .refine((list) => new Set(list).size === list.length, { error: "un public est cité deux fois" });

/** A non-empty line of text, trimmed. */
export const text = (what: string) =>
  z
    .string({
      error: (issue) => (issue.input === undefined ? `${what} est obligatoire` : `${what} doit être un texte`),
    })
    .trim()
    .min(1, { error: `${what} : ne doit pas être vide` });
