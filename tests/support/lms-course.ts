// The course's quizzes as the LMS runtimes see them (src/lib/lms/question-interaction.ts), read
// from the content files and parsed with the build's own quiz schema: the LMS tests check the
// real questions of every kind, never made-up ones.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { questionSchema } from "../../src/schemas/quiz.ts";
import { quizQuestion, type QuizQuestion } from "../../src/lib/lms/question-interaction.ts";
import { lessonFiles } from "./answer-key.ts";
import { lessonParts, readYaml } from "./content-files.ts";
import { ROOT } from "./paths.ts";
import { MAX_PLAYS, emptyProgress, type Progress } from "../../src/lib/progress/schema.ts";

/** Every lesson's quiz, per lesson id, in the quiz's order (lessons without a quiz left out). */
export function courseQuizzes(): Record<string, QuizQuestion[]> {
  const out: Record<string, QuizQuestion[]> = {};
  for (const [id, file] of [...lessonFiles()].toSorted(([a], [b]) => a.localeCompare(b))) {
    const { data } = lessonParts<{ quiz?: { questions: unknown[] } }>(readFileSync(file, "utf8"));
    if (data.quiz) out[id] = data.quiz.questions.map((q) => quizQuestion(questionSchema.parse(q)));
  }
  return out;
}

/** Every simulation's endings (id and title), per simulation id, from its content file. */
export function courseEndings(): Record<string, { ending: string; endingTitle: string }[]> {
  const dir = join(ROOT, "content/simulations");
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith(".yaml"))
      .toSorted()
      .map((f) => {
        const { steps } = readYaml<{ steps: { id: string; ending?: { title: string } }[] }>(
          readFileSync(join(dir, f), "utf8"),
        );
        const endings = steps.flatMap((s) => (s.ending ? [{ ending: s.id, endingTitle: s.ending.title }] : []));
        return [f.replace(/\.yaml$/, ""), endings];
      }),
  );
}

const instant = (n: number) => new Date(Date.UTC(2027, 0, 1) + n * 61_001).toISOString();
const seed = (n: number) => n.toString(36).padStart(8, "z").slice(-8);

/**
 * The fullest progress the whole course can give: every lesson read, every quiz answered with
 * its longest answers (every option of a multiple, every step) and a full history of attempts,
 * every simulation played MAX_PLAYS times through all its endings. What suspend data must hold.
 */
export function fullestProgress(): Progress {
  let n = 0;
  const quizzes = courseQuizzes();
  const progress: Progress = { ...emptyProgress() };
  for (const id of lessonFiles().keys()) progress.lessons[id] = { readAt: instant(n++) };
  for (const [lesson, questions] of Object.entries(quizzes)) {
    const answers = Object.fromEntries(
      questions.map((q) => [
        q.id,
        q.kind === "multiple" || q.kind === "ordering" ? q.choices.map((c) => c.id) : q.expected,
      ]),
    );
    const records = Array.from({ length: 101 }, (_, i) => ({ percent: i, passed: i >= 70, at: instant(n++) }));
    progress.quizzes[lesson] = {
      answers,
      correct: questions.filter((q) => q.kind !== "multiple").map((q) => q.id),
      total: questions.length,
      percent: 100,
      passed: true,
      at: instant(n++),
      seeds: Object.fromEntries(questions.map((q) => [q.id, seed(n++)])),
      records,
    };
  }
  for (const [id, endings] of Object.entries(courseEndings())) {
    const plays = Array.from({ length: MAX_PLAYS }, (_, i) => ({
      ...endings[i % endings.length]!,
      score: i,
      at: instant(n++),
    }));
    progress.simulations[id] = { ...plays.at(-1)!, best: MAX_PLAYS, records: plays, plays, found: endings };
  }
  return progress;
}
