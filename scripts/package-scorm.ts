// `npm run package:scorm -- --modules crise,continuite [--pass 70] [--out file.zip] [--dist dist]`:
// a SCORM 1.2 package of the modules chosen (« tous »: the whole course), made from a built site
// as the build makes its own (src/integrations/lms/scorm-packages.ts). Without a built site
// (no dist/lms/relais-cours.json), the site is built first (npm run build). Exits 1 with a French
// message on an unknown module or a bad pass mark.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { diskSite, readOutline, writePackage } from "../src/integrations/lms/scorm-packages.ts";
import { bundleScormBridge } from "../src/integrations/lms/scorm-bridge-bundle.ts";
import { OUTLINE_FILE } from "../src/lib/lms/course-outline.ts";
import { badPass } from "../src/lib/lms/package-wording.ts";
import { packageFileName, planPackage, PackageRequestError } from "../src/lib/lms/package-plan.ts";
import { DEFAULT_PASS_PERCENT } from "../src/lib/lms/package-description.ts";
import { BUILD_ENV } from "./build-env.ts";

const { values } = parseArgs({
  options: {
    modules: { type: "string", default: "" },
    pass: { type: "string", default: String(DEFAULT_PASS_PERCENT) },
    out: { type: "string" },
    dist: { type: "string", default: process.env["RELAIS_OUT_DIR"] ?? "dist" },
  },
});

try {
  const pass = values.pass;
  if (!/^\d{1,3}$/.test(pass) || Number(pass) > 100) throw new PackageRequestError(badPass(pass));
  const dist = resolve(values.dist);
  if (!existsSync(join(dist, OUTLINE_FILE))) {
    console.log(`Pas de site construit dans ${dist}\u00a0: construction du site (npm run build)…`);
    execFileSync("npx", ["astro", "build"], {
      stdio: "inherit",
      env: { ...process.env, ...BUILD_ENV, RELAIS_OUT_DIR: dist },
    });
  }
  const outline = readOutline(dist);
  const chosen =
    values.modules.trim() === "tous"
      ? "tous"
      : values.modules
          .split(",")
          .map((id) => id.trim())
          .filter(Boolean);
  const plan = planPackage(outline, chosen, Number(pass));
  const out = resolve(values.out ?? packageFileName(plan));
  const size = await writePackage(plan, diskSite(dist), outline.base, await bundleScormBridge(), out);
  console.log(
    `${out}\u00a0: ${plan.description.title}, ${plan.description.items.length} activités, ${(size / 1024).toFixed(0)} Ko`,
  );
} catch (error) {
  if (!(error instanceof PackageRequestError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
