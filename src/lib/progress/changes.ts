// What a learner's activity changes in their progress — a lesson read, a quiz or a simulation
// played, a checklist filled — as named pure functions: (progress, …what happened) → new
// progress. Islands call `progressStore().update((p) => change(p, …))` and only render; the rules
// live here, unit-tested without a browser. The learner's own data (name, assignments, reset) is
// changed by parcours-changes.ts: apart, so that lessons, which load this file, do not carry it.
import { type ChecklistAnswers, type Progress, type QuizResult, type SimulationResult } from "./schema";
import { withEndingRecords, withQuizRecords } from "./records";

/** The lesson counts as read from `at`; a lesson already read keeps the date it was first read. */
export function markRead(progress: Progress, lesson: string, at: Date): Progress {
  if (progress.lessons[lesson]) return progress;
  return { ...progress, lessons: { ...progress.lessons, [lesson]: { readAt: at.toISOString() } } };
}

/**
 * A quiz answered: its result replaces the last one, keeping the attempts that set a record
 * (records.ts), and the lesson counts as read (a learner may go straight to the quiz).
 */
export function recordQuiz(progress: Progress, lesson: string, result: QuizResult): Progress {
  const read = markRead(progress, lesson, new Date(result.at));
  return { ...read, quizzes: { ...read.quizzes, [lesson]: withQuizRecords(read.quizzes[lesson], result) } };
}

/** What one play of a simulation ended on. */
export type SimulationPlay = Pick<SimulationResult, "ending" | "endingTitle" | "score" | "best" | "at">;

/** A simulation played to an ending: the last play, its records, its history (cut to MAX_PLAYS) and the endings found. */
export function recordSimulation(progress: Progress, simulation: string, play: SimulationPlay): Progress {
  return {
    ...progress,
    simulations: { ...progress.simulations, [simulation]: withEndingRecords(progress.simulations[simulation], play) },
  };
}

/** A checklist's answers as they now stand in the form: they replace the ones saved. */
export function saveChecklistAnswers(progress: Progress, checklist: string, answers: ChecklistAnswers): Progress {
  return { ...progress, checklists: { ...progress.checklists, [checklist]: answers } };
}
