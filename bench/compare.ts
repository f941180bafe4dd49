// `npm run bench -- --compare`: the same lessons (the course's own, and N synthetic ones of
// realistic French, N = 1000 by default, `--sizes=50,1000` to choose) built one after the other
// by Relais, by the bare Astro + MDX + Pagefind site of bench/bare/ and by Starlight 0.42
// (bench/starlight.ts), each timed with its peak memory; then the real course alone against
// Starlight with as many pages. Prints tables, saves tmp/bench/compare.json.
// `--repeat=3` builds each site three times from a clean state (its output and caches removed)
// and reports the median time, the spread and the highest memory: on a shared machine one build
// can take a third longer than the next for no reason of its own.
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { ROOT } from "../tests/support/paths.ts";
import { measure, type Measured } from "./measure.ts";
import { ASTRO, copyRelais, countFiles, relaisBuildEnv } from "./relais-copy.ts";
import { syntheticLessons, writeLessons, type SyntheticLesson } from "./synthetic-lessons.ts";
import { STARLIGHT, installStarlight, starlightBuild, writeStarlightSite } from "./starlight.ts";
import type { Phase } from "../src/integrations/phase-timer.ts";

const sizes = (process.argv.find((a) => a.startsWith("--sizes="))?.slice(8) ?? "1000").split(",").map(Number);
const repeat = Math.max(1, Number(process.argv.find((a) => a.startsWith("--repeat="))?.slice(9) ?? 1) || 1);
const out = join(ROOT, "tmp/bench/compare");
const lessonsDir = join(ROOT, "content/lessons");
const real: SyntheticLesson[] = readdirSync(lessonsDir, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".mdx"))
  .sort()
  .map((file) => ({ file, mdx: readFileSync(join(lessonsDir, file), "utf8") }));
const modules = readdirSync(join(ROOT, "content/modules")).map((f) => f.replace(".yaml", ""));

interface Built {
  site: string;
  lessons: number;
  pages: number;
  /** The run of median time (its memory the highest of all runs). */
  run: Measured;
  /** Every run's time, in milliseconds, in the order they ran. */
  times: number[];
  /** The machine's load average over the last minute when the build ended (other work slows it). */
  load: number;
  phases?: Phase[];
}

/**
 * Builds `repeat` times, each from a clean state (`outputs`, under `dir`, removed first: the built
 * site and the caches a build leaves), and keeps the run of median time, with the highest memory.
 */
async function timedBuild(
  site: string,
  lessons: number,
  args: string[],
  dir: string,
  outputs: readonly string[],
  env: (run: number) => Record<string, string> = () => ({}),
): Promise<Built & { index: number }> {
  const runs: Measured[] = [];
  for (let i = 0; i < repeat; i++) {
    console.log(`${site} : construction de ${lessons} leçons${repeat > 1 ? ` (${i + 1}/${repeat})` : ""}…`);
    for (const output of outputs) rmSync(join(dir, output), { recursive: true, force: true });
    const run = await measure(args, dir, env(i));
    if (run.code !== 0) throw new Error(`${site} : la construction a échoué :\n${run.log.slice(-3000)}`);
    runs.push(run);
  }
  // The median run; of two, the faster (the lower median).
  const index = runs.indexOf(runs.toSorted((a, b) => a.ms - b.ms)[Math.floor((runs.length - 1) / 2)]!);
  const run = {
    ...runs[index]!,
    peakMiB: Math.max(...runs.map((r) => r.peakMiB)),
    treePeakMiB: Math.max(...runs.map((r) => r.treePeakMiB)),
  };
  const pages = countFiles(join(dir, "dist"), ".html");
  return { site, lessons, pages, run, times: runs.map((r) => r.ms), load: loadavg()[0]!, index };
}

async function relais(extra: readonly SyntheticLesson[]): Promise<Built> {
  const dir = join(out, "relais");
  copyRelais(dir);
  writeLessons(join(dir, "content/lessons"), extra);
  // Each run writes its phases in a file of its own: those of the median run are reported.
  const phasesFile = (run: number) => join(dir, `phases-${run}.json`);
  const env = (run: number) => ({ ...relaisBuildEnv(dir), RELAIS_PHASES_FILE: phasesFile(run) });
  const args = [ASTRO, "build", "--root", dir];
  const built = await timedBuild("Relais", real.length + extra.length, args, dir, ["dist", ".cache"], env);
  const { phases } = JSON.parse(readFileSync(phasesFile(built.index), "utf8")) as { phases: Phase[] };
  rmSync(dir, { recursive: true, force: true });
  return { ...built, phases };
}

/**
 * The lessons as another site reads them: the course's playbooks import Relais's Diagram component
 * by a path relative to Relais's content folder; the other sites find it at its place in the repo.
 */
