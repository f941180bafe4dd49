// What the review page reads of the course, written at build as JSON (pages/revisions/): the
// fingerprint of every reviewable question (to notice a question removed or rewritten since it
// was missed), and per lesson its questions as the quiz shows them. Explainers' checks, written
// for parents and bosses, are not reviewed.
import type { Question } from "../../schemas/quiz";
import { questionFingerprint } from "./fingerprint";
import { reviewKey } from "./review-state";

export interface ReviewQuestion {
  key: string;
  id: string;
  kind: Question["kind"];
  prompt: string;
  situation?: string;
  /** Options with their feedback (none for an ordering question). */
  options: { id: string; text: string; correct: boolean; feedback: string }[];
  /** An ordering question's steps, in the right order. */
  steps: { id: string; text: string }[];
  explanation: string;
  fingerprint: string;
}

export interface ReviewLesson {
  lesson: string;
  title: string;
  url: string;
  questions: ReviewQuestion[];
}

interface LessonLike {
  id: string;
  data: { title: string; kind: string; quiz: { questions: readonly Question[] } };
}

export const isReviewable = (lesson: LessonLike) => lesson.data.kind !== "explication";

export function reviewLesson(lesson: LessonLike, url: string): ReviewLesson {
  return {
    lesson: lesson.id,
    title: lesson.data.title,
    url,
    questions: lesson.data.quiz.questions.map((q) => ({
      key: reviewKey(lesson.id, q.id),
      id: q.id,
      kind: q.kind,
      prompt: q.prompt,
      ...(q.kind === "scenario" ? { situation: q.situation } : {}),
      options:
        q.kind === "ordering"
          ? []
          : q.options.map(({ id, text, correct, feedback }) => ({ id, text, correct, feedback })),
      steps: q.kind === "ordering" ? q.steps.map(({ id, text }) => ({ id, text })) : [],
      explanation: q.explanation,
      fingerprint: questionFingerprint(q),
    })),
  };
}

/** key → fingerprint, for every reviewable question of the course. */
export const courseFingerprints = (lessons: readonly LessonLike[]): Record<string, string> =>
  Object.fromEntries(
    lessons
      .filter(isReviewable)
      .flatMap((l) => l.data.quiz.questions.map((q) => [reviewKey(l.id, q.id), questionFingerprint(q)] as const)),
  );
