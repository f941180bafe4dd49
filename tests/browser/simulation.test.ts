// Branching simulations: different choices lead to different endings, each scored
// and debriefed, kept in "Mon parcours"; the story also plays without JavaScript.
import { expect, test } from "vitest";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../support/paths.ts";
import { useSite } from "../support/site-fixture.ts";
import { extremePaths, playPath, simulationContent } from "../support/simulation-driver.ts";

const s = useSite();
const SIMULATION = "/simulations/clash-entre-cm/";

test("the index lists every simulation", async () => {
  const { page, context } = await s.open("/simulations/");
  const titles = await page.locator("main .card h2").allTextContents();
  expect(titles.toSorted()).toEqual(
    readdirSync(join(ROOT, "content/simulations"))
      .map((file) => simulationContent(file.replace(/\.yaml$/, "")).title)
      .toSorted(),
  );
  await page.getByRole("link", { name: titles[0]! }).click();
  await page.waitForURL(/\/simulations\/[^/]+\/$/);
  expect(await page.locator(".sim-choice").count()).toBeGreaterThan(1);
  await context.close();
});

test("two different paths reach two different endings, each scored and debriefed", async () => {
  const { page, context, trouble } = await s.open(SIMULATION);
  const { best, worst } = extremePaths(simulationContent("clash-entre-cm"));
  const endingA = await playPath(page, best.labels);
  const titleA = await page.locator(".sim-ending-title").textContent();
  expect(await page.locator(".sim-final-score").textContent()).toMatch(
    /^Votre score\u00a0: -?\d+\u00a0points? sur \d+\u00a0points possibles \(seuil de réussite\u00a0: \d+\u00a0points?\)\.$/,
  );
  expect(await page.locator(".sim-recap > li").count()).toBe(best.labels.length);
  expect(await page.locator(".sim-feed .message[data-role=vous]").allTextContents()).toEqual(
    best.labels.map(({ label }) => `Vous${label}`),
  );
  expect(await page.getByRole("status").last().textContent()).toContain("enregistrée");

  await page.getByRole("button", { name: "Recommencer" }).click();
  expect(await page.locator(".sim-feed .message[data-role=vous]").count()).toBe(0);
  const endingB = await playPath(page, worst.labels);
  const titleB = await page.locator(".sim-ending-title").textContent();
  expect(endingB).not.toBe(endingA);
  expect(titleB).not.toBe(titleA);
  expect(trouble.consoleErrors).toEqual([]);

  // Both endings show in "Mon parcours".
  await page.goto(new URL("parcours/", s.site.url).href);
  const row = page.locator('[data-simulation="clash-entre-cm"] [data-cell="simulation"]');
  for (const title of [titleA, titleB]) expect(await row.textContent()).toContain(title!.replace(/^Fin\u00a0: /, ""));
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

test("without JavaScript a route step offers each ending it can lead to, by its link", async () => {
  const content = simulationContent("le-troll-du-dimanche");
  const route = content.steps.find((step) => step.route)!;
  const { page, context } = await s.open(`/simulations/le-troll-du-dimanche/#etape-${route.id}`, {
    javaScriptEnabled: false,
  });
  const links = page.locator(".sim-step:visible .sim-route a");
  expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(
    route.route!.map((r) => `#etape-${r.next}`),
  );
  await links.first().click();
  expect(await page.locator(".sim-step:visible .sim-ending h2").textContent()).toContain(
    content.steps.find((step) => step.id === route.route![0]!.next)!.ending!.title,
  );
  await context.close();
});
