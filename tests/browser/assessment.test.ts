// Quizzes and simulations that measure what the learner knows: options shuffled
// for each attempt (and kept through a reload), the result in view with the pass
// mark, the right answer after a miss, simulations judged on the whole play.
import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import { useSite } from "../support/site-fixture.ts";
import { watchPage } from "../support/browser.ts";
import { answer, answerAll, keyOf, questions, shownOrder } from "../support/quiz-driver.ts";
import { answerKey, lessonFiles } from "../support/answer-key.ts";
import { orderingQuestions } from "../support/course.ts";
import { extremePaths, playPath, simulationContent } from "../support/simulation-driver.ts";
import { expectNoAxeViolations } from "../support/accessibility.ts";

const s = useSite();
const LESSON = "/lecons/ce-que-fait-un-cm/";
const SIMULATION = "le-troll-du-dimanche";

/**
 * A page whose Math.random is a fixed sequence: the shuffles are then the same on every
 * run, so what a test sees never depends on chance (each seed is still a real attempt).
 */
async function openSeeded(path: string, seed = 1, options: Parameters<typeof s.browser.newContext>[0] = {}) {
  const context = await s.browser.newContext({ serviceWorkers: "block", ...options });
  await context.addInitScript((start: number) => {
    let state = start >>> 0;
    Math.random = () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
    };
  }, seed);
  const page = await context.newPage();
  const trouble = watchPage(page, s.site.url);
  await goTo(page, path);
  return { context, page, trouble };
}
const goTo = (page: Page, path: string) => page.goto(new URL(path.replace(/^\//, ""), s.site.url).href);
const ready = async (page: Page) => {
  await page.locator("relais-quiz").scrollIntoViewIfNeeded();
  await page.locator("relais-quiz.is-enhanced").waitFor();
};
// An explainer’s check says « Voir les réponses » (it is written for a parent or a boss, not graded).
const check = (page: Page) => page.getByRole("button", { name: /^(Vérifier mes réponses|Voir les réponses)$/ }).click();
const orders = async (page: Page) => Promise.all((await questions(page)).map((q) => shownOrder(q)));

test("a learner who always picks the first option shown passes no quiz, and no ordering question comes solved", async () => {
  const { page, context } = await openSeeded("/", 7);
  const passed: string[] = [];
  /** Each ordering question as the page first shows it, once its code has arranged it. */
  const shownFirst: { lesson: string; question: string; order: string[] }[] = [];
  for (const lesson of lessonFiles().keys()) {
    await goTo(page, `/lecons/${lesson}/`);
    await ready(page);
    for (const question of await questions(page)) {
      if ((await question.getAttribute("data-kind")) === "ordering") {
        // Left as shown: never in its solved order.
        shownFirst.push({
          lesson,
          question: (await question.getAttribute("data-question"))!,
          order: await shownOrder(question),
        });
      } else await question.locator("input").first().check();
    }
    await check(page);
    if ((await page.locator(".quiz-outcome").getAttribute("data-passed")) === "true") passed.push(lesson);
  }
  expect(passed).toEqual([]);
  // Every ordering question of the content was seen, and none shown in the content's order
  // (without JavaScript: tests/built/ordering.test.ts).
  const questionsOf = (list: { lesson: string; question: string }[]) => list.map((q) => `${q.lesson}#${q.question}`);
  const all = orderingQuestions();
  expect(all.length).toBeGreaterThan(0);
  expect(questionsOf(shownFirst)).toEqual(questionsOf(all));
  expect(shownFirst.filter((q, i) => q.order.join() === all[i]!.solved.join())).toEqual([]);
  await context.close();
}, 240_000);

test("the options are shuffled, the order survives a reload mid-attempt, and the saved result restores", async () => {
  const { page, context, trouble } = await openSeeded(LESSON, 3);
  await ready(page);
  const shown = await orders(page);
  const keys = answerKey("ce-que-fait-un-cm");
  // At least one question shows its options in another order than the file's.
  expect(shown.some((order, i) => order.join() !== keys[i]!.ids.join())).toBe(true);
  for (const [i, order] of shown.entries()) expect(order.toSorted()).toEqual(keys[i]!.ids.toSorted());

  await answer((await questions(page))[0]!, true);
  await page.reload();
  await ready(page);
  expect(await orders(page)).toEqual(shown);

  await answerAll(page);
  await check(page);
  const answered = await orders(page);
  // The saved result alone must restore the order: this tab's attempt is forgotten first.
  await page.evaluate(() => sessionStorage.clear());
  await page.reload();
  await ready(page);
  await expect
    .poll(() => page.locator(".quiz-result").textContent())
    .toMatch(/^Dernier résultat, le .+ \(100\u00a0%\)/);
  expect(await orders(page)).toEqual(answered);
  for (const question of await questions(page)) {
    expect(await question.locator(".question-verdict").textContent()).toBe("Bonne réponse.");
    // Each right option is checked, by id, wherever it now sits.
    const { kind, expected } = await keyOf(question);
    if (kind === "ordering") continue;
    for (const id of expected) expect(await question.locator(`input[value="${id}"]`).isChecked()).toBe(true);
  }
  expect(trouble.consoleErrors).toEqual([]);
  await context.close();
});

test("a new tab is a new attempt: another order", async () => {
  const first = await openSeeded(LESSON, 11);
  await ready(first.page);
  const second = await openSeeded(LESSON, 12);
  await ready(second.page);
  expect(await orders(second.page)).not.toEqual(await orders(first.page));
  await first.context.close();
  await second.context.close();
});

test("retrying reshuffles the missed questions only; starting over reshuffles all", async () => {
  const { page, context } = await openSeeded(LESSON, 5);
  await ready(page);
  const all = await questions(page);
  const kinds = await Promise.all(all.map((q) => q.getAttribute("data-kind")));
  const missed = kinds.flatMap((kind, i) => (kind === "ordering" ? [] : [i]));
  await answerAll(page, missed);
  await check(page);
  const before = await orders(page);
  await page.getByRole("button", { name: "Refaire les questions manquées" }).click();
  const after = await orders(page);
  expect(missed.some((i) => after[i]!.join() !== before[i]!.join())).toBe(true);
  for (const [i, order] of after.entries()) if (!missed.includes(i)) expect(order).toEqual(before[i]);

  await answerAll(page);
  await check(page);
  // Options only: an ordering question, solved when passed, is always scrambled again.
  const options = (all: string[][]) => all.filter((_, i) => kinds[i] !== "ordering");
  const passedOrder = options(await orders(page));
  const seedsBefore = await page.evaluate(() => sessionStorage.getItem("relais:quiz-attempt:ce-que-fait-un-cm"));
  await page.getByRole("button", { name: "Tout recommencer" }).click();
  expect(options(await orders(page))).not.toEqual(passedOrder);
  const seedsAfter = await page.evaluate(() => sessionStorage.getItem("relais:quiz-attempt:ce-que-fait-un-cm"));
  expect(Object.values(JSON.parse(seedsAfter!))).not.toContainEqual(Object.values(JSON.parse(seedsBefore!))[0]);
  expect(await page.locator("fieldset.question:disabled").count()).toBe(0);
  await context.close();
});

test("after checking, focus is on the result, in view, with the score against the pass mark", async () => {
  const { page, context } = await openSeeded(LESSON, 2);
  await ready(page);
  await answerAll(page, [0, 1]);
  await check(page);
  const outcome = page.locator(".quiz-outcome");
  expect(await outcome.evaluate((el) => el === document.activeElement)).toBe(true);
  const box = (await outcome.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + Math.min(box.height, 80)).toBeLessThanOrEqual(viewport.height);
  expect(await outcome.getAttribute("data-passed")).toBe("false");
  const total = (await questions(page)).length;
  const percent = Math.floor(((total - 2) * 100) / total);
  expect(await page.locator(".quiz-score-percent").textContent()).toBe(`${percent}\u00a0%`);
  // The bar is filled to the score, its mark at the pass score.
  const [fill, mark, bar] = await Promise.all(
    [".quiz-score-fill", ".quiz-score-mark", ".quiz-score-bar"].map((sel) => page.locator(sel).boundingBox()),
  );
  expect(fill!.width / bar!.width).toBeCloseTo(percent / 100, 1);
  const pass = Number(await page.locator("relais-quiz").getAttribute("data-pass"));
  expect((mark!.x - bar!.x) / bar!.width).toBeCloseTo(pass / 100, 1);
  expect(await page.locator(".quiz-result").textContent()).toMatch(
    new RegExp(
      `^Résultat\u00a0: ${total - 2} bonnes réponses sur ${total} \\(${percent}\u00a0%\\)\\. Il faut ${pass}\u00a0% pour réussir`,
    ),
  );
  await context.close();
});

test("the quiz's introduction reads as sentences once enhanced", async () => {
  const { page, context } = await openSeeded(LESSON, 1);
  await ready(page);
  const intro = await page.locator(".quiz > p").first().innerText();
  expect(intro).toMatch(/pour réussir\. Votre résultat est gardé sur cet appareil\.$/);
  await context.close();
});

test("every wrong answer shows the right one", async () => {
  const { page, context } = await openSeeded(LESSON, 4);
  await ready(page);
  const all = await questions(page);
  await answerAll(
    page,
    all.map((_, i) => i),
  );
  await check(page);
  for (const question of all) {
    const { kind, expected, texts } = await keyOf(question);
    if (kind === "ordering") {
      const shownRight = question.locator(".right-order");
      expect(await shownRight.isVisible()).toBe(true);
      expect(await shownRight.locator("li").allTextContents()).toEqual(expected.map((id) => texts[id]));
      continue;
    }
    for (const id of expected) {
      const item = question.locator(`li[data-option="${id}"]`);
      expect(await item.locator(".option-feedback").isVisible()).toBe(true);
      expect(await item.locator(".option-feedback strong").textContent()).toMatch(
        kind === "multiple" ? /^(À cocher aussi|Bon choix)\u00a0: $/ : /^La bonne réponse\u00a0: $/,
      );
    }
  }
  await context.close();
});

test("the steps of an ordering question are numbered from 1, and follow each move", async () => {
  const lesson = [...lessonFiles().keys()].find((id) => answerKey(id).some((q) => q.kind === "ordering"))!;
  const { page, context } = await openSeeded(`/lecons/${lesson}/`, 6, { viewport: { width: 390, height: 800 } });
  await ready(page);
  const question = page.locator('fieldset[data-kind="ordering"]').first();
  const numbers = () => question.locator(".step-position").allTextContents();
  const count = await question.locator("li[data-step]").count();
  const expected = Array.from({ length: count }, (_, i) => `${i + 1}.`);
  expect(await numbers()).toEqual(expected);
  const last = question.locator("li[data-step]").last();
  const moved = await last.getAttribute("data-step");
  await last.locator('button[data-move="-1"]').click();
  expect(await numbers()).toEqual(expected);
  expect(
    await question
      .locator("li[data-step]")
      .nth(count - 2)
      .getAttribute("data-step"),
  ).toBe(moved);
  await context.close();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the result display has no accessibility violation (${colorScheme} theme)`, async () => {
    const { page, context } = await openSeeded(LESSON, 8, { colorScheme });
    await ready(page);
    await answerAll(page, [0]);
    await check(page);
    await expectNoAxeViolations(page, { within: "relais-quiz", label: "quiz failed" });
    await page.getByRole("button", { name: "Tout recommencer" }).click();
    await answerAll(page);
    await check(page);
    expect(await page.locator(".quiz-outcome").getAttribute("data-passed")).toBe("true");
    await expectNoAxeViolations(page, { within: "relais-quiz", label: "quiz passed" });
    await context.close();
  });
}

async function playWorst(page: Page) {
  const content = simulationContent(SIMULATION);
  const { worst } = extremePaths(content);
  return { content, worst, ending: await playPath(page, worst.labels) };
}

test("a simulation played badly reaches a failing ending whose debrief names the better choices", async () => {
  const { page, context, trouble } = await openSeeded(`/simulations/${SIMULATION}/`, 9);
  const { content, worst, ending } = await playWorst(page);
  const step = content.steps.find((st) => st.id === ending)!;
  expect(step.ending!.outcome).toBe("echec");
  expect(await page.locator(".sim-ending-title").textContent()).toBe(`Fin\u00a0: ${step.ending!.title}`);
  expect(await page.locator(".sim-final-score").textContent()).toMatch(
    new RegExp(
      `^Votre score\u00a0: ${worst.score}\u00a0points? sur \\d+\u00a0points possibles .*pas encore atteint\\.$`,
    ),
  );
  // Each weak choice is followed by the best choice of its step, with why.
  const byStep = new Map(content.steps.map((st) => [st.id, st]));
  const weak = worst.choices.filter((c) => c.points < Math.max(...byStep.get(c.step)!.choices.map((x) => x.points)));
  expect(weak.length).toBeGreaterThan(0);
  const better = await page.locator(".sim-recap .sim-better-choice").allTextContents();
  expect(better).toEqual(
    weak.map((c) => {
      const best = byStep.get(c.step)!.choices.reduce((a, b) => (b.points > a.points ? b : a));
      return expect.stringContaining(best.label);
    }),
  );
  // What to do next: replay, the related lessons, the module.
  const next = page.getByRole("navigation", { name: "Après la simulation" });
  expect(await next.getByRole("button", { name: "Rejouer la simulation" }).isVisible()).toBe(true);
  expect(await next.getByRole("link").count()).toBe((content.related?.length ?? 0) + 1);
  expect(trouble.consoleErrors).toEqual([]);
  await context.close();
});

test("choices are shuffled for each play, and the best play reaches a success", async () => {
  const { page, context } = await openSeeded(`/simulations/${SIMULATION}/`, 10);
  const labels = () => page.locator("relais-simulation .sim-stage .sim-choice").allTextContents();
  const content = simulationContent(SIMULATION);
  const first = content.steps.find((st) => st.id === content.start)!;
  const seen = new Set<string>();
  for (let play = 0; play < 6; play++) {
    seen.add((await labels()).join("|"));
    await page.getByRole("button", { name: "Recommencer" }).click();
  }
  expect(seen.size).toBeGreaterThan(1);
  for (const order of seen) expect(order.split("|").toSorted()).toEqual(first.choices.map((c) => c.label).toSorted());

  const { best } = extremePaths(content);
  const ending = await playPath(page, best.labels);
  expect(content.steps.find((st) => st.id === ending)!.ending!.outcome).toBe("reussite");
  await context.close();
});

test("Mon parcours shows the best score, the endings found and every play", async () => {
  const { page, context } = await openSeeded(`/simulations/${SIMULATION}/`, 12);
  const content = simulationContent(SIMULATION);
  const { best } = extremePaths(content);
  const bestEnding = await playPath(page, best.labels);
  await page.getByRole("button", { name: "Rejouer la simulation" }).click();
  const { ending: worstEnding } = await playWorst(page);
  const titleOf = (id: string) => content.steps.find((st) => st.id === id)!.ending!.title;
  const endings = content.steps.filter((st) => st.ending).length;

  await goTo(page, "/parcours/");
  const item = page.locator(`[data-simulation="${SIMULATION}"]`);
  await expect
    .poll(() => item.locator('[data-cell="simulation"]').textContent())
    .toBe(
      `meilleur score ${best.score} sur ${best.score}\u00a0points (réussie)\u00a0; ` +
        `fins trouvées\u00a0: «\u00a0${titleOf(bestEnding)}\u00a0», «\u00a0${titleOf(worstEnding)}\u00a0» (2 sur ${endings})\u00a0; 2 parties`,
    );
  await item.locator(".sim-history summary").click();
  const history = await item.locator(".sim-history li").allTextContents();
  expect(history).toHaveLength(2);
  expect(history[0]).toContain(titleOf(bestEnding));
  expect(history[1]).toContain(titleOf(worstEnding));
  await context.close();
});

test("axe finds nothing on a simulation's ending, in both themes", async () => {
  for (const colorScheme of ["light", "dark"] as const) {
    const { page, context } = await openSeeded(`/simulations/${SIMULATION}/`, 13, { colorScheme });
    await playWorst(page);
    await expectNoAxeViolations(page, { within: "relais-simulation", label: colorScheme });
    await context.close();
  }
});
