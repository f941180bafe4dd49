import type { Progress, QuizResult } from "../progress/schema";
import { questionInteraction, type QuestionInteraction, type QuizQuestion } from "./question-interaction";

// What happened between two values of the learner's progress, as the LMS runtimes report it: a
// lesson read, questions answered, a quiz scored, a simulation played. Both the SCORM bridge and
// the cmi5 runtime subscribe to the progress store and send what this returns, in this order:
// lessons read, then per quiz its answered questions and its score, then simulations.

/** The questions of each quiz the runtime can describe, per lesson id (in the quiz's order). */
export interface EventsCourse {
  quizzes: Readonly<Record<string, readonly QuizQuestion[]>>;
}

export type ProgressEvent =
  | { kind: "read"; lesson: string }
  | { kind: "answered"; interaction: QuestionInteraction }
  | { kind: "quiz"; lesson: string; percent: number; passed: boolean }
  | { kind: "simulation"; id: string; score: number; best: number };

const sameAnswer = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  a !== undefined && b !== undefined && a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * The questions a new quiz result answered: each one answered for the first time, answered
 * differently, or answered again after being wrong. A question right before and left as it was
 * (the learner retried only the missed ones) is not answered again.
 */
function answered(lesson: string, result: QuizResult, previous: QuizResult | undefined, course: EventsCourse) {
  const events: ProgressEvent[] = [];
  for (const question of course.quizzes[lesson] ?? []) {
    const response = result.answers[question.id];
    if (response === undefined || response.length === 0) continue;
    const before = previous?.answers[question.id];
    const wasRight = previous?.correct.includes(question.id) ?? false;
    if (sameAnswer(before, response) && wasRight) continue;
    const right = result.correct.includes(question.id);
    events.push({ kind: "answered", interaction: questionInteraction(lesson, question, response, right) });
  }
  return events;
}

/** The events between `before` and `after` (none when nothing the LMS follows changed). */
export function progressEvents(before: Progress, after: Progress, course: EventsCourse): ProgressEvent[] {
  const events: ProgressEvent[] = [];
  for (const lesson of Object.keys(after.lessons))
    if (!Object.hasOwn(before.lessons, lesson)) events.push({ kind: "read", lesson });
  for (const [lesson, result] of Object.entries(after.quizzes)) {
    const previous = Object.hasOwn(before.quizzes, lesson) ? before.quizzes[lesson] : undefined;
    if (previous?.at === result.at) continue;
    events.push(...answered(lesson, result, previous, course));
    events.push({ kind: "quiz", lesson, percent: result.percent, passed: result.passed });
  }
  for (const [id, result] of Object.entries(after.simulations)) {
    const previous = Object.hasOwn(before.simulations, id) ? before.simulations[id] : undefined;
    if (previous?.at === result.at) continue;
    events.push({ kind: "simulation", id, score: result.score, best: result.best });
  }
  return events;
}
