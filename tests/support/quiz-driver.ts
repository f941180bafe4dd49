// Answers the quiz of a lesson page the way a learner would, right or wrong on
// purpose. The right answer comes from the lesson's content file (answer-key.ts).
import type { Locator, Page } from "playwright-core";
import { answerKey } from "./answer-key.ts";

export async function questions(page: Page): Promise<Locator[]> {
  return page.locator("relais-quiz fieldset.question").all();
}

/** The content's key for a question on the page. */
export async function keyOf(question: Locator) {
  const lesson = await question.locator("xpath=ancestor::relais-quiz").getAttribute("data-lesson");
  const id = await question.getAttribute("data-question");
  const key = answerKey(lesson!).find((q) => q.id === id);
  if (!key) throw new Error(`question ${id} absente du contenu de ${lesson}`);
  return key;
}

/** The option (or step) ids in the order the page shows them. */
export const shownOrder = (question: Locator) =>
  question
    .locator("li[data-option], li[data-step]")
    .evaluateAll((lis) =>
      lis.map((li) => (li as HTMLElement).dataset["option"] ?? (li as HTMLElement).dataset["step"]!),
    );

/** Answers one question by mouse: rightly, or with a wrong choice. */
export async function answer(question: Locator, right: boolean): Promise<void> {
  const { kind, expected, ids } = await keyOf(question);
  if (kind === "ordering") {
    const target = right ? expected : [...expected].reverse();
    for (let i = 0; i < target.length; i++) {
      // Bring the step that belongs at position i up to it.
      const current = await shownOrder(question);
      for (let at = current.indexOf(target[i]!); at > i; at--) {
        await question.locator(`li[data-step="${target[i]}"] button[data-move="-1"]`).click();
      }
    }
    return;
  }
  const pick = right ? expected : [ids.find((v) => !expected.includes(v))!];
  for (const value of pick) await question.locator(`input[value="${value}"]`).check();
}

/** Answers every question, getting wrong the ones whose index is listed. */
export async function answerAll(page: Page, wrongAt: number[] = []): Promise<void> {
  await page.locator("relais-quiz").scrollIntoViewIfNeeded();
  await page.locator("relais-quiz.is-enhanced").waitFor();
  const all = await questions(page);
  for (const [i, question] of all.entries()) await answer(question, !wrongAt.includes(i));
}
