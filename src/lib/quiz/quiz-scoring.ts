// Scoring a quiz: pure functions shared by the quiz island (components/quiz/quiz-element.ts)
// and the tests.

export type QuestionKind = "single" | "multiple" | "scenario" | "ordering";

/** What the page needs to mark a question: its kind and its right answer. */
export interface AnswerKey {
  id: string;
  kind: QuestionKind;
  /** Right option ids (any order), or step ids in the right order. */
  expected: readonly string[];
}

/** Option ids picked, or step ids in the order the learner left them. */
export type Answer = readonly string[];

export function isRight(key: AnswerKey, answer: Answer | undefined): boolean {
  if (!answer) return false;
  if (key.kind === "ordering")
    return answer.length === key.expected.length && answer.every((id, i) => id === key.expected[i]);
  const picked = new Set(answer);
  return picked.size === key.expected.length && key.expected.every((id) => picked.has(id));
}

export interface Score {
  correct: string[];
  missed: string[];
  total: number;
  /** Rounded down, so 69.9 % never passes a 70 % bar. */
  percent: number;
  passed: boolean;
}

export function scoreQuiz(
  keys: readonly AnswerKey[],
  answers: Readonly<Record<string, Answer>>,
  passScore: number,
): Score {
  const correct = keys.filter((key) => isRight(key, answers[key.id])).map((key) => key.id);
  const missed = keys.map((key) => key.id).filter((id) => !correct.includes(id));
  const percent = keys.length === 0 ? 0 : Math.floor((correct.length * 100) / keys.length);
  return { correct, missed, total: keys.length, percent, passed: percent >= passScore };
}
