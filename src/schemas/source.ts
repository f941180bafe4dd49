import { z } from "astro/zod";
import { dayOfCalendar, text } from "./vocabulary.ts";

/** Where a legal or platform claim comes from, as the lesson's « Sources » section shows it. */
export const sourceSchema = z.strictObject({
  /** The page's or text's own title. */
  title: text("le titre de la source"),
  /** Who publishes it: « CNIL », « Legifrance », « Aide Meta pour les entreprises »… */
  publisher: text("l'éditeur de la source"),
  /** Where to read it; opened only when the reader follows the link. */
  url: z.url({ protocol: /^https$/, error: "adresse https:// complète attendue" }),
  /** The day the claim was checked against it (AAAA-MM-JJ). */
  consulted: dayOfCalendar("date de consultation"),
});

export type Source = z.output<typeof sourceSchema>;
