// Builds a small copy of the site around fixture content, to prove that bad
// content stops `astro build` with a message an author can act on.
import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { spawn } from "node:child_process";
import { ROOT } from "./paths.ts";

const BASE_CONTENT = join(ROOT, "tests/fixtures/content-base");

/** Changes to the base fixture content: a new text for a file, or null to delete it. */
export type ContentEdits = Record<string, string | null | ((text: string) => string)>;

export interface BuildResult {
  code: number | null;
  output: string;
  dir: string;
}

export async function buildFixtureSite(name: string, edits: ContentEdits = {}): Promise<BuildResult> {
  const dir = join(ROOT, "tmp/fixture-sites", name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const item of ["src", "public", "astro.config.mjs", "package.json", "tsconfig.json"]) {
    cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  }
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  const content = join(dir, "content");
  cpSync(BASE_CONTENT, content, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(content, file);
    if (edit === null) rmSync(path);
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, typeof edit === "function" ? edit(readFileSync(path, "utf8")) : edit);
    }
  }
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, "node_modules/astro/bin/astro.mjs"), "build", "--root", dir], {
      cwd: dir,
      env: {
        ...process.env,
        RELAIS_CONTENT: content,
        RELAIS_OUT_DIR: join(dir, "dist"),
        RELAIS_CACHE_DIR: join(dir, ".cache"),
        ASTRO_TELEMETRY_DISABLED: "1",
        NO_COLOR: "1",
        FORCE_COLOR: "0",
      },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (code) => resolve({ code, output, dir }));
  });
}
