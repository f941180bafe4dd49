// Each reader served in their own terms: a parent's explainer on a phone (text near the top, the
// table of contents and the objectives folded, a « Pour vérifier » in place of a CM quiz) and the boss's door, which
// leads to the role checklist.
import { expect, test } from "vitest";
import { useSite } from "../support/site-fixture.ts";
import { answerAll } from "../support/quiz-driver.ts";
import { expectNoAxeViolations } from "../support/accessibility.ts";
import { lessons } from "../support/course.ts";

const s = useSite();
const PARENT_EXPLAINER = "/lecons/c-est-un-vrai-metier/";
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };

test("a parent's explainer at 390 px: text near the top, contents folded, a check for them and no CM quiz", async () => {
  const { page, context, trouble } = await s.open(PARENT_EXPLAINER, PHONE);
  // Nothing wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // The table of contents is one closed line that opens without script.
  const toc = page.getByRole("navigation", { name: "Sommaire" });
  const fold = toc.locator("details");
  expect(await fold.evaluate((details: HTMLDetailsElement) => details.open)).toBe(false);
  expect(await toc.getByRole("link").first().isVisible()).toBe(false);

  // So are the objectives: a line each, and the text's first paragraph shows two lines on the first screen.
  const objectives = page.locator(".objectives details");
  expect(await objectives.evaluate((details: HTMLDetailsElement) => details.open)).toBe(false);
  const first = page.locator(".lesson-body > p").first();
  const { top, line } = await first.evaluate((p) => ({
    top: p.getBoundingClientRect().top + window.scrollY,
    line: parseFloat(getComputedStyle(p).lineHeight),
  }));
  expect(top + 2 * line).toBeLessThanOrEqual(844);

  // The end of the page: « Pour vérifier », written for the reader; nothing of a CM quiz.
  const check = page.getByRole("region", { name: "Pour vérifier" });
  expect(await check.count()).toBe(1);
  expect(await page.getByRole("heading", { name: /Quiz/ }).count()).toBe(0);
  await check.scrollIntoViewIfNeeded();
  await page.locator("relais-quiz.is-enhanced").waitFor();
  const intro = await check.locator("p").first().textContent();
  expect(intro).toMatch(/^\d questions pour vous assurer que l’essentiel est clair/);
  expect(intro).not.toMatch(/%|réussir|seuil/);

  await answerAll(page, [0]);
  await page.getByRole("button", { name: "Voir les réponses" }).click();
  expect(await page.locator(".quiz-result").textContent()).toMatch(
    /^Une partie de vos réponses diffère du texte\u00a0: /,
  );
  // No score, pass mark or verdict on the reader, neither shown nor read aloud.
  const outcome = page.locator(".quiz-outcome");
  expect(await outcome.isVisible()).toBe(true);
  expect(await outcome.innerText()).not.toMatch(/Quiz réussi|Pas encore réussi|seuil|\d+\u00a0%/);
  expect(await outcome.getAttribute("aria-labelledby").then((id) => page.locator(`#${id}`).textContent())).toBe(
    "Résultat",
  );
  expect(await check.locator(".quiz-score-bar").isVisible()).toBe(false);
  await expectNoAxeViolations(page, { bestPractices: true });

  // Opened, the contents show their links; axe holds there too.
  await toc.locator("summary").click();
  expect(await toc.getByRole("link").first().isVisible()).toBe(true);
  await expectNoAxeViolations(page, { within: ".toc", label: "sommaire ouvert" });
  expect(trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
  await context.close();
});

// Every explainer, whatever the length of its title (« Pourquoi je ne posterais pas moi-même ? » Ce
// que vous gagnez à passer par votre CM), starts its text on a phone's first screen.
const EXPLAINERS = lessons()
  .filter((lesson) => lesson.kind === "explication")
  .map((lesson) => lesson.id);

test("every explainer at 390 px: its first paragraph starts on the first screen", async () => {
  expect(EXPLAINERS.length).toBeGreaterThanOrEqual(5);
  const { page, context } = await s.open("/", PHONE);
  for (const id of EXPLAINERS) {
    await page.goto(new URL(`lecons/${id}/`, s.site.url).href);
    const top = await page
      .locator(".lesson-body > p")
      .first()
      .evaluate((p) => p.getBoundingClientRect().top + window.scrollY);
    expect(top, id).toBeLessThan(844);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), id).toBeLessThanOrEqual(390);
  }
  await context.close();
});

test("on a wide screen the contents and the objectives show open, as before", async () => {
  const { page, context } = await s.open(PARENT_EXPLAINER, { viewport: { width: 1280, height: 900 } });
  const toc = page.getByRole("navigation", { name: "Sommaire" });
  expect(await toc.getByRole("link").first().isVisible()).toBe(true);
  expect(await page.locator(".objectives li").first().isVisible()).toBe(true);
  await context.close();
});

test("the boss's door leads to the role checklist", async () => {
  const { page, context, trouble } = await s.open("/pour/dirigeant/");
  const link = page.getByRole("link", { name: "la fiche « Définir le rôle du CM »" });
  expect(await link.getAttribute("href")).toBe("/fiches/role-du-cm/");
  await link.click();
  await page.waitForURL(/\/fiches\/role-du-cm\/$/);
  expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Définir le rôle du CM");
  expect(trouble.consoleErrors).toEqual([]);
  await context.close();
});

test("the boss's explainers lead to the role checklist too", async () => {
  for (const lesson of ["quel-roi-pour-un-cm", "pourquoi-ne-pas-poster-soi-meme"]) {
    const { page, context } = await s.open(`/lecons/${lesson}/`);
    expect(await page.locator('.lesson-body a[href="/fiches/role-du-cm/"]').count(), lesson).toBeGreaterThan(0);
    await context.close();
  }
});
