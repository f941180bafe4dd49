// reference() as Astro's virtual module `astro:content` makes it (createReference() of
// astro/content/runtime, copied: tests/unit/schema-reference.test.ts holds the two to the same
// answers). Importing that module had Astro's Vite server load and transform its whole rendering
// runtime, some sixty modules, before the content is read: half a second of every build. The
// schemas load in plain Node too, so the content check (src/integrations/content-check.ts) parses
// every file before Astro's own sync, and the unit tests parse them without a build. It turns a
// file name into { id, collection }; whether that file exists is the content check's job.
import { z } from "astro/zod";
import type { reference as astroReference } from "astro:content";

function createReference() {
  return function reference(collection: string) {
    return z
      .union([
        z.number().transform((num) => num.toString(10)),
        z.string(),
        z.object({ id: z.string(), collection: z.string() }),
        z.object({ slug: z.string(), collection: z.string() }),
      ])
      .transform((lookup, ctx) => {
        if (typeof lookup === "object") {
          if (lookup.collection !== collection) {
            const flattenedErrorPath = ctx.issues[0]?.path?.join(".");
            ctx.addIssue({
              code: "custom",
              message: `**${flattenedErrorPath}**: Reference to ${collection} invalid. Expected ${collection}. Received ${lookup.collection}.`,
            });
            return;
          }
          return lookup;
        }
        return { id: lookup, collection };
      });
  };
}

// Typed as Astro's own, so entries know which collection a reference points to (a type-only import: no virtual module at run time).
export const reference = createReference() as unknown as typeof astroReference;
