// The questions a learner got wrong, for their report: the trainer sees what Léa missed, not
// only her score. The stored quiz result keeps which questions the last attempt got right; the
// questions' text comes from the lesson's JSON (/revisions/lecons/<id>.json, built for the review
// page), fetched by « Mon parcours » only at export and only for lessons with a question wrong.
import type { Progress } from "../progress/schema";
import type { Assignment } from "./assignment-schema";
import type { ItemStatus } from "./status";
import { MAX_MISSED, MAX_MISSED_TEXT } from "./report";

/** A question as the lesson's JSON gives it: what `missed` needs of it. */
export interface QuestionText {
  id: string;
  prompt: string;
}

const own = <T>(record: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/** The assignment's lessons whose stored quiz attempt has a question wrong: the ones to fetch. */
export const lessonsWithMisses = (progress: Progress, assignment: Assignment): string[] =>
  assignment.items.flatMap((ref) => {
    const [kind, id] = ref.split(":") as [string, string];
    const quiz = kind === "lecon" ? own(progress.quizzes, id) : undefined;
    return quiz && quiz.correct.length < quiz.total ? [id] : [];
  });

/** A question's text as a report carries it: one line, cut with an ellipsis past MAX_MISSED_TEXT. */
const clip = (text: string) => {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length <= MAX_MISSED_TEXT ? line : `${line.slice(0, MAX_MISSED_TEXT - 1).trimEnd()}…`;
};

/**
 * `statuses` with, on each lesson whose stored attempt got questions wrong, the text of those
 * questions (in the lesson's order). `questions` holds the lessons fetched; a lesson missing
 * from it (offline, an explainer, which has no such file) gets no list rather than a wrong one.
 */
export function withMissed(
  statuses: readonly ItemStatus[],
  progress: Progress,
  questions: ReadonlyMap<string, readonly QuestionText[]>,
): ItemStatus[] {
  return statuses.map((status) => {
    const [kind, id] = status.item.split(":") as [string, string];
    const quiz = kind === "lecon" ? own(progress.quizzes, id) : undefined;
    const texts = questions.get(id);
    if (!quiz || !texts || quiz.correct.length >= quiz.total) return status;
    const right = new Set(quiz.correct);
    const missed = texts.filter((q) => !right.has(q.id)).map((q) => clip(q.prompt));
    return missed.length > 0 ? { ...status, missed: missed.slice(0, MAX_MISSED) } : status;
  });
}

/** A lesson's JSON (review-data.ts's ReviewLesson) read for its questions' ids and texts; undefined if it is not that. */
export function questionTexts(json: unknown): QuestionText[] | undefined {
  const questions = (json as { questions?: unknown } | null)?.questions;
  if (!Array.isArray(questions)) return undefined;
  const texts = questions.filter((q): q is QuestionText => typeof q?.id === "string" && typeof q?.prompt === "string");
  return texts.length === questions.length ? texts.map(({ id, prompt }) => ({ id, prompt })) : undefined;
}
