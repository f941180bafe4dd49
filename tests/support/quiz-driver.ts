// Answers the quiz of a lesson page the way a learner would, right or wrong on
// purpose, reading the expected answer from the page itself.
import type { Locator, Page } from "playwright-core";

export async function questions(page: Page): Promise<Locator[]> {
  return page.locator("relais-quiz fieldset.question").all();
}

/** Answers one question by mouse: rightly, or with a wrong choice. */
export async function answer(question: Locator, right: boolean): Promise<void> {
  const kind = await question.getAttribute("data-kind");
  const expected = (await question.getAttribute("data-expected"))!.split(" ");
  if (kind === "ordering") {
    const target = right ? expected : [...expected].reverse();
    for (let i = 0; i < target.length; i++) {
      // Bring the step that belongs at position i up to it.
      const current = await question
        .locator("li[data-step]")
        .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset["step"]));
      for (let at = current.indexOf(target[i]); at > i; at--) {
        await question.locator(`li[data-step="${target[i]}"] button[data-move="-1"]`).click();
      }
    }
    return;
  }
  const inputs = question.locator("input");
  const values = await inputs.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
  const pick = right ? expected : [values.find((v) => !expected.includes(v))!];
  for (const value of pick) await question.locator(`input[value="${value}"]`).check();
}

/** Answers every question, getting wrong the ones whose index is listed. */
export async function answerAll(page: Page, wrongAt: number[] = []): Promise<void> {
  const all = await questions(page);
  for (const [i, question] of all.entries()) await answer(question, !wrongAt.includes(i));
}
