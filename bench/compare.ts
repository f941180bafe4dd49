// `npm run bench -- --compare`: the same lessons (the course's own, and N synthetic ones of
// realistic French, N = 1000 by default, `--sizes=50,1000` to choose) built by Relais, by the bare
// Astro + MDX + Pagefind site of bench/bare/ and by Starlight 0.42 (bench/starlight.ts), each
// timed with its peak memory; then the real course alone against Starlight with as many pages.
// Prints tables, saves tmp/bench/compare.json.
// `--repeat=3` builds each site three times from a clean state (its output and caches removed), in
// rounds (Relais, bare, Starlight, then again), and reports the median time, the spread, the
// highest memory and the median of the ratios taken round by round: on a shared machine one build
// can take a third longer than the next, and the machine's speed drifts over minutes.
import { cpSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { ROOT } from "../tests/support/paths.ts";
import { measure, type Measured } from "./measure.ts";
import { medianIndex, pairedRatio } from "./rounds.ts";
import { ASTRO, copyRelais, countFiles, relaisBuildEnv } from "./relais-copy.ts";
import { syntheticLessons, writeLessons, type SyntheticLesson } from "./synthetic-lessons.ts";
import { STARLIGHT, installStarlight, starlightBuild, writeStarlightSite } from "./starlight.ts";
import { emptyTrash, setAside } from "./set-aside.ts";
import type { Phase } from "../src/integrations/phase-timer.ts";

// What the builds left goes when the bench ends, a failed build included (bench/set-aside.ts).
process.once("exit", () => emptyTrash());
const sizes = (process.argv.find((a) => a.startsWith("--sizes="))?.slice(8) ?? "1000").split(",").map(Number);
const repeat = Math.max(1, Number(process.argv.find((a) => a.startsWith("--repeat="))?.slice(9) ?? 1) || 1);
const out = join(ROOT, "tmp/bench/compare");
const lessonsDir = join(ROOT, "content/lessons");
const real: SyntheticLesson[] = readdirSync(lessonsDir, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".mdx"))
  .sort()
  .map((file) => ({ file, mdx: readFileSync(join(lessonsDir, file), "utf8") }));
const modules = readdirSync(join(ROOT, "content/modules")).map((f) => f.replace(".yaml", ""));

/** A site to build: how, where, and what a build leaves there (removed before each run). */
interface Site {
  site: string;
  lessons: number;
  args: string[];
  dir: string;
  outputs: readonly string[];
  env?: (run: number) => Record<string, string>;
}

interface Built {
  site: string;
  lessons: number;
  pages: number;
  /** The run of median time (its memory the highest of all runs). */
  run: Measured;
  /** Every run's time, in milliseconds, in the order they ran. */
  times: number[];
  /** Every run's peak memory of the build process, in MiB, in the same order: it moves by 100 MB and more from run to run. */
  peaks: number[];
  /** The machine's load average over the last minute when the build ended (other work slows it). */
  load: number;
  /** Which run is `run` (its phases are Relais's reported). */
  index: number;
  phases?: Phase[];
}

/**
 * Builds each site `repeat` times, each from a clean state (its `outputs` set aside first), in
 * rounds: every site once, then every site again. This machine's speed drifts over minutes, so
 * sites built one after the other, each its runs in a row, would be compared at different speeds;
 * in rounds, each ratio is taken within a round (pairedRatio). Keeps, per site, the run of median
 * time, with the highest memory.
 */
