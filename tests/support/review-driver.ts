// Answers the question « Révisions » shows, right or wrong on purpose, from the lesson's content
// file (answer-key.ts), never from the page.
import type { Page } from "playwright-core";
import { answerKey } from "./answer-key.ts";

/** Answers the review question on screen, right or wrong, from the lesson's content file. */
export async function answerReviewQuestion(page: Page, right: boolean) {
  const form = page.locator("relais-review form.review-question");
  const lesson = (await form.getAttribute("data-lesson"))!;
  const id = (await form.getAttribute("data-question"))!;
  const { kind, expected, ids } = answerKey(lesson).find((q) => q.id === id)!;
  if (kind === "ordering") {
    const target = right ? expected : [...expected].reverse();
    for (let i = 0; i < target.length; i++) {
      const order = await form
        .locator("li[data-step]")
        .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset["step"]!));
      for (let at = order.indexOf(target[i]!); at > i; at--)
        await form.locator(`li[data-step="${target[i]}"] button[data-move="-1"]`).click();
    }
  } else {
    for (const value of right ? expected : [ids.find((v) => !expected.includes(v))!])
      await form.locator(`input[value="${value}"]`).check();
  }
  await form.getByRole("button", { name: "Valider" }).click();
}
