import type { z } from "astro/zod";
import type { lessonSchema } from "../../schemas/lesson.ts";
import type { moduleSchema } from "../../schemas/module.ts";
import type { glossarySchema } from "../../schemas/glossary.ts";
import type { simulationSchema } from "../../schemas/simulation.ts";
import type { guideSchema } from "../../schemas/guide.ts";
import type { ContentProblem } from "./content-problems.ts";
import { checkCourse, type CourseFacts, type KnownIds } from "./course-checks.ts";
import {
  checkFairness,
  checkGuessing,
  quizFacts,
  simulationFacts,
  type DecisionFacts,
  type QuestionFacts,
} from "./assessment-fairness.ts";

// The checks across entries, on entries as their schemas parse them: the same call whether
// the entries come from Astro's collections (src/lib/course/course.ts, the second net) or from
// the files read before the build (src/lib/content-check/check-content.ts, which gives lines).

export interface Entry<Data> {
  id: string;
  /** The file, relative to the project. */
  file: string;
  data: Data;
}
export interface CourseEntries {
  lessons: readonly Entry<z.output<typeof lessonSchema>>[];
  modules: readonly Entry<z.output<typeof moduleSchema>>[];
  glossary: readonly Entry<z.output<typeof glossarySchema>>[];
  simulations: readonly Entry<z.output<typeof simulationSchema>>[];
  /** Trainer's guides; left out by callers that check no guides (then every module lacks one). */
  guides?: readonly Entry<z.output<typeof guideSchema>>[];
}

export interface CourseVerdict {
  problems: ContentProblem[];
  /** Every quiz question and simulation decision, for the fairness figures the build prints. */
  questions: QuestionFacts[];
  decisions: DecisionFacts[];
}

/**
 * Every problem across entries. When some files could not be parsed (`partial`), references are
 * checked against the names of every file (`known`), and what would judge a course with pieces
 * missing is left out: empty modules, and the fairness figures of the whole course (each quiz is
 * still checked on its own).
 */
export function courseProblems(
  { lessons, modules, glossary, simulations, guides }: CourseEntries,
  partial?: { known: KnownIds },
): CourseVerdict {
  const facts: CourseFacts = {
    lessons: lessons.map((l) => ({
      id: l.id,
      file: l.file,
      module: l.data.module.id,
      order: l.data.order,
      prerequisites: l.data.prerequisites.map((r) => r.id),
      related: l.data.related.map((r) => r.id),
      sources: l.data.sources.length,
    })),
    modules: modules.map((m) => ({ id: m.id, file: m.file, order: m.data.order, needsSources: m.data.needsSources })),
    glossary: glossary.map((g) => ({ id: g.id, file: g.file, seeAlso: g.data.seeAlso.map((r) => r.id) })),
    simulations: simulations.map((s) => ({
      id: s.id,
      file: s.file,
      module: s.data.module.id,
      related: s.data.related.map((r) => r.id),
    })),
    ...(guides ? { guides: guides.map((g) => ({ id: g.id, file: g.file, simulation: g.data.simulation.id })) } : {}),
  };
  const problems = checkCourse(facts, partial?.known);
  const quizzes = lessons.map((l) => ({
    file: l.file,
    passScore: l.data.quiz.passScore,
    questions: quizFacts(l.file, l.data.quiz),
  }));
  problems.push(...checkGuessing(quizzes));
  if (partial) return { problems, questions: [], decisions: [] };
  const questions = quizzes.flatMap((q) => q.questions);
  const decisions = simulations.flatMap((s) => simulationFacts(s.file, s.data));
  problems.push(...checkFairness(questions, decisions));
  return { problems, questions, decisions };
}
