import type { AstroIntegration } from "astro";
import { mkdirSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as v from "valibot";
import { courseOutlineSchema, OUTLINE_FILE, type CourseOutline } from "../../lib/lms/course-outline.ts";
import { listedPages, packageEntries, type SiteReader } from "../../lib/lms/package-files.ts";
import { noMadePages, type MadePages } from "../../lib/lms/made-pages.ts";
import { buildPlans, packageFileName, type PackagePlan } from "../../lib/lms/package-plan.ts";
import { bundleScormBridge } from "./scorm-bridge-bundle.ts";
import { inLanes } from "./in-lanes.ts";
import { zipFiles, type DeflatedFiles } from "./zip.ts";

// After the build: the SCORM 1.2 packages, one per module and one for the whole course, in
// dist/lms/scorm/ (src/lib/lms/package-files.ts says what each holds). Made from copies of the
// built files, not by a second build; the offline worker, after this step, leaves lms/ out.
// scripts/package-scorm.ts makes a package of any set of modules from an existing build.

/** Where the packages go in the built site. */
export const SCORM_DIR = "lms/scorm";

/**
 * The built site on disk, read as the packager reads it. Nothing is kept: a page two packages hold
 * (the course's and its module's) is read twice from the disk's cache, and no package's making
 * holds the whole site in memory.
 */
export function diskSite(dir: string): SiteReader {
  return (file) => {
    try {
      return readFileSync(join(dir, file));
    } catch {
      return undefined;
    }
  };
}

/** The outline the build wrote (src/pages/lms/relais-cours.json.ts), checked. */
export function readOutline(dir: string): CourseOutline {
  const file = join(dir, OUTLINE_FILE);
  const result = v.safeParse(courseOutlineSchema, JSON.parse(readFileSync(file, "utf8")));
  if (!result.success)
    throw new Error(`Paquetage SCORM\u00a0: ${file} n'a pas la forme attendue (${result.issues[0].message})`);
  return result.output;
}

/** What the packages of one build share: files deflated, pages made (each given again where it is the same). */
export interface SharedWork {
  deflated: DeflatedFiles;
  made: MadePages;
}

/** Writes a package's zip to `file`; its size in bytes. `shared`: what the build's other packages made. */
export async function writePackage(
  plan: PackagePlan,
  site: SiteReader,
  base: string,
  bridge: string,
  file: string,
  shared?: SharedWork,
) {
  const hostedSite = process.env["RELAIS_SITE"] ? new URL(base, process.env["RELAIS_SITE"]).href : undefined;
  const entries = packageEntries({ plan, site, base, bridge, hostedSite, madePages: shared?.made });
  const zip = await zipFiles(entries, shared?.deflated);
  await writeFile(file, zip);
  return zip.length;
}

/**
 * Writes every package of the built site in `root` (one per module, the whole course); their
 * sizes. `bridge` is the runtime's code, or its bundling under way (begun with the build).
 */
export async function writeBuildPackages(
  root: string,
  base: string,
  bridge: Promise<string> = bundleScormBridge(),
): Promise<number[]> {
  const outline = readOutline(root);
  if (outline.base !== base) {
    throw new Error(`Paquetage SCORM\u00a0: ${OUTLINE_FILE} dit la base ${outline.base}, la construction ${base}`);
  }
  const out = join(root, SCORM_DIR);
  mkdirSync(out, { recursive: true });
  const [site, code] = [diskSite(root), await bridge];
  // Two at a time, the whole course's first: a package is made file by file into its zip, which
  // keeps only deflated bytes, so two side by side hold little more than one, and the pages of one
  // are rewritten while the files of the other deflate on zlib's threads. (The real course's
  // packages took 0.25 s after its pages one after the other, under 0.1 s so; all ten at once
  // gained nothing more.) A page two packages hold is made once where it comes out the same, and a
  // file two packages hold the same is deflated once (at a thousand lessons, nine tenths of a
  // module's package is in the whole course's too). The modules follow in course order, as the
  // whole course's pages come: the second lane to reach a page finds it made, so the two keep pace
  // and few pages wait, made, in memory.
  const modulesThenCourse = buildPlans(outline);
  const plans = [modulesThenCourse.at(-1)!, ...modulesThenCourse.slice(0, -1)];
  const sizes: number[] = [];
  const shared: SharedWork = { deflated: new Map(), made: noMadePages(listedPages(plans)) };
  await inLanes(plans, 2, async (plan, i) => {
    sizes[i] = await writePackage(plan, site, base, code, join(out, packageFileName(plan)), shared);
  });
  return sizes;
}

export function scormPackages(): AstroIntegration {
  let base = "/";
  let written: Promise<number[]> | undefined;
  let bridge: Promise<string> | undefined;
  return {
    name: "relais:scorm-packages",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.replace(/\/?$/, "/");
      },
      // The runtime needs no built file: bundled (by esbuild, in its own process) while Astro builds.
      "astro:build:start": () => {
        bridge = bundleScormBridge();
        // Awaited, and its error thrown, when the packages are made.
        bridge.catch(() => {});
      },
      // The pages are written: the packages are made while Pagefind writes its index and the
      // other steps run (their files are deflated on zlib's thread pool), awaited when the build is done.
      "astro:build:generated": ({ dir }) => {
        written = writeBuildPackages(fileURLToPath(dir), base, bridge);
        // Awaited, and its error thrown, in astro:build:done.
        written.catch(() => {});
      },
      "astro:build:done": async ({ logger }) => {
        const sizes = await written!;
        const largest = Math.max(...sizes);
        logger.info(
          `${sizes.length} paquetages SCORM 1.2 dans ${SCORM_DIR}/ (le plus lourd\u00a0: ${(largest / 1024 / 1024).toFixed(1)} Mo)`,
        );
      },
    },
  };
}