async function buildInRounds(sites: readonly Site[], rounds = repeat): Promise<Built[]> {
  const runs: Measured[][] = sites.map(() => []);
  const loads: number[] = sites.map(() => 0);
  for (let round = 0; round < rounds; round++) {
    for (const [i, site] of sites.entries()) {
      const of = rounds > 1 ? ` (${round + 1}/${rounds})` : "";
      console.log(`${site.site}\u00a0: construction de ${site.lessons} leçons${of}…`);
      for (const output of site.outputs) setAside(join(site.dir, output));
      const run = await measure(site.args, site.dir, site.env?.(round) ?? {});
      if (run.code !== 0)
        throw new Error(`${site.site}\u00a0: la construction a échoué\u00a0:\n${run.log.slice(-3000)}`);
      runs[i]!.push(run);
      loads[i] = loadavg()[0]!;
    }
  }
  return sites.map((site, i) => {
    const all = runs[i]!;
    // The median run; of two, the faster (the lower median).
    const index = medianIndex(all.map((r) => r.ms));
    const run = {
      ...all[index]!,
      peakMiB: Math.max(...all.map((r) => r.peakMiB)),
      treePeakMiB: Math.max(...all.map((r) => r.treePeakMiB)),
    };
    const pages = countFiles(join(site.dir, "dist"), ".html");
    return {
      site: site.site,
      lessons: site.lessons,
      pages,
      run,
      times: all.map((r) => r.ms),
      peaks: all.map((r) => r.peakMiB),
      load: loads[i]!,
      index,
    };
  });
}

/** The Relais copy with `extra` synthetic lessons, its phases written run by run. */
function relaisSite(extra: readonly SyntheticLesson[]): Site {
  const dir = join(out, "relais");
  copyRelais(dir);
  writeLessons(join(dir, "content/lessons"), extra);
  const env = (run: number) => ({ ...relaisBuildEnv(dir), RELAIS_PHASES_FILE: join(dir, `phases-${run}.json`) });
  const lessons = real.length + extra.length;
  return { site: "Relais", lessons, args: [ASTRO, "build", "--root", dir], dir, outputs: ["dist", ".cache"], env };
}

/** The phases of Relais's run of median time. */
const phasesOf = (site: Site, built: Built): Phase[] =>
  (JSON.parse(readFileSync(join(site.dir, `phases-${built.index}.json`), "utf8")) as { phases: Phase[] }).phases;

/**
 * The lessons as another site reads them: the course's playbooks import Relais's Diagram component
 * by a path relative to Relais's content folder; the other sites find it at its place in the repo.
 */
