// Branching simulations: different choices lead to different endings, each scored
// and debriefed, kept in "Mon parcours"; the story also plays without JavaScript.
import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import { useSite } from "../support/site-fixture.ts";

const s = useSite();
const SIMULATION = "/simulations/clash-entre-cm/";

/** Plays to an ending, always taking the choice at `pick` (first or last); returns the labels clicked. */
async function playThrough(page: Page, pick: "first" | "last"): Promise<string[]> {
  const clicked: string[] = [];
  for (let turn = 0; turn < 30; turn++) {
    if (await page.locator(".sim-ending-title").count()) return clicked;
    const choices = page.locator("relais-simulation .sim-stage .sim-choice");
    const choice = pick === "first" ? choices.first() : choices.last();
    clicked.push((await choice.textContent())!);
    await choice.click();
  }
  throw new Error("no ending after 30 choices");
}

test("the index lists every simulation", async () => {
  const { page, context } = await s.open("/simulations/");
  const titles = await page.locator("main .card h2").allTextContents();
  expect(titles.length).toBeGreaterThanOrEqual(3);
  await page.getByRole("link", { name: titles[0]! }).click();
  await page.waitForURL(/\/simulations\/[^/]+\/$/);
  expect(await page.locator(".sim-choice").count()).toBeGreaterThan(1);
  await context.close();
});

test("two different paths reach two different endings, each scored and debriefed", async () => {
  const { page, context, trouble } = await s.open(SIMULATION);
  const pathA = await playThrough(page, "first");
  const endingA = await page.locator(".sim-ending-title").textContent();
  expect(await page.locator(".sim-final-score").textContent()).toMatch(
    /^Votre score\u00a0: -?\d+\u00a0points? sur \d+\u00a0points possibles\.$/,
  );
  expect(await page.locator(".sim-recap > li").count()).toBe(pathA.length);
  expect(await page.locator(".sim-feed .message[data-role=vous]").allTextContents()).toEqual(
    pathA.map((label) => `Vous${label}`),
  );
  expect(await page.getByRole("status").last().textContent()).toContain("enregistrée");

  await page.getByRole("button", { name: "Recommencer" }).click();
  expect(await page.locator(".sim-feed .message[data-role=vous]").count()).toBe(0);
  const pathB = await playThrough(page, "last");
  const endingB = await page.locator(".sim-ending-title").textContent();
  expect(pathB).not.toEqual(pathA);
  expect(endingB).not.toBe(endingA);
  expect(trouble.consoleErrors).toEqual([]);

  // The last ending reached shows in "Mon parcours".
  await page.goto(new URL("parcours/", s.site.url).href);
  const row = page.locator('[data-simulation="clash-entre-cm"] [data-cell="simulation"]');
  expect(await row.textContent()).toContain(endingB!.replace(/^Fin\u00a0: /, ""));
  await context.close();
});

test("a choice moves keyboard focus to what happens next", async () => {
  const { page, context } = await s.open(SIMULATION);
  await page.locator(".sim-choice").first().focus();
  await page.keyboard.press("Enter");
  const focused = await page.evaluate(() => document.activeElement?.className);
  expect(focused).toMatch(/sim-prompt|sim-ending-title/);
  await context.close();
});

test("without JavaScript the story is played through its links", async () => {
  const { page, context } = await s.open(SIMULATION, { javaScriptEnabled: false });
  const visibleSteps = () => page.locator(".sim-step:visible").count();
  expect(await visibleSteps()).toBe(1);
  const firstStep = await page.locator(".sim-step:visible").getAttribute("data-step");
  await page.locator(".sim-step:visible .sim-choices a").first().click();
  expect(await visibleSteps()).toBe(1);
  expect(await page.locator(".sim-step:visible").getAttribute("data-step")).not.toBe(firstStep);
  await context.close();
});
