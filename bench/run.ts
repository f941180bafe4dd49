// `npm run bench`: builds the site (into RELAIS_OUT_DIR, ./dist by default; not with --compare), then
//   - without option: the build benchmark (bench/build.ts, N = 100 and 1000 synthetic
//     lessons; `--sizes=10,100` to choose), the first search (bench/search.ts), a cohort table
//     of 500 reports (bench/cohort.ts; `--reports=1000` for another count) and the size of each
//     SCORM package (bench/scorm.ts);
//   - with `--compare`: no build of dist/; the same lessons built by Relais, a bare Astro + MDX +
//     Pagefind site and Starlight 0.42, and the real course against Starlight (bench/compare.ts);
//   - with `--lighthouse`: only the Lighthouse audit of four pages (bench/lighthouse.ts;
//     `--preset=desktop` for the desktop preset, mobile by default).
// Other options are handed to the scripts, e.g. `npm run bench -- --sizes=100`.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "../tests/support/paths.ts";

const options = process.argv.slice(2);

function run(script: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: ROOT, stdio: "inherit" });
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`${script} ${args.join(" ")} a échoué (code ${code})`)),
    );
  });
}

if (options.includes("--compare")) {
  await run(join(ROOT, "bench/compare.ts"), options);
} else if (options.includes("--lighthouse")) {
  await run(join(ROOT, "node_modules/astro/bin/astro.mjs"), ["build"]);
  await run(join(ROOT, "bench/lighthouse.ts"), options);
} else {
  await run(join(ROOT, "node_modules/astro/bin/astro.mjs"), ["build"]);
  await run(join(ROOT, "bench/build.ts"), options);
  await run(join(ROOT, "bench/search.ts"), options);
  await run(join(ROOT, "bench/cohort.ts"), options);
  await run(join(ROOT, "bench/scorm.ts"), options);
}
