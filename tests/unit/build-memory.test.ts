import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { expect, test } from "vitest";
import { ROOT } from "../support/paths.ts";
import { BUILD_ENV } from "../../scripts/build-env.ts";
import { relaisBuildEnv } from "../../bench/relais-copy.ts";

// The build frees Rolldown's memory as it goes (scripts/build-env.ts): every npm script that runs
// `astro build` sets it, the bench builds the way they do, and Rolldown's allocator reads it.
const run = promisify(execFile);
const scripts = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> })
  .scripts;
const assignments = Object.entries(BUILD_ENV).map(([name, value]) => `${name}=${value}`);

/** The variables set in front of each `astro build` of a script (`A=1 B=2 astro build`). */
const setBefore = (script: string) =>
  [...script.matchAll(/((?:[A-Z_]+=\S*\s+)*)astro build\b/g)].map(([, env]) => env!.trim().split(/\s+/));

test("every npm script that builds the site sets what the build's memory needs", () => {
  const builds = Object.entries(scripts).filter(([, script]) => /\bastro build\b/.test(script));
  expect(builds.map(([name]) => name).toSorted()).toEqual(["build", "build:base", "start"]);
  for (const [, script] of builds) {
    for (const env of setBefore(script)) expect(env).toEqual(expect.arrayContaining(assignments));
  }
});

test("the bench builds Relais as npm run build does", () => {
  expect(relaisBuildEnv("/tmp/copie")).toMatchObject(BUILD_ENV);
});

test("Rolldown's allocator reads the setting when Vite's bundler loads", async () => {
  const { stderr } = await run(process.execPath, ["--input-type=module", "-e", "await import('rolldown')"], {
    cwd: ROOT,
    env: { ...process.env, ...BUILD_ENV, MIMALLOC_VERBOSE: "1" },
  });
  expect(stderr).toMatch(/^mimalloc: process init/m);
  expect(stderr).toMatch(new RegExp(`^option 'purge_delay': ${BUILD_ENV.MIMALLOC_PURGE_DELAY}\\b`, "m"));
});
