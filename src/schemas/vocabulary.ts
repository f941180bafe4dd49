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

const listed = (values: readonly string[]) => values.map((v) => `«\u00a0${v}\u00a0»`).join(", ");

/** An enum whose error message names the value written and lists what an author may write. */
export const choice = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, {
    error: (issue) =>
      `${what} inconnu${issue.input === undefined ? "" : ` («\u00a0${String(issue.input)}\u00a0»)`}\u00a0: choisir parmi ${listed(values)}`,
  });

export const audienceSchema = choice(AUDIENCES, "public");
export const kindSchema = choice(KINDS, "type de leçon");
export const levelSchema = choice(LEVELS, "niveau");

/** At least one audience, each listed once. */
export const audiencesSchema = z
  .array(audienceSchema, { error: "liste de publics attendue, par exemple [cm-junior, dirigeant]" })
  .min(1, { error: "indiquer au moins un public" })
  .refine((list) => new Set(list).size === list.length, { error: "un public est cité deux fois" });

/**
 * The readers a lesson, a module or a simulation names. Trainers are no longer one of them: they
 * have a guide per module (content/guides/), and the `formateur` door lists those guides.
 */
export const READERS = ["cm-junior", "parent", "dirigeant"] as const satisfies readonly Audience[];

const readerSchema = z
  .enum(AUDIENCES, {
    error: (issue) =>
      `public inconnu${issue.input === undefined ? "" : ` («\u00a0${String(issue.input)}\u00a0»)`}\u00a0: choisir parmi ${listed(READERS)}`,
  })
  .refine((audience) => audience !== "formateur", {
    error:
      "le public «\u00a0formateur\u00a0» ne s'indique plus ici\u00a0: les formateurs ont un guide par module (content/guides/), retirer formateur de la liste",
  });

/** At least one reader (cm-junior, parent, dirigeant), each listed once. */
export const readersSchema = z
  .array(readerSchema, { error: "liste de publics attendue, par exemple [cm-junior, dirigeant]" })
  .min(1, { error: "indiquer au moins un public" })
  .refine((list) => new Set(list).size === list.length, { error: "un public est cité deux fois" });

/** A non-empty line of text, trimmed. */
export const text = (what: string) =>
  z
    .string({
      error: (issue) => (issue.input === undefined ? `${what} est obligatoire` : `${what} doit être un texte`),
    })
    .trim()
    .min(1, { error: `${what}\u00a0: ne doit pas être vide` })
    // These fields are shown as written: a Markdown link would show its brackets, not a link.
    .refine((value) => !MARKDOWN_LINK.test(value), {
      error: `${what}\u00a0: ce texte s'affiche tel quel, un lien [texte](adresse) n'y devient pas un lien\u00a0: écrire le texte seul`,
    });

const MARKDOWN_LINK = /\[[^\]\n]+\]\([^)\s]+\)/;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The day written AAAA-MM-JJ, when it is one of the calendar (no 30 February, no month 13). */
export function calendarDay(written: string): Date | undefined {
  const parts = ISO_DAY.exec(written);
  if (!parts) return undefined;
  const [year, month, day] = parts.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? date
    : undefined;
}

/**
 * A date written AAAA-MM-JJ that is a real day of the calendar, refused otherwise (never moved to
 * another day). The content check reads YAML without turning dates into Date objects, so it sees
 * « 2026-02-30 » as written and refuses it; Astro's own reader hands a Date (already moved to
 * 2 March), which only comes after the content check passed.
 */
export const dayOfCalendar = (what: string) =>
  z
    .union([z.date(), z.string()], {
      error: (issue) =>
        issue.input === undefined
          ? `${what} est obligatoire, au format AAAA-MM-JJ`
          : `${what}\u00a0: date attendue au format AAAA-MM-JJ`,
    })
    .transform((value, ctx) => {
      if (value instanceof Date) return value;
      const day = calendarDay(value.trim());
      if (day) return day;
      ctx.addIssue({
        code: "custom",
        input: value,
        message: ISO_DAY.test(value.trim())
          ? `${what}\u00a0: «\u00a0${value}\u00a0» n'est pas un jour du calendrier`
          : `${what}\u00a0: date attendue au format AAAA-MM-JJ (par exemple 2026-11-22), pas «\u00a0${value}\u00a0»`,
      });
      return z.NEVER;
    });
