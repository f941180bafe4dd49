// Builds a small copy of the site around fixture content, to prove that bad
// content stops `astro build` with a message an author can act on.
import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { ROOT } from "./paths.ts";
import { BASE_CONTENT } from "./content-files.ts";

/** Changes to the base fixture content: a new text for a file, or null to delete it. */
export type ContentEdits = Record<string, string | null | ((text: string) => string)>;

export interface BuildResult {
  /** The build's exit code; null when it was killed (then `output` ends by saying why). */
  code: number | null;
  output: string;
  dir: string;
}

export interface BuildOptions {
  /** The test's `signal` (vitest aborts it when the test times out or the run stops): the build is killed then. */
  signal?: AbortSignal;
  /** The build is killed past this many milliseconds: a stuck build fails its test instead of holding the CPU. */
  timeout?: number;
}

/** A fixture build takes 20 to 40 s alone; several times that beside other builds on two cores. */
const BUILD_TIMEOUT = 240_000;

// Builds run in their own process group (astro, and the esbuild or worker processes it starts);
// any still running when this test process exits are killed with it, never left to starve the next tests.
const running = new Set<ChildProcess>();
const killGroup = (child: ChildProcess) => {
  try {
    process.kill(-child.pid!, "SIGKILL");
  } catch {
    // Already gone.
  }
};
process.once("exit", () => running.forEach(killGroup));

export async function buildFixtureSite(
  name: string,
  edits: ContentEdits = {},
  { signal, timeout = BUILD_TIMEOUT }: BuildOptions = {},
): Promise<BuildResult> {
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
      detached: true,
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
    running.add(child);
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const stop = (why: string) => {
      output += `\n[fixture-site] build of « ${name} » killed: ${why}\n`;
      killGroup(child);
    };
    const timer = setTimeout(() => stop(`still running after ${timeout / 1000} s`), timeout);
    const onAbort = () => stop("the test ended (timed out or cancelled)");
    signal?.addEventListener("abort", onAbort, { once: true });
    // Always settles: on exit, or when the process could not start.
    const settle = (code: number | null) => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      running.delete(child);
      resolve({ code, output, dir });
    };
    child.on("error", (error) => {
      output += `\n[fixture-site] ${error.message}\n`;
      settle(null);
    });
    child.on("close", settle);
    if (signal?.aborted) onAbort();
  });
}
