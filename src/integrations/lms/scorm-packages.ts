import type { AstroIntegration } from "astro";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { zipSync } from "fflate";
import * as v from "valibot";
import { courseOutlineSchema, OUTLINE_FILE, type CourseOutline } from "../../lib/lms/course-outline.ts";
import { packageFiles, type SiteReader } from "../../lib/lms/package-files.ts";
import { buildPlans, packageFileName, type PackagePlan } from "../../lib/lms/package-plan.ts";
import { bundleScormBridge } from "./scorm-bridge-bundle.ts";

// After the build: the SCORM 1.2 packages, one per module and one for the whole course, in
// dist/lms/scorm/ (src/lib/lms/package-files.ts says what each holds). Made from copies of the
// built files, not by a second build; the offline worker, after this step, leaves lms/ out.
// scripts/package-scorm.ts makes a package of any set of modules from an existing build.

/** Where the packages go in the built site. */
export const SCORM_DIR = "lms/scorm";

/** The built site on disk, read as the packager reads it. */
export const diskSite =
  (dir: string): SiteReader =>
  (file) => {
    try {
      return readFileSync(join(dir, file));
    } catch {
      return undefined;
    }
  };

/** The outline the build wrote (src/pages/lms/relais-cours.json.ts), checked. */
export function readOutline(dir: string): CourseOutline {
  const file = join(dir, OUTLINE_FILE);
  const result = v.safeParse(courseOutlineSchema, JSON.parse(readFileSync(file, "utf8")));
  if (!result.success)
    throw new Error(`Paquetage SCORM : ${file} n'a pas la forme attendue (${result.issues[0].message})`);
  return result.output;
}

/** The zip of a package: fixed dates, so that the same site gives the same bytes. */
export function zipPackage(files: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const mtime = new Date("2026-01-01T00:00:00Z");
  return zipSync(Object.fromEntries([...files].map(([path, bytes]) => [path, [bytes, { level: 9, mtime }]])));
}

/** Writes a package's zip to `file`; its size in bytes. */
export function writePackage(plan: PackagePlan, site: SiteReader, base: string, bridge: string, file: string) {
  const hostedSite = process.env["RELAIS_SITE"] ? new URL(base, process.env["RELAIS_SITE"]).href : undefined;
  const zip = zipPackage(packageFiles({ plan, site, base, bridge, hostedSite }));
  writeFileSync(file, zip);
  return zip.length;
}

export function scormPackages(): AstroIntegration {
  let base = "/";
  return {
    name: "relais:scorm-packages",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.replace(/\/?$/, "/");
      },
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const [bridge, outline] = [await bundleScormBridge(), readOutline(root)];
        if (outline.base !== base)
          throw new Error(`Paquetage SCORM : ${OUTLINE_FILE} dit la base ${outline.base}, la construction ${base}`);
        const out = join(root, SCORM_DIR);
        mkdirSync(out, { recursive: true });
        const site = diskSite(root);
        const sizes = buildPlans(outline).map((plan) =>
          writePackage(plan, site, base, bridge, join(out, packageFileName(plan))),
        );
        const largest = Math.max(...sizes);
        logger.info(
          `${sizes.length} paquetages SCORM 1.2 dans ${SCORM_DIR}/ (le plus lourd : ${(largest / 1024 / 1024).toFixed(1)} Mo)`,
        );
      },
    },
  };
}