const withRepoImports = (lessons: readonly SyntheticLesson[]): SyntheticLesson[] =>
  lessons.map((lesson) => ({ ...lesson, mdx: lesson.mdx.replace(/from "(?:\.\.\/)+src\//g, `from "${ROOT}/src/`) }));

/** What an Astro build leaves in a site's folder (not the Relais copy's, whose caches are under .cache). */
const BUILT_OUTPUTS = ["dist", ".astro", "node_modules/.astro", "node_modules/.vite"];

async function bare(lessons: readonly SyntheticLesson[]): Promise<Built> {
  // Inside the repo, so that its imports resolve to Relais's node_modules; its caches stay in its folder.
  const dir = join(out, "bare");
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(ROOT, "bench/bare"), dir, { recursive: true });
  writeLessons(join(dir, "content/lessons"), withRepoImports(lessons));
  const built = await timedBuild("Astro + MDX + Pagefind nu", lessons.length, [ASTRO, "build"], dir, BUILT_OUTPUTS);
  rmSync(dir, { recursive: true, force: true });
  return built;
}

async function starlight(version: string, lessons: readonly SyntheticLesson[]): Promise<Built> {
  writeStarlightSite(withRepoImports(lessons));
  return timedBuild(`Starlight ${version}`, lessons.length, starlightBuild(), STARLIGHT, BUILT_OUTPUTS);
}

const seconds = (ms: number) => +(ms / 1000).toFixed(1);
/** One line of a table; `goal` is the most the ratio Relais ÷ this site may be. */
const row = (b: Built, relaisMs: number, goal?: number) => ({
  site: b.site,
  leçons: b.lessons,
  "pages HTML": b.pages,
  "construction (s)": seconds(b.run.ms),
  ...(b.times.length > 1 ? { "écart (s)": `${seconds(Math.min(...b.times))}–${seconds(Math.max(...b.times))}` } : {}),
  "mémoire max (Mio)": Math.round(b.run.peakMiB),
  "mémoire max, sous-processus compris (Mio)": Math.round(b.run.treePeakMiB),
  "Relais ÷ ce site": +(relaisMs / b.run.ms).toFixed(2),
  "charge machine (1 min)": +b.load.toFixed(1),
  objectif: goal === undefined ? "" : `≤ ${goal}`.replace(".", ","),
});
const phaseRows = (phases: Phase[]) =>
  phases.map((p) => ({
    phase: p.name,
    "durée (s)": +(p.ms / 1000).toFixed(2),
    "part du total": `${Math.round((100 * p.ms) / phases.at(-1)!.ms)} %`,
  }));

const machine = { processeurs: cpus().length, modele: cpus()[0]?.model, chargeAuDepart: loadavg() };
const version = installStarlight();
const results = [];
for (const n of sizes) {
  const lessons = [...real, ...syntheticLessons(n, modules)];
  const r = await relais(lessons.slice(real.length));
  const b = await bare(lessons);
  const s = version ? await starlight(version, lessons) : undefined;
  const rows = [row(r, r.run.ms), row(b, r.run.ms, 1.3), ...(s ? [row(s, r.run.ms, 0.5)] : [])];
  console.log(`\n${n} leçons synthétiques (${lessons.length} en tout), les mêmes fichiers pour chaque site :`);
  console.table(rows);
  console.log("Phases de la construction de Relais :");
  console.table(phaseRows(r.phases!));
  results.push({ synthetiques: n, sites: rows, phasesRelais: r.phases });
}

// The real course alone, against Starlight with the same number of HTML pages (its home page
// and 404 included): the course's lessons, then synthetic ones up to that number.
const course = await relais([]);
let realCourse: object = { relais: row(course, course.run.ms), phasesRelais: course.phases };
console.log(`\nLe cours réel (${course.lessons} leçons, ${course.pages} pages HTML) :`);
if (version) {
  const docs = [...real, ...syntheticLessons(Math.max(0, course.pages - 2 - real.length), modules)];
  const s = await starlight(version, docs.slice(0, course.pages - 2));
  const rows = [row(course, course.run.ms), row(s, course.run.ms, 1)];
  console.table(rows);
  realCourse = { ...realCourse, starlight: rows[1] };
} else console.table([row(course, course.run.ms)]);
console.log("Phases de la construction du cours réel :");
console.table(phaseRows(course.phases!));

writeFileSync(
  join(ROOT, "tmp/bench/compare.json"),
  `${JSON.stringify({ date: new Date().toISOString(), machine, repeat, starlight: version ?? null, results, realCourse }, null, 2)}\n`,
);
console.log(`Résultats écrits dans ${join(ROOT, "tmp/bench/compare.json")}`);
