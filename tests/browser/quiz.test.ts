// The end-of-lesson quiz, as a learner uses it: feedback, score, retry, saved.
import { expect, test } from "vitest";
import { useSite } from "../support/site-fixture.ts";
import { answer, answerAll, keyOf, questions } from "../support/quiz-driver.ts";
import { expectNoAxeViolations } from "../support/accessibility.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST } from "../support/paths.ts";
import { lessons } from "../support/course.ts";

const s = useSite();
const LESSON = "/lecons/ce-que-fait-un-cm/";
const result = (page: import("playwright-core").Page) => page.locator(".quiz-result").textContent();
const message = (page: import("playwright-core").Page) => page.locator(".quiz-message").textContent();

test("a wrong answer shows its feedback, the explanation and a failing score", async () => {
  const { page, context, trouble } = await s.open(LESSON);
  const all = await questions(page);
  await answerAll(page, [0]);
  await page.getByRole("button", { name: "Vérifier mes réponses" }).click();

  const first = all[0]!;
  expect(await first.locator(".question-verdict").textContent()).toBe("Réponse incorrecte.");
  // The option picked (the driver picks the first wrong one of the content file) says why it is wrong.
  const { ids, expected } = await keyOf(first);
  const picked = first.locator(`li[data-option="${ids.find((id) => !expected.includes(id))}"] .option-feedback`);
  expect(await picked.isVisible()).toBe(true);
  expect(await picked.textContent()).toMatch(/^Mauvais choix\u00a0: .{10,}/);
  expect(await first.locator(".explanation").isVisible()).toBe(true);
  expect(await result(page)).toMatch(
    new RegExp(`^Résultat\u00a0: ${all.length - 1} bonnes réponses sur ${all.length}`),
  );
  expect(trouble.consoleErrors).toEqual([]);
  await context.close();
});

test("the quiz's code loads as the reader nears the end of the lesson, not with the page", async () => {
  const { page, context, trouble } = await s.open(LESSON);
  // Everything the page fetched since it started loading, by path.
  const fetched = () =>
    page.evaluate(() => performance.getEntriesByType("resource").map((entry) => new URL(entry.name).pathname));
  await page.waitForLoadState("networkidle");
  expect((await fetched()).filter((path) => path.startsWith("/_astro/"))).toEqual([
    expect.stringMatching(/^\/_astro\/_id_\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/),
  ]);
  expect(await page.locator("relais-quiz.is-enhanced").count()).toBe(0);
  await page.locator("relais-quiz").scrollIntoViewIfNeeded();
  await page.locator("relais-quiz.is-enhanced").waitFor();
  expect((await fetched()).some((path) => /^\/_astro\/lesson-end\.[\w-]+\.js$/.test(path))).toBe(true);
  expect(trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
  await context.close();
});

test("all right answers pass, and a reload keeps the result", async () => {
  const { page, context } = await s.open(LESSON);
  await answerAll(page);
  await page.getByRole("button", { name: "Vérifier mes réponses" }).click();
  expect(await result(page)).toContain("(100\u00a0%). Quiz réussi");

  await page.reload();
  // The reload puts the reader back in the quiz, well past the read marker: its code loads there too.
  await expect.poll(() => result(page)).toMatch(/^Dernier résultat, le .+ \(100\u00a0%\)\. Quiz réussi/);
  for (const question of await questions(page)) {
    expect(await question.locator(".question-verdict").textContent()).toBe("Bonne réponse.");
  }
  await context.close();
});

test("retry reopens only the missed questions, and the new score counts them", async () => {
  const { page, context } = await s.open(LESSON);
  const all = await questions(page);
  await answerAll(page, [1, 3]);
  await page.getByRole("button", { name: "Vérifier mes réponses" }).click();
  await page.getByRole("button", { name: "Refaire les questions manquées" }).click();

  const open = await page
    .locator("fieldset.question:not([disabled])")
    .evaluateAll((f) => f.map((el) => (el as HTMLElement).dataset["question"]));
  const missed = [all[1]!, all[3]!];
  expect(open).toEqual(await Promise.all(missed.map((q) => q.getAttribute("data-question"))));
  expect(await all[0]!.locator(".question-verdict").textContent()).toBe("Bonne réponse.");

  for (const question of missed) await answer(question, true);
  await page.getByRole("button", { name: "Vérifier mes réponses" }).click();
  expect(await result(page)).toContain("Quiz réussi");
  await context.close();
});

test("an unanswered question is named and nothing is scored", async () => {
  const { page, context } = await s.open(LESSON);
  await answer((await questions(page))[0]!, true);
  await page.getByRole("button", { name: "Vérifier mes réponses" }).click();
  expect(await message(page)).toMatch(/^Il reste \d questions sans réponse\u00a0: question 2/);
  expect(await page.locator(".quiz-outcome").isVisible()).toBe(false);
  await context.close();
});

test("the quiz can be completed with the keyboard alone", async () => {
  const { page, context } = await s.open(LESSON);
  /** Presses Tab (at most 60 times) until the element has focus, as a keyboard user would. */
  const tabTo = async (target: import("playwright-core").Locator) => {
    for (let i = 0; i < 60; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await page.keyboard.press("Tab");
    }
    throw new Error(`Tab never reached ${target}`);
  };
  for (const question of await questions(page)) {
    const { kind, expected } = await keyOf(question);
    if (kind === "ordering") {
      // Bring each step up to its place with its "Monter" button and Enter.
      for (const [i, step] of expected.entries()) {
        const order = () =>
          question.locator("li[data-step]").evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset["step"]));
        if ((await order()).indexOf(step) === i) continue;
        await tabTo(question.locator(`li[data-step="${step}"] button[data-move="-1"]`));
        while ((await order()).indexOf(step) > i) await page.keyboard.press("Enter");
      }
      continue;
    }
    const inputs = await question.locator("input").all();
    const values = await Promise.all(inputs.map((input) => input.getAttribute("value")));
    await tabTo(inputs[0]!);
    if (kind === "multiple") {
      for (const [i, value] of values.entries()) {
        await tabTo(inputs[i]!);
        if (expected.includes(value!)) await page.keyboard.press("Space");
      }
    } else {
      // In a radio group the arrow keys move the selection.
      await page.keyboard.press("Space");
      for (let i = 0; i < values.indexOf(expected[0]!); i++) await page.keyboard.press("ArrowDown");
    }
  }
  await tabTo(page.getByRole("button", { name: "Vérifier mes réponses" }));
  await page.keyboard.press("Enter");
  expect(await result(page)).toContain("Quiz réussi");
  await context.close();
});

