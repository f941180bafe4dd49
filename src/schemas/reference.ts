// reference() exactly as Astro's virtual module `astro:content` makes it (its template calls
// createReference()), taken from where Astro defines it: the schemas then load in plain Node, so
// the content check (src/integrations/content-check.ts) parses every file before Astro's own
// sync, and the unit tests parse them without a build. It turns a file name into
// { id, collection }; whether that file exists is the content check's job (src/lib/content-check/).
import { createReference } from "astro/content/runtime";
import type { reference as astroReference } from "astro:content";

// Typed as Astro's own, so entries know which collection a reference points to (a type-only import: no virtual module at run time).
export const reference = createReference() as unknown as typeof astroReference;
