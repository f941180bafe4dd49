// What makes a question's answer right, as a short stable hash: a review kept for a question
// whose fingerprint changed is about another question (review-state.ts, schedule.ts reconcile).
// Built at build time (Node) and compared in the browser: plain code, no Node or DOM API.
import type { Question } from "../../schemas/quiz";

/** FNV-1a, 32 bits, over UTF-16 code units, in base 36 (at most 7 characters). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** Text as written, whatever its line breaks, spaces or Unicode composition. */
const words = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim();

/**
 * The hash of what makes an answer right: its kind, prompt and situation, its options' texts
 * and which are right (in any order: they are shuffled anyway), or its steps' texts in order.
 * Feedback, explanations and ids leave it alone: rewording why changes no answer.
 */
export function questionFingerprint(question: Question): string {
  const situation = question.kind === "scenario" ? words(question.situation) : "";
  const answer =
    question.kind === "ordering"
      ? question.steps.map((step) => words(step.text))
      : question.options.map((option) => `${option.correct ? "+" : "-"}${words(option.text)}`).toSorted();
  return fnv1a(JSON.stringify([question.kind, words(question.prompt), situation, answer]));
}
