// The lesson side of « Révisions »: a quiz checked in a lesson sends its missed questions to the
// review state. Small on purpose, and free of ts-fsrs: every lesson with a quiz loads it.
import type { Progress, QuizResult } from "../progress/schema";
import { recordQuiz } from "../progress/changes";
import { recordMisses } from "./review-state";

export function recordQuizMisses(
  progress: Progress,
  lesson: string,
  missed: readonly { id: string; fingerprint: string }[],
  at: Date,
): Progress {
  if (missed.length === 0) return progress;
  return { ...progress, reviews: recordMisses(progress.reviews ?? {}, lesson, missed, at) };
}

/** A quiz checked in a lesson: its result recorded, and its missed questions sent to « Révisions ». */
export const recordQuizAndMisses = (
  progress: Progress,
  lesson: string,
  result: QuizResult,
  missed: readonly { id: string; fingerprint: string }[],
): Progress => recordQuizMisses(recordQuiz(progress, lesson, result), lesson, missed, new Date(result.at));
