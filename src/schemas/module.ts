import { z } from "astro/zod";
import { readersSchema, text } from "./vocabulary.ts";

/** A module (`content/modules/*.yaml`): an ordered path of lessons on one theme. */
export const moduleSchema = z.strictObject({
  /** The module's title. */
  title: text("le titre"),
  /** One or two sentences on what the module covers. */
  summary: text("le résumé"),
  /** Who the module is mostly for. */
  audiences: readersSchema,
  /** Position of the module in the course: 1 for the first. */
  order: z.number({ error: "position du module attendue (1, 2, 3…)" }).int().positive(),
  /** True for the modules whose lessons state law or platform facts: each lesson must give its sources. */
  needsSources: z.boolean({ error: "needsSources vaut true ou false" }).default(false),
});
