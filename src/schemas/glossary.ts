import { z } from "astro/zod";
import { reference } from "./reference.ts";
import { text } from "./vocabulary.ts";

/** A glossary entry (`content/glossary/*.yaml`). */
export const glossarySchema = z.strictObject({
  /** The term as readers write it. */
  term: text("le terme"),
  /** One sentence, shown in lists and tooltips. */
  short: text("la définition courte"),
  /** A fuller explanation, with an example. */
  long: text("la définition longue"),
  /** Other glossary entries worth reading (their file names). */
  seeAlso: z.array(reference("glossary")).default([]),
});
