import * as v from "valibot";

// What the packager needs to know of the course, written by the build beside the site
// (/lms/relais-cours.json, src/pages/lms/relais-cours.json.ts) from the same course the pages are
// made of, so `npm run package:scorm` packages an existing dist/ without loading the content again.

/** Where the build writes the outline, in the site (base left out). */
export const OUTLINE_FILE = "lms/relais-cours.json";

const itemSchema = v.object({
  /** A lesson (« leçon ») or a simulation. */
  kind: v.picklist(["lecon", "simulation"]),
  /** Its id: the lesson's or simulation's file name, as in its address. */
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  /** Its French title. */
  title: v.pipe(v.string(), v.minLength(1)),
  /** A lesson with a quiz, or a simulation: it has a score. */
  scored: v.boolean(),
});

const moduleSchema = v.object({
  /** The module's id (its file name in content/modules/). */
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  /** Its French title. */
  title: v.pipe(v.string(), v.minLength(1)),
  /** Its lessons in reading order, then its simulations. */
  items: v.array(itemSchema),
});

export const courseOutlineSchema = v.object({
  /** The base path the site was built for ("/", "/relais/"): the packager strips it from addresses. */
  base: v.pipe(v.string(), v.regex(/^\/(.*\/)?$/)),
  /** The modules in course order. */
  modules: v.pipe(v.array(moduleSchema), v.minLength(1)),
});

export type CourseOutline = v.InferOutput<typeof courseOutlineSchema>;
export type OutlineModule = CourseOutline["modules"][number];
export type OutlineItem = OutlineModule["items"][number];

/** The page of an item in the site and in a package (base left out): "lecons/x/index.html". */
export const itemPage = (item: Pick<OutlineItem, "kind" | "id">) =>
  `${item.kind === "lecon" ? "lecons" : "simulations"}/${item.id}/index.html`;
