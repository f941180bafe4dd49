// A copy of the Relais site to build with extra lessons: its sources and a copy of its content
// (content/ or another folder), node_modules shared through a link. relaisBuildEnv() points the
// build at that copy, its own output and its own caches (copies build side by side with others).
import { cpSync, mkdirSync, readdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../tests/support/paths.ts";
import { BUILD_ENV } from "../scripts/build-env.ts";
import { setAside } from "./set-aside.ts";

export const ASTRO = join(ROOT, "node_modules/astro/bin/astro.mjs");

/** Copies the site into `dir` (what was there set aside) and returns the names of its modules. */
export function copyRelais(dir: string, content = join(ROOT, "content")): string[] {
  setAside(dir);
  mkdirSync(dir, { recursive: true });
  for (const item of ["src", "public", "astro.config.mjs", "package.json", "tsconfig.json"])
    cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  cpSync(content, join(dir, "content"), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  return readdirSync(join(dir, "content/modules")).map((f) => f.replace(".yaml", ""));
}

/** The copy's build as `npm run build` runs it (BUILD_ENV), its content, output and caches its own. */
export const relaisBuildEnv = (dir: string): Record<string, string> => ({
  ...BUILD_ENV,
  RELAIS_CONTENT: join(dir, "content"),
  RELAIS_OUT_DIR: join(dir, "dist"),
  RELAIS_CACHE_DIR: join(dir, ".cache"),
});

/** How many files under `dir` end with `extension`. */
export const countFiles = (dir: string, extension: string) =>
  readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(extension)).length;