const withRepoImports = (lessons: readonly SyntheticLesson[]): SyntheticLesson[] =>
  lessons.map((lesson) => ({ ...lesson, mdx: lesson.mdx.replace(/from "(?:\.\.\/)+src\//g, `from "${ROOT}/src/`) }));

/** What an Astro build leaves in a site's folder (not the Relais copy's, whose caches are under .cache). */
const BUILT_OUTPUTS = ["dist", ".astro", "node_modules/.astro", "node_modules/.vite"];

function bareSite(lessons: readonly SyntheticLesson[]): Site {
  // Inside the repo, so that its imports resolve to Relais's node_modules; its caches stay in its folder.
  const dir = join(out, "bare");
  setAside(dir);
  cpSync(join(ROOT, "bench/bare"), dir, { recursive: true });
  writeLessons(join(dir, "content/lessons"), withRepoImports(lessons));
  return {
    site: "Astro + MDX + Pagefind nu",
    lessons: lessons.length,
    args: [ASTRO, "build"],
    dir,
    outputs: BUILT_OUTPUTS,
  };
}

function starlightSite(version: string, lessons: readonly SyntheticLesson[]): Site {
  writeStarlightSite(withRepoImports(lessons));
  const site = `Starlight ${version}`;
  return { site, lessons: lessons.length, args: starlightBuild(), dir: STARLIGHT, outputs: BUILT_OUTPUTS };
}

const seconds = (ms: number) => +(ms / 1000).toFixed(1);
/** One line of a table; `goal` is the most the ratio Relais ÷ this site may be. */
const row = (b: Built, relais: Built, goal?: number) => ({
  site: b.site,
  leçons: b.lessons,
  "pages HTML": b.pages,
  "construction (s)": seconds(b.run.ms),
  ...(b.times.length > 1 ? { "écart (s)": `${seconds(Math.min(...b.times))}–${seconds(Math.max(...b.times))}` } : {}),
  "mémoire max (Mio)": Math.round(b.run.peakMiB),
  ...(b.peaks.length > 1
    ? { "mémoire, écart (Mio)": `${Math.round(Math.min(...b.peaks))}–${Math.round(Math.max(...b.peaks))}` }
    : {}),
  "mémoire max, sous-processus compris (Mio)": Math.round(b.run.treePeakMiB),
  "Relais ÷ ce site": +pairedRatio(relais.times, b.times).toFixed(2),
  "charge machine (1 min)": +b.load.toFixed(1),
  objectif: goal === undefined ? "" : `≤ ${goal}`.replace(".", ","),
});
/** Each site's times, in seconds, round by round (what the ratios are taken from). */
const timesOf = (built: readonly Built[]) => Object.fromEntries(built.map((b) => [b.site, b.times.map(seconds)]));
const phaseRows = (phases: Phase[]) =>
  phases.map((p) => ({
    phase: p.name,
    "durée (s)": +(p.ms / 1000).toFixed(2),
    "part du total": `${Math.round((100 * p.ms) / phases.at(-1)!.ms)}\u00a0%`,
  }));

const machine = { processeurs: cpus().length, modele: cpus()[0]?.model, chargeAuDepart: loadavg() };
const version = installStarlight();
const results = [];
for (const n of sizes) {
  const lessons = [...real, ...syntheticLessons(n, modules)];
  const sites = [relaisSite(lessons.slice(real.length)), bareSite(lessons)];
  if (version) sites.push(starlightSite(version, lessons));
  const [r, b, s] = await buildInRounds(sites);
  const phases = phasesOf(sites[0]!, r!);
  for (const site of sites.slice(0, 2)) setAside(site.dir);
  const rows = [row(r!, r!), row(b!, r!, 1.3), ...(s ? [row(s, r!, 0.5)] : [])];
  console.log(`\n${n} leçons synthétiques (${lessons.length} en tout), les mêmes fichiers pour chaque site\u00a0:`);
  console.table(rows);
  console.log("Phases de la construction de Relais\u00a0:");
  console.table(phaseRows(phases));
  results.push({
    synthetiques: n,
    sites: rows,
    tempsParTour: timesOf([r!, b!, ...(s ? [s] : [])]),
    phasesRelais: phases,
  });
}

// The real course alone, against Starlight with the same number of HTML pages (its home page
// and 404 included): the course's lessons, then synthetic ones up to that number. Relais is built
// once first, to count its pages.
const courseSite = relaisSite([]);
const [counted] = await buildInRounds([{ ...courseSite, site: "Relais (ses pages comptées)" }], 1);
const coursePages = counted!.pages;
const sites: Site[] = [courseSite];
if (version) {
  const docs = [...real, ...syntheticLessons(Math.max(0, coursePages - 2 - real.length), modules)];
  sites.push(starlightSite(version, docs.slice(0, coursePages - 2)));
}
const [course, starlightCourse] = await buildInRounds(sites);
const coursePhases = phasesOf(courseSite, course!);
setAside(courseSite.dir);
console.log(`\nLe cours réel (${course!.lessons} leçons, ${course!.pages} pages HTML)\u00a0:`);
const courseRows = [row(course!, course!), ...(starlightCourse ? [row(starlightCourse, course!, 1)] : [])];
console.table(courseRows);
const realCourse = {
  relais: courseRows[0],
  starlight: courseRows[1] ?? null,
  tempsParTour: timesOf([course!, ...(starlightCourse ? [starlightCourse] : [])]),
  phasesRelais: coursePhases,
};
console.log("Phases de la construction du cours réel\u00a0:");
console.table(phaseRows(coursePhases));

writeFileSync(
  join(ROOT, "tmp/bench/compare.json"),
  `${JSON.stringify({ date: new Date().toISOString(), machine, repeat, starlight: version ?? null, results, realCourse }, null, 2)}\n`,
);
console.log(`Résultats écrits dans ${join(ROOT, "tmp/bench/compare.json")}`);
