import { getCollection, type CollectionEntry } from "astro:content";
import { relative } from "node:path";
import { courseProblems } from "./course-problems";
import { ContentError } from "./content-problems";
import { readingMinutes } from "./reading-time";
import { bestScore } from "../simulation/simulation-graph";
import { describeFairness, fairnessFigures } from "./assessment-fairness";
import type { Audience } from "../../schemas/vocabulary";

export type LessonEntry = CollectionEntry<"lessons">;
export type ModuleEntry = CollectionEntry<"modules">;
export type GlossaryEntry = CollectionEntry<"glossary">;
export type SimulationEntry = CollectionEntry<"simulations">;
export type GuideEntry = CollectionEntry<"guides">;

export interface Simulation {
  entry: SimulationEntry;
  id: string;
  data: SimulationEntry["data"];
  /** The most points a learner can earn, on the best path. */
  bestScore: number;
}

export interface Lesson {
  entry: LessonEntry;
  id: string;
  data: LessonEntry["data"];
  minutes: number;
  module: ModuleEntry;
}
export interface Module {
  entry: ModuleEntry;
  id: string;
  data: ModuleEntry["data"];
  /** The module's lessons in reading order. */
  lessons: Lesson[];
}
export interface Course {
  modules: Module[];
  lessons: Lesson[];
  glossary: GlossaryEntry[];
  simulations: Simulation[];
  /** One trainer's guide per module, in course order. */
  guides: GuideEntry[];
  lesson(id: string): Lesson;
  module(id: string): Module;
}

const fileOf = (entry: { filePath?: string | undefined; id: string }) =>
  entry.filePath ? relative(process.cwd(), entry.filePath) : entry.id;

const frenchOrder = new Intl.Collator("fr", { sensitivity: "base" });

async function loadCourse(): Promise<Course> {
  const [lessonEntries, moduleEntries, glossary, simulationEntries, guideEntries] = await Promise.all([
    getCollection("lessons"),
    getCollection("modules"),
    getCollection("glossary"),
    getCollection("simulations"),
    getCollection("guides"),
  ]);
  const entry = <E extends { id: string; filePath?: string | undefined }>(e: E) => ({ ...e, file: fileOf(e) });
  const { problems, questions, decisions } = courseProblems({
    lessons: lessonEntries.map(entry),
    modules: moduleEntries.map(entry),
    glossary: glossary.map(entry),
    simulations: simulationEntries.map(entry),
    guides: guideEntries.map(entry),
  });
  if (problems.length > 0) throw new ContentError(problems);
  if (!import.meta.env.DEV) {
    console.log(
      [
        "Équité des quiz et simulations (npm run fairness pour le détail)\u00a0:",
        ...describeFairness(fairnessFigures(questions, decisions)),
      ].join("\n  "),
    );
  }

  const moduleEntry = new Map(moduleEntries.map((m) => [m.id, m]));
  const lessons: Lesson[] = lessonEntries.map((entry) => ({
    entry,
    id: entry.id,
    data: entry.data,
    minutes: entry.data.minutes ?? readingMinutes(entry.body ?? ""),
    module: moduleEntry.get(entry.data.module.id)!,
  }));
  const modules: Module[] = moduleEntries
    .toSorted((a, b) => a.data.order - b.data.order)
    .map((entry) => ({
      entry,
      id: entry.id,
      data: entry.data,
      lessons: lessons.filter((l) => l.module.id === entry.id).toSorted((a, b) => a.data.order - b.data.order),
    }));
  const ordered = modules.flatMap((m) => m.lessons);
  const lessonById = new Map(ordered.map((l) => [l.id, l]));
  const moduleById = new Map(modules.map((m) => [m.id, m]));
  return {
    modules,
    lessons: ordered,
    glossary: glossary.toSorted((a, b) => frenchOrder.compare(a.data.term, b.data.term)),
    simulations: simulationEntries
      .map((entry) => ({
        entry,
        id: entry.id,
        data: entry.data,
        bestScore: bestScore(entry.data.start, entry.data.steps),
      }))
      .toSorted(
        (a, b) =>
          (moduleById.get(a.data.module.id)?.data.order ?? 0) - (moduleById.get(b.data.module.id)?.data.order ?? 0),
      ),
    guides: guideEntries.toSorted(
      (a, b) => (moduleById.get(a.id)?.data.order ?? 0) - (moduleById.get(b.id)?.data.order ?? 0),
    ),
    lesson: (id) => lessonById.get(id) ?? missing("leçon", id),
    module: (id) => moduleById.get(id) ?? missing("module", id),
  };
}

function missing(what: string, id: string): never {
  throw new Error(`${what} «\u00a0${id}\u00a0» introuvable`);
}

let cached: Promise<Course> | undefined;
/** The whole course, checked once per build; a content problem stops the build. */
export function getCourse(): Promise<Course> {
  if (import.meta.env.DEV) return loadCourse(); // content changes while the dev server runs
  cached ??= loadCourse();
  return cached;
}

/** Lessons written for one audience, in course order. */
export function lessonsFor(course: Course, audience: Audience): Lesson[] {
  // A lesson names readers only (never « formateur », whose door lists the guides): widened to compare.
  return course.lessons.filter((l) => (l.data.audiences as readonly Audience[]).includes(audience));
}