test.each([true, false])(
  "« Aller au quiz », two Tab presses from the top, shows when focused and moves focus to the quiz (JavaScript: %s)",
  async (javaScriptEnabled) => {
    const { page, context } = await s.open(LESSON, { viewport: { width: 390, height: 844 }, javaScriptEnabled });
    const skip = page.getByRole("link", { name: "Aller au quiz" });
    const focused = () => skip.evaluate((el) => el === document.activeElement);
    for (let presses = 0; presses < 2 && !(await focused()); presses++) await page.keyboard.press("Tab");
    expect(await focused()).toBe(true);
    const box = (await skip.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);

    await page.keyboard.press("Enter");
    const heading = page.getByRole("heading", { name: /^Quiz\s:\svérifiez vos acquis$/ });
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
    // In view, below the top of the screen: the quiz's box shows above it.
    const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(10);
    expect(top).toBeLessThan(844);
    // The next Tab goes on into the quiz: its first question.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest(".question") !== null)).toBe(true);
    await context.close();
  },
);

test("every lesson's skip link leads to its quiz's heading, which can take focus", () => {
  for (const { id, kind } of lessons()) {
    const html = readFileSync(join(DIST, "lecons", id, "index.html"), "utf8");
    const name = kind === "explication" ? "Aller aux questions" : "Aller au quiz";
    expect(html, id).toContain(`<a class="skip-link" href="#quiz-title">${name}</a>`);
    expect(html, id).toMatch(/<h2 id="quiz-title" tabindex="-1">/);
  }
});

test("a corrupt stored value does not break the page and is set aside", async () => {
  const { page, context, trouble } = await s.open(LESSON);
  await page.evaluate(() => localStorage.setItem("relais:progress:v1", "{pas du json"));
  await page.reload();
  await answerAll(page);
  await page.getByRole("button", { name: "Vérifier mes réponses" }).click();
  expect(await result(page)).toContain("Quiz réussi");
  const kept = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith("relais:progress:corrompu:")),
  );
  expect(kept).toHaveLength(1);
  expect(await page.evaluate((k) => localStorage.getItem(k), kept[0]!)).toBe("{pas du json");
  expect(trouble.consoleErrors).toEqual([]);
  await context.close();
});

test("with storage full, the quiz still works and says the result cannot be saved", async () => {
  const { page, context } = await s.open(LESSON);
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException("full", "QuotaExceededError");
    };
  });
  await answerAll(page);
  await page.getByRole("button", { name: "Vérifier mes réponses" }).click();
  expect(await result(page)).toContain("Quiz réussi");
  expect(await page.getByRole("alert").textContent()).toContain("n’a plus de place pour enregistrer votre progression");
  await context.close();
});

test("after checking, the quiz has no accessibility violation", async () => {
  const { page, context } = await s.open(LESSON);
  await answerAll(page, [0, 2]);
  await page.getByRole("button", { name: "Vérifier mes réponses" }).click();
  await expectNoAxeViolations(page, { within: "relais-quiz", bestPractices: true });
  await context.close();
});

test("without JavaScript each answer and its explanation can be revealed", async () => {
  const { page, context } = await s.open(LESSON, { javaScriptEnabled: false });
  for (const question of await questions(page)) {
    const { kind, expected, ids, texts } = await keyOf(question);
    const key = question.locator("details.answer-key");
    expect(await question.locator(".explanation").isVisible()).toBe(false);
    await key.locator("summary").click();
    expect(await question.locator(".explanation").isVisible()).toBe(true);
    if (kind === "ordering") {
      expect(await question.locator(".right-order li").allTextContents()).toEqual(expected.map((id) => texts[id]));
      continue;
    }
    for (const text of expected.map((id) => texts[id]!)) expect(await key.textContent()).toContain(text);
    // Each option's feedback shows, marked right or wrong as the content file says.
    for (const id of ids) {
      const feedback = question.locator(`li[data-option="${id}"] .option-feedback`);
      expect(await feedback.isVisible()).toBe(true);
      expect(await feedback.locator("strong").textContent()).toBe(
        expected.includes(id) ? "Juste\u00a0: " : "Faux\u00a0: ",
      );
    }
  }
  await context.close();
});
