// `npm run bench`: builds copies of the site with N extra synthetic lessons
// (N = 100 and 1000 by default) with the real build (Astro, glossary links,
// Pagefind), then prints and saves (tmp/bench/results.json) what it cost.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { spawn } from "node:child_process";
import { gzipSync } from "node:zlib";
import { ROOT } from "../tests/support/paths.ts";
import { writeSyntheticLessons } from "./synthetic-lessons.ts";

const sizes = (process.argv.find((a) => a.startsWith("--sizes="))?.slice(8) ?? "100,1000").split(",").map(Number);
const content = process.argv.find((a) => a.startsWith("--content="))?.slice(10) ?? join(ROOT, "content");
const out = join(ROOT, "tmp/bench");

function dirBytes(dir: string): number {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => statSync(f).isFile())
    .reduce((sum, f) => sum + statSync(f).size, 0);
}

/** Runs a build, sampling the peak resident memory of the build process. */
function build(dir: string): Promise<{ ms: number; peakMiB: number; code: number | null; log: string }> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(process.execPath, [join(ROOT, "node_modules/astro/bin/astro.mjs"), "build", "--root", dir], {
      cwd: dir,
      env: {
        ...process.env,
        RELAIS_CONTENT: join(dir, "content"),
        RELAIS_OUT_DIR: join(dir, "dist"),
        RELAIS_CACHE_DIR: join(dir, ".cache"),
        NO_COLOR: "1",
      },
    });
    let peak = 0;
    let log = "";
    child.stdout.on("data", (c) => (log += c));
    child.stderr.on("data", (c) => (log += c));
    const timer = setInterval(() => {
      try {
        const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1] ?? 0);
        peak = Math.max(peak, kb);
      } catch {
        // the process has ended
      }
    }, 100);
    child.on("close", (code) => {
      clearInterval(timer);
      resolve({ ms: performance.now() - start, peakMiB: peak / 1024, code, log });
    });
  });
}

/** What a first visit to a lesson costs: its HTML, CSS and JS, gzip, and how many requests. */
function firstView(dist: string, lessonPath: string) {
  const html = readFileSync(join(dist, lessonPath, "index.html"), "utf8");
  const assets = new Set<string>();
  const follow = (file: string) => {
    if (assets.has(file)) return;
    assets.add(file);
    if (file.endsWith(".js"))
      for (const m of readFileSync(join(dist, file), "utf8").matchAll(/from\s*"\.\/([^"]+\.js)"/g))
        follow(`_astro/${m[1]}`);
  };
  for (const m of html.matchAll(/<(?:link rel="stylesheet" href|script type="module" src)="\/([^"]+)"/g)) follow(m[1]!);
  const bytes = [html, ...[...assets].map((f) => readFileSync(join(dist, f)))].reduce(
    (sum, c) => sum + gzipSync(c).length,
    0,
  );
  return { bytes, requests: 1 + assets.size };
}

const results = [];
for (const n of sizes) {
  const dir = join(out, `site-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const item of ["src", "public", "astro.config.mjs", "package.json", "tsconfig.json"])
    cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  cpSync(content, join(dir, "content"), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  const modules = readdirSync(join(dir, "content/modules")).map((f) => f.replace(".yaml", ""));
  writeSyntheticLessons(join(dir, "content"), n, modules);
  const lessons = readdirSync(join(dir, "content/lessons"), { recursive: true }).filter((f) =>
    String(f).endsWith(".mdx"),
  ).length;
  console.log(`Construction avec ${n} leçons synthétiques (${lessons} leçons en tout)…`);
  const run = await build(dir);
  if (run.code !== 0) throw new Error(`la construction a échoué :\n${run.log.slice(-3000)}`);
  const dist = join(dir, "dist");
  const view = firstView(dist, "lecons/synthese-0");
  // The course's own lessons are longer than the synthetic ones: the heaviest first view.
  const real = readdirSync(join(dist, "lecons"))
    .filter((id) => !id.startsWith("synthese-"))
    .map((id) => firstView(dist, `lecons/${id}`))
    .reduce((a, b) => (b.bytes > a.bytes ? b : a));
  results.push({
    lecons: lessons,
    "construction (s)": +(run.ms / 1000).toFixed(1),
    "ms par leçon": +(run.ms / lessons).toFixed(1),
    "mémoire max (Mio)": Math.round(run.peakMiB),
    "dist (Mio)": +(dirBytes(dist) / 2 ** 20).toFixed(1),
    "index Pagefind (Mio)": existsSync(join(dist, "pagefind"))
      ? +(dirBytes(join(dist, "pagefind")) / 2 ** 20).toFixed(2)
      : 0,
    "1re vue leçon (Kio gzip)": +(view.bytes / 1024).toFixed(1),
    "1re vue requêtes": view.requests,
    "1re vue leçon réelle, max (Kio gzip)": +(real.bytes / 1024).toFixed(1),
    "1re vue leçon réelle, requêtes": real.requests,
  });
  rmSync(dir, { recursive: true, force: true });
}
console.table(results);
writeFileSync(join(out, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log(`Résultats écrits dans ${join(out, "results.json")}`);
