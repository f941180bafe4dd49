// Stands in for the virtual module `astro:content` in the unit tests (vitest.config.ts aliases it
// here), so that src/schemas/ parse without a build. reference() is the one Astro's own module
// creates: it turns a file name into { id, collection } and leaves "does it exist?" to the build
// (src/lib/course/course-checks.ts), as Astro does.
import { createReference } from "astro/content/runtime";

export const reference = createReference();
