import type { QuizQuestion } from "../../lib/lms/question-interaction";
import type { QuestionKind } from "../../lib/quiz/quiz-scoring";
import type { EventsCourse } from "../../lib/lms/progress-events";

// The quizzes of the page, read from their server-rendered markup (components/quiz/Quiz.astro,
// Question.astro), to describe answered questions to the LMS. Read when the bridge starts,
// before the quiz's own script shuffles its options.

const KINDS: readonly string[] = ["single", "multiple", "scenario", "ordering"];
const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, " ").trim() ?? "";

function question(fieldset: HTMLElement): QuizQuestion | undefined {
  const { question: id, kind, expected } = fieldset.dataset;
  if (!id || !kind || !KINDS.includes(kind)) return undefined;
  const legend = fieldset.querySelector("legend")?.cloneNode(true) as HTMLElement | undefined;
  legend?.querySelector(".question-number")?.remove();
  const steps = [...fieldset.querySelectorAll<HTMLElement>("li[data-step]")].map((li) => ({
    id: li.dataset["step"] ?? "",
    text: text(li.querySelector(".step-text")),
  }));
  const options = [...fieldset.querySelectorAll<HTMLElement>("li[data-option]")].map((li) => ({
    id: li.dataset["option"] ?? "",
    text: text(li.querySelector("label")),
  }));
  const right = (expected ?? "").split(" ").filter(Boolean);
  return {
    id,
    kind: kind as QuestionKind,
    prompt: text(legend ?? null),
    // Steps are shown scrambled: the interaction lists them in the right order.
    choices: kind === "ordering" ? right.flatMap((s) => steps.filter((step) => step.id === s)) : options,
    expected: right,
  };
}

export function pageQuizzes(root: ParentNode): EventsCourse {
  const quizzes: Record<string, QuizQuestion[]> = {};
  for (const quiz of root.querySelectorAll<HTMLElement>("relais-quiz[data-lesson]")) {
    const fieldsets = [...quiz.querySelectorAll<HTMLElement>("fieldset[data-question]")];
    quizzes[quiz.dataset["lesson"]!] = fieldsets.flatMap((f) => question(f) ?? []);
  }
  return { quizzes };
}
