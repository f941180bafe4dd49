import type { ContentProblem } from "./content-problems.ts";
import { didYouMeanName, nearest } from "../content-check/nearest.ts";

// Checks across entries that a per-file schema cannot express. Plain data in,
// problems out, so they are unit-tested without Astro.

export interface LessonFacts {
  id: string;
  file: string;
  /** How many sources the lesson gives. */
  sources?: number;
  module: string;
  order: number;
  prerequisites: readonly string[];
  related: readonly string[];
}
export interface ModuleFacts {
  id: string;
  file: string;
  /** Its place in the course; two modules at one place would be shown in no set order. */
  order?: number;
  /** Its lessons must give their sources (law, platforms). */
  needsSources?: boolean;
}
export interface GlossaryFacts {
  id: string;
  file: string;
  seeAlso: readonly string[];
}
export interface SimulationFacts {
  id: string;
  file: string;
  module: string;
  related?: readonly string[];
}
/** A trainer's guide: its id is the module's; it names the simulation to play together. */
export interface GuideFacts {
  id: string;
  file: string;
  simulation: string;
}
export interface CourseFacts {
  lessons: readonly LessonFacts[];
  modules: readonly ModuleFacts[];
  glossary: readonly GlossaryFacts[];
  simulations?: readonly SimulationFacts[];
  /** When given, every module must have its guide; left out, guides are not checked. */
  guides?: readonly GuideFacts[];
}

/** The names each collection is known to hold: by default, the entries given; all the files read, when some could not be parsed. */
export interface KnownIds {
  lessons: ReadonlySet<string>;
  modules: ReadonlySet<string>;
  terms: ReadonlySet<string>;
  /** Defaults to the simulations given. */
  simulations?: ReadonlySet<string>;
  /** Defaults to the guides given. */
  guides?: ReadonlySet<string>;
}

/**
 * Every check across entries. With `known` (some files could not be parsed), each check that a
 * missing piece could make wrong is left out (an empty module: its lessons may be the broken
 * files); those that judge only what was parsed still run, so one broken file hides no other
 * problem: a position taken twice, a cycle, a module without its guide, a lesson without sources.
 */
export function checkCourse(course: CourseFacts, known?: KnownIds): ContentProblem[] {
  return [
    ...checkReferences(course, known),
    ...checkLessonPositions(course),
    ...checkModulePositions(course),
    ...(known ? [] : checkEmptyModules(course)),
    ...checkGuideCoverage(course, known?.guides),
    ...checkSources(course),
    ...checkPrerequisiteCycles(course.lessons),
  ];
}

/** « la leçon « x » n'existe pas : vouliez-vous dire « y » ? » */
const unknown = (what: string, target: string, known: ReadonlySet<string>, where = "", list = "") =>
  `${what} «\u00a0${target}\u00a0» n'existe pas${where}${didYouMeanName(nearest(target, [...known]))}${list}`;

/**
 * Every name a lesson, a simulation or a glossary entry cites exists (and a lesson does not cite
 * itself). An empty name is one not given (a refused file's field that was not a name): passed over.
 */
export function checkReferences(
  { lessons, modules, glossary, simulations = [], guides = [] }: CourseFacts,
  known: KnownIds = {
    lessons: new Set(lessons.map((l) => l.id)),
    modules: new Set(modules.map((m) => m.id)),
    terms: new Set(glossary.map((g) => g.id)),
  },
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { lessons: lessonIds, modules: moduleIds, terms: termIds } = known;
  const simulationIds = known.simulations ?? new Set(simulations.map((s) => s.id));
  const knownModules = ` (modules connus\u00a0: ${[...moduleIds].join(", ") || "aucun"})`;
  for (const lesson of lessons) {
    if (lesson.module && !moduleIds.has(lesson.module)) {
      problems.push({
        file: lesson.file,
        field: "module",
        message: unknown("le module", lesson.module, moduleIds, "", knownModules),
      });
    }
    for (const field of ["prerequisites", "related"] as const) {
      lesson[field].forEach((target, i) => {
        if (target === lesson.id) {
          problems.push({ file: lesson.file, field: `${field}.${i}`, message: `la leçon se cite elle-même` });
        } else if (!lessonIds.has(target)) {
          problems.push({ file: lesson.file, field: `${field}.${i}`, message: unknown("la leçon", target, lessonIds) });
        }
      });
    }
  }
  for (const simulation of simulations) {
    if (simulation.module && !moduleIds.has(simulation.module)) {
      problems.push({
        file: simulation.file,
        field: "module",
        message: unknown("le module", simulation.module, moduleIds),
      });
    }
    (simulation.related ?? []).forEach((target, i) => {
      if (!lessonIds.has(target)) {
        problems.push({
          file: simulation.file,
          field: `related.${i}`,
          message: unknown("la leçon", target, lessonIds),
        });
      }
    });
  }
  for (const guide of guides) {
    if (!moduleIds.has(guide.id)) {
      problems.push({
        file: guide.file,
        message: `un guide se nomme comme son module, et ${unknown("le module", guide.id, moduleIds)}`,
      });
    }
    if (guide.simulation && !simulationIds.has(guide.simulation)) {
      problems.push({
        file: guide.file,
        field: "simulation",
        message: unknown(
          "la simulation",
          guide.simulation,
          simulationIds,
          "",
          ` (simulations connues\u00a0: ${[...simulationIds].join(", ") || "aucune"})`,
        ),
      });
    }
  }
  for (const entry of glossary) {
    entry.seeAlso.forEach((target, i) => {
      if (target === entry.id) {
        problems.push({ file: entry.file, field: `seeAlso.${i}`, message: "le terme se cite lui-même" });
      } else if (!termIds.has(target)) {
        problems.push({
          file: entry.file,
          field: `seeAlso.${i}`,
          message: unknown("le terme", target, termIds, " dans le glossaire"),
        });
      }
    });
  }
  return problems;
}

