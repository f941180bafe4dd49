// Where the learner is shows beyond « Mon parcours »: ticks on lesson lists, « Reprendre »
// on the home and module pages, bars per module at the top of « Mon parcours ».
import { expect, test } from "vitest";
import { useSite } from "../support/site-fixture.ts";
import { answerAll } from "../support/quiz-driver.ts";
import { expectNoAxeViolations } from "../support/accessibility.ts";

const s = useSite();
const LESSON = "les-six-temps-d-une-crise";

test("after reading a lesson and passing its quiz: ticks on the lists, and « Reprendre » points on", async () => {
  const { page, context, trouble } = await s.open("/modules/crise/");
  // Nothing started: no tick, no « Reprendre ».
  expect(await page.locator(".ticks .tick").count()).toBe(0);
  expect(await page.locator("[data-resume]").isHidden()).toBe(true);

  await page.goto(new URL(`lecons/${LESSON}/`, s.site.url).href);
  const title = (await page.locator("h1").textContent())!.trim();
  await page.locator("relais-read-marker").scrollIntoViewIfNeeded();
  await expect.poll(() => page.evaluate(() => localStorage.getItem("relais:progress:v1") ?? "")).toContain(LESSON);

  for (const path of ["/modules/crise/", "/catalogue/", "/pour/cm-junior/"]) {
    await page.goto(new URL(path.slice(1), s.site.url).href);
    const slot = page.locator(`[data-ticks="${LESSON}"]`).first();
    await expect.poll(() => slot.innerText()).toBe("✓ Lue");
  }
  // Read but not passed: pick up that same lesson, from the home page and its module's.
  for (const path of ["/", "/modules/crise/"]) {
    await page.goto(new URL(path.slice(1), s.site.url).href);
    const resume = page.locator("[data-resume] .resume-line");
    await expect.poll(() => resume.innerText()).toBe(`Reprendre\u00a0: ${title}`);
  }

  await page.goto(new URL(`lecons/${LESSON}/`, s.site.url).href);
  await answerAll(page);
  await page.getByRole("button", { name: "Vérifier mes réponses" }).click();
  await page.goto(new URL("modules/crise/", s.site.url).href);
  await expect.poll(() => page.locator(`[data-ticks="${LESSON}"]`).innerText()).toMatch(/✓ Lue\s*✓ Quiz réussi/);
  // Passed: « Reprendre » moves to the next lesson of the module.
  const order = await page.locator("ol.path h3 a").allTextContents();
  const next = order[order.indexOf(title) + 1]!.trim();
  await expect.poll(() => page.locator("[data-resume] .resume-line").innerText()).toBe(`Reprendre\u00a0: ${next}`);
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page, { label: colorScheme });
  }

  await page.goto(new URL("parcours/", s.site.url).href);
  const crise = page.locator('[data-overview="crise"]');
  await expect.poll(() => crise.locator("[data-bar-text]").textContent()).toMatch(/^1 sur \d+ lue, 1 quiz réussi$/);
  const value = (name: string) =>
    crise.getByRole("progressbar", { name }).evaluate((bar) => (bar as HTMLProgressElement).value);
  expect(await value("Leçons lues")).toBe(1);
  expect(await value("Quiz réussis")).toBe(1);
  expect(trouble.consoleErrors).toEqual([]);
  await context.close();
});

test("without JavaScript the lists stay plain and say nothing of progress", async () => {
  const { page, context } = await s.open("/modules/crise/", { javaScriptEnabled: false });
  expect(await page.locator(".ticks").first().isVisible()).toBe(false);
  expect(await page.locator("[data-resume]").isHidden()).toBe(true);
  expect(await page.locator("ol.path li").count()).toBeGreaterThan(0);
  await context.close();
});
