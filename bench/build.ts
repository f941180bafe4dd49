// `npm run bench`: builds copies of the site with N extra synthetic lessons
// (N = 100 and 1000 by default) with the real build (Astro, glossary links,
// Pagefind), then prints and saves (tmp/bench/results.json) what it cost.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ROOT } from "../tests/support/paths.ts";
import { writeSyntheticLessons } from "./synthetic-lessons.ts";
import { measure } from "./measure.ts";
import { ASTRO, copyRelais, countFiles, relaisBuildEnv } from "./relais-copy.ts";
import { emptyTrash, setAside } from "./set-aside.ts";

// What the builds left goes when the bench ends, a failed build included (bench/set-aside.ts).
process.once("exit", () => emptyTrash());
const sizes = (process.argv.find((a) => a.startsWith("--sizes="))?.slice(8) ?? "100,1000").split(",").map(Number);
const content = process.argv.find((a) => a.startsWith("--content="))?.slice(10) ?? join(ROOT, "content");
const out = join(ROOT, "tmp/bench");

function dirBytes(dir: string): number {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => statSync(f).isFile())
    .reduce((sum, f) => sum + statSync(f).size, 0);
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
  const modules = copyRelais(dir, content);
  writeSyntheticLessons(join(dir, "content"), n, modules);
  const lessons = countFiles(join(dir, "content/lessons"), ".mdx");
  console.log(`Construction avec ${n} leçons synthétiques (${lessons} leçons en tout)…`);
  const run = await measure([ASTRO, "build", "--root", dir], dir, relaisBuildEnv(dir));
  if (run.code !== 0) throw new Error(`la construction a échoué\u00a0:\n${run.log.slice(-3000)}`);
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
    "mémoire max, sous-processus compris (Mio)": Math.round(run.treePeakMiB),
    "dist (Mio)": +(dirBytes(dist) / 2 ** 20).toFixed(1),
    "index Pagefind (Mio)": existsSync(join(dist, "pagefind"))
      ? +(dirBytes(join(dist, "pagefind")) / 2 ** 20).toFixed(2)
      : 0,
    "1re vue leçon (Kio gzip)": +(view.bytes / 1024).toFixed(1),
    "1re vue requêtes": view.requests,
    "1re vue leçon réelle, max (Kio gzip)": +(real.bytes / 1024).toFixed(1),
    "1re vue leçon réelle, requêtes": real.requests,
  });
  setAside(dir);
}
console.table(results);
writeFileSync(join(out, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log(`Résultats écrits dans ${join(out, "results.json")}`);