function checkLessonPositions({ lessons }: CourseFacts): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const taken = new Map<string, LessonFacts>();
  for (const lesson of lessons) {
    const key = `${lesson.module}#${lesson.order}`;
    const other = taken.get(key);
    if (other) {
      problems.push({
        file: lesson.file,
        field: "order",
        message: `la position ${lesson.order} du module «\u00a0${lesson.module}\u00a0» est déjà prise par ${other.file}`,
      });
    } else taken.set(key, lesson);
  }
  return problems;
}

/** Two modules at one place in the course: the home page would show them in no set order. */
function checkModulePositions({ modules }: CourseFacts): ContentProblem[] {
  const taken = new Map<number, ModuleFacts>();
  const problems: ContentProblem[] = [];
  for (const module of modules) {
    if (module.order === undefined) continue;
    const other = taken.get(module.order);
    if (other) {
      problems.push({
        file: module.file,
        field: "order",
        message: `la position ${module.order} du cours est déjà prise par le module «\u00a0${other.id}\u00a0» (${other.file})`,
      });
    } else taken.set(module.order, module);
  }
  return problems;
}

function checkEmptyModules({ lessons, modules }: CourseFacts): ContentProblem[] {
  const used = new Set(lessons.map((l) => l.module));
  return modules
    .filter((m) => !used.has(m.id))
    .map((m) => ({
      file: m.file,
      message: `aucune leçon n'indique «\u00a0module: ${m.id}\u00a0»\u00a0: le module serait vide`,
    }));
}

/** Each module has its trainer's guide, when guides are checked at all (`written`: every guide file, parsed or not). */
function checkGuideCoverage({ modules, guides }: CourseFacts, written?: ReadonlySet<string>): ContentProblem[] {
  if (!guides) return [];
  written ??= new Set(guides.map((g) => g.id));
  return modules
    .filter((m) => !written.has(m.id))
    .map((m) => ({
      file: m.file,
      message: `le module «\u00a0${m.id}\u00a0» n'a pas de guide du formateur\u00a0: écrire content/guides/${m.id}.yaml`,
    }));
}

/** A lesson of a module about law or platforms says where its claims come from. */
function checkSources({ lessons, modules }: CourseFacts): ContentProblem[] {
  const strict = new Set(modules.filter((m) => m.needsSources).map((m) => m.id));
  return lessons
    .filter((l) => strict.has(l.module) && (l.sources ?? 0) === 0)
    .map((l) => ({
      file: l.file,
      field: "sources",
      message: `le module «\u00a0${l.module}\u00a0» traite du droit ou des plateformes\u00a0: indiquer les sources de la leçon (title, publisher, url, consulted)`,
    }));
}

/** Reports each prerequisite cycle once, on the lesson where the walk closes it. */
function checkPrerequisiteCycles(lessons: readonly LessonFacts[]): ContentProblem[] {
  const byId = new Map(lessons.map((l) => [l.id, l]));
  const state = new Map<string, "visiting" | "done">();
  const problems: ContentProblem[] = [];
  const visit = (lesson: LessonFacts, path: string[]) => {
    state.set(lesson.id, "visiting");
    for (const next of lesson.prerequisites) {
      const target = byId.get(next);
      if (!target || next === lesson.id) continue; // reported by checkReferences
      if (state.get(next) === "visiting") {
        const cycle = [...path.slice(path.indexOf(next)), lesson.id, next];
        problems.push({
          file: lesson.file,
          field: "prerequisites",
          message: `cycle de prérequis\u00a0: ${cycle.join(" → ")}`,
        });
      } else if (!state.has(next)) visit(target, [...path, lesson.id]);
    }
    state.set(lesson.id, "done");
  };
  for (const lesson of lessons) if (!state.has(lesson.id)) visit(lesson, []);
  return problems;
}
