// A stored quiz result of one question, for tests of progress merging, backups and records.
import type { QuizResult } from "../../src/lib/progress/schema.ts";

export const quizResult = (percent: number, at: string, extra: Partial<QuizResult> = {}): QuizResult => ({
  answers: { q1: ["a"] },
  correct: [],
  total: 1,
  percent,
  passed: percent >= 70,
  at,
  ...extra,
});
