// The course's quizzes as the LMS runtimes see them (src/lib/lms/question-interaction.ts), read
// from the content files and parsed with the build's own quiz schema: the LMS tests check the
// real questions of every kind, never made-up ones.
import { readFileSync } from "node:fs";
import { questionSchema } from "../../src/schemas/quiz.ts";
import { quizQuestion, type QuizQuestion } from "../../src/lib/lms/question-interaction.ts";
import { lessonFiles } from "./answer-key.ts";
import { lessonParts } from "./content-files.ts";

/** Every lesson's quiz, per lesson id, in the quiz's order (lessons without a quiz left out). */
export function courseQuizzes(): Record<string, QuizQuestion[]> {
  const out: Record<string, QuizQuestion[]> = {};
  for (const [id, file] of [...lessonFiles()].toSorted(([a], [b]) => a.localeCompare(b))) {
    const { data } = lessonParts<{ quiz?: { questions: unknown[] } }>(readFileSync(file, "utf8"));
    if (data.quiz) out[id] = data.quiz.questions.map((q) => quizQuestion(questionSchema.parse(q)));
  }
  return out;
}
