import type { Question } from "../../schemas/quiz";
import type { QuestionKind } from "../quiz/quiz-scoring";

// A question of the course and the learner's answer to it, as one neutral record that both LMS
// runtimes send: SCORM 1.2 as cmi.interactions.n.* (scorm-interactions.ts), cmi5 as an xAPI
// « answered » statement. Choice questions (single, multiple, scenario) are « choice »; an
// ordering question is « sequencing ». Ids stay the course's own: option and step ids.

/** What the LMS runtimes need of one question: read from the content or from the quiz's page. */
export interface QuizQuestion {
  id: string;
  kind: QuestionKind;
  /** The question as the learner reads it, plain text. */
  prompt: string;
  /** Options (choice kinds) or steps in the right order (ordering). */
  choices: { id: string; text: string }[];
  /** Right option ids, or step ids in the right order. */
  expected: string[];
}

export interface QuestionInteraction {
  /** "<lessonId>.<questionId>", [A-Za-z0-9._-], ≤ 255. */
  id: string;
  type: "choice" | "sequencing";
  /** The question's text, plain. */
  description: string;
  /** Options (choice) or steps (sequencing). */
  choices: { id: string; text: string }[];
  /** Correct option ids (choice, any order) or step ids in order. */
  correct: string[];
  /** What the learner gave, same form. */
  response: string[];
  result: "correct" | "wrong";
}

/** The longest interaction id SCORM 1.2 (CMIIdentifier) and xAPI activity ids here accept. */
export const MAX_INTERACTION_ID = 255;

/** `value` with only [A-Za-z0-9._-] (anything else becomes "-"), at most `max` characters. */
export const identifier = (value: string, max = MAX_INTERACTION_ID): string =>
  value.replace(/[^A-Za-z0-9._-]/g, "-").slice(0, max);

/** The interaction id of a lesson's question. */
export const interactionId = (lesson: string, question: string): string => identifier(`${lesson}.${question}`);

/** A content question (src/schemas/quiz.ts) as the runtimes need it. */
export function quizQuestion(question: Question): QuizQuestion {
  const choices = question.kind === "ordering" ? question.steps : question.options;
  return {
    id: question.id,
    kind: question.kind,
    prompt: question.prompt,
    choices: choices.map(({ id, text }) => ({ id, text })),
    expected:
      question.kind === "ordering"
        ? question.steps.map((s) => s.id)
        : question.options.filter((o) => o.correct).map((o) => o.id),
  };
}

/** Whether `response` is the right answer: the same set of options, or the steps in order. */
export function isRightResponse(question: QuizQuestion, response: readonly string[]): boolean {
  if (question.kind === "ordering")
    return response.length === question.expected.length && response.every((id, i) => id === question.expected[i]);
  const picked = new Set(response);
  return picked.size === question.expected.length && question.expected.every((id) => picked.has(id));
}

/**
 * The interaction of one answered question. `right` is the verdict the quiz stored (its
 * `correct` list); without it the answer is checked against the question.
 */
export function questionInteraction(
  lesson: string,
  question: QuizQuestion,
  response: readonly string[],
  right: boolean = isRightResponse(question, response),
): QuestionInteraction {
  return {
    id: interactionId(lesson, question.id),
    type: question.kind === "ordering" ? "sequencing" : "choice",
    description: question.prompt,
    choices: question.choices.map(({ id, text }) => ({ id, text })),
    correct: [...question.expected],
    response: [...response],
    result: right ? "correct" : "wrong",
  };
}
