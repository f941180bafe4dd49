import * as v from "valibot";

// The description at the root of every SCORM package (`relais-package.json`): written by the
// packager (scripts and src/integrations/lms), read by the runtime in the package
// (src/components/lms/scorm-bridge.ts) to know what counts toward the status and the score.
// Shape fixed for issue 21 (format "relais-scorm", version 1): a change adds a version.

/** The name of the description file at the package root. */
export const PACKAGE_DESCRIPTION_FILE = "relais-package.json";
/** The pass mark when the packager is given none (npm run package:scorm -- --pass 70). */
export const DEFAULT_PASS_PERCENT = 80;

const id = v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/), v.maxLength(120));
const title = v.pipe(v.string(), v.minLength(1), v.maxLength(300));
/** A path inside the package: relative, no way up, no scheme (the runtime links to it). */
const path = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(400),
  v.check((p) => !p.startsWith("/") && !p.split("/").includes("..") && !/^[a-z][a-z0-9+.-]*:/i.test(p)),
);

const itemSchema = v.object({
  /** A lesson (« leçon ») or a simulation. */
  kind: v.picklist(["lecon", "simulation"]),
  /** The lesson's or simulation's id, as in progress. */
  id,
  /** Its French title. */
  title,
  /** Its page, relative to the package root, e.g. "lecons/premiere/index.html". */
  path,
  /** True when it is scored: a lesson with a quiz, or a simulation. */
  scored: v.boolean(),
});

export const packageDescriptionSchema = v.object({
  format: v.literal("relais-scorm"),
  version: v.literal(1),
  /** "relais-crise", "relais-cours" (the whole course), "relais-crise-continuite"… */
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/), v.maxLength(200)),
  /** The French title shown in the LMS. */
  title,
  /** The share of the scored items' points needed to pass, 0–100. */
  passPercent: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  /** What the package holds, in course order. */
  items: v.pipe(v.array(itemSchema), v.minLength(1)),
});

export type PackageDescription = v.InferOutput<typeof packageDescriptionSchema>;
export type PackageItem = PackageDescription["items"][number];

/** The description, or undefined when the value is not one (a forged or older file). */
export function parsePackageDescription(value: unknown): PackageDescription | undefined {
  const result = v.safeParse(packageDescriptionSchema, value);
  return result.success ? result.output : undefined;
}
