// « Révisions » (issue 19): the questions a learner missed in a lesson come back on the review
// page the next day (the page's clock moved with Playwright's clock), answering them well moves
// them out, the header's count follows; questions removed or rewritten in the course are handled
// and said; keyboard and axe; an assignment that asks for review days, from the trainer's form to
// the cohort table. Offline use is in offline.test.ts.
import { expect, test } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { useSite } from "../support/site-fixture.ts";
import { answerAll } from "../support/quiz-driver.ts";
import { answerReviewQuestion } from "../support/review-driver.ts";
import { expectNoAxeViolations } from "../support/accessibility.ts";

const s = useSite();
const DAY = 86_400_000;
const T0 = new Date("2027-01-11T09:00:00Z");
const LESSON = "garder-des-preuves";

const badge = (page: Page) => page.locator("a.review-link .review-count");
const status = (page: Page) => page.locator("relais-review .review-status");

test("two questions missed today are due tomorrow; answered well they move out, and the header's count follows", async () => {
  const { page, context, trouble } = await s.open(`/lecons/${LESSON}/`, {}, T0);
  await answerAll(page, [0, 1]);
  await page.getByRole("button", { name: "Vérifier mes réponses" }).click();
  await expect.poll(() => page.locator(".quiz-outcome").getAttribute("data-passed")).not.toBeNull();
  // Missed today: nothing due yet, and the review page says when they come.
  await page.goto(new URL("revisions/", s.site.url).href);
  await expect.poll(() => status(page).textContent()).toContain("Aucune question à revoir aujourd’hui.");
  expect(await page.locator(".review-upcoming").textContent()).toMatch(/2\u00a0questions demain/);
  expect(await badge(page).isHidden()).toBe(true);

  // The next day: both are due, counted in the header on every page.
  await page.clock.setFixedTime(new Date(T0.getTime() + DAY));
  await page.goto(new URL("catalogue/", s.site.url).href);
  await expect.poll(() => badge(page).textContent()).toBe("(2)");
  expect(await page.locator("a.review-link").getAttribute("aria-label")).toBe("Révisions, 2\u00a0questions à revoir");
  await page.locator("a.review-link").click();
  await expect.poll(() => status(page).textContent()).toContain("2\u00a0questions à revoir aujourd’hui.");

  // A session, by keyboard where it matters: the question takes focus, Valider, feedback, next.
  await page.getByRole("button", { name: /^Commencer la révision/ }).click();
  for (let i = 0; i < 2; i++) {
    const form = page.locator("relais-review form.review-question");
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(`Question ${i + 1} sur 2`);
    expect(await form.getAttribute("data-lesson")).toBe(LESSON);
    await answerReviewQuestion(page, true);
    await expect.poll(() => form.locator(".question-verdict").textContent()).toMatch(/^Juste/);
    expect(await form.locator(".explanation").textContent()).not.toBe("");
    expect(await form.getByRole("link", { name: /^Revoir la leçon/ }).getAttribute("href")).toBe(`/lecons/${LESSON}/`);
    if (i === 0) await expectNoAxeViolations(page, { label: "question answered" });
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains("review-next"))).toBe(true);
    await page.keyboard.press("Enter");
  }
  await expect.poll(() => status(page).textContent()).toContain("2 sur 2 justes");
  // Answered well: out of today's list, further out than tomorrow; the count is gone.
  expect(await status(page).textContent()).toContain("Aucune question à revoir aujourd’hui.");
  expect(await page.locator(".review-upcoming").textContent()).not.toMatch(/demain/);
  await expect.poll(() => badge(page).isHidden()).toBe(true);
  await expectNoAxeViolations(page, { label: "summary" });
  expect(trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
  await context.close();
});

test("a question answered badly in review comes back the next day", async () => {
  const { page, context } = await s.open(`/lecons/${LESSON}/`, {}, T0);
  await answerAll(page, [0]);
  await page.getByRole("button", { name: "Vérifier mes réponses" }).click();
  await page.clock.setFixedTime(new Date(T0.getTime() + DAY));
  await page.goto(new URL("revisions/", s.site.url).href);
  await page.getByRole("button", { name: /^Commencer la révision/ }).click();
  await answerReviewQuestion(page, false);
  await expect.poll(() => page.locator(".question-verdict").textContent()).toMatch(/^Pas encore/);
  await page.getByRole("button", { name: "Voir le bilan" }).click();
  await expect.poll(() => status(page).textContent()).toContain("0 sur 1 juste");
  expect(await page.locator(".review-upcoming").textContent()).toMatch(/1\u00a0question demain/);
  await page.clock.setFixedTime(new Date(T0.getTime() + 2 * DAY + 60_000));
  await page.reload();
  await expect.poll(() => status(page).textContent()).toContain("1\u00a0question à revoir aujourd’hui.");
  await context.close();
});

test("passing the quiz later does not hide its missed questions from review", async () => {
  const { page, context } = await s.open(`/lecons/${LESSON}/`, {}, T0);
  await answerAll(page, [0]);
  await page.getByRole("button", { name: "Vérifier mes réponses" }).click();
  await page.getByRole("button", { name: /Recommencer les questions manquées|questions manquées/ }).click();
  await answerAll(page);
  await page.getByRole("button", { name: "Vérifier mes réponses" }).click();
  await expect.poll(() => page.locator(".quiz-outcome").getAttribute("data-passed")).toBe("true");
  await page.clock.setFixedTime(new Date(T0.getTime() + DAY));
  await page.goto(new URL("revisions/", s.site.url).href);
  await expect.poll(() => status(page).textContent()).toContain("1\u00a0question à revoir aujourd’hui.");
  await context.close();
});

test("a question gone from the course leaves, a rewritten one starts over, and both are said", async () => {
  const { page, context, trouble } = await s.open("/", {}, T0);
  const due = new Date(T0.getTime() - DAY).toISOString();
  const entry = (lesson: string, question: string, fingerprint: string) => ({
    lesson,
    question,
    fingerprint,
    due,
    misses: [],
  });
  await page.evaluate(
    (reviews) =>
      localStorage.setItem(
        "relais:progress:v1",
        JSON.stringify({ version: 1, lessons: {}, quizzes: {}, simulations: {}, reviews }),
      ),
    {
      "lecon-retiree/q1": entry("lecon-retiree", "q1", "abc"),
      [`${LESSON}/q1`]: entry(LESSON, "q1", "ancienne"),
    },
  );
  await page.goto(new URL("revisions/", s.site.url).href);
  await expect.poll(() => status(page).textContent()).toMatch(/retirée du cours/);
  expect(await status(page).textContent()).toMatch(/repart de zéro|reprend de zéro|de zéro/);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("relais:progress:v1")!).reviews);
  expect(Object.keys(stored)).toEqual([`${LESSON}/q1`]);
  expect(stored[`${LESSON}/q1`].fingerprint).not.toBe("ancienne");
  expect(trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
  await context.close();
});

test("an assignment asks for two review days: the learner reviews on two days (ahead on the second), the report and the cohort table say so", async () => {
  // Trainer: asks for two days of review in the builder; the printable sheet says it.
  const trainer = await s.open("/formateur/", {}, T0);
  const form = trainer.page;
  await form.getByLabel("Nom de la cohorte").fill("Promo de janvier");
  await form.getByLabel("Votre nom (affiché aux apprenants)").fill("Inès Moreau");
  await form.getByLabel("À terminer au plus tard le").fill("2027-01-31");
  await form.getByLabel("Jours de révision demandés (facultatif)").fill("61");
  await form.locator(`input[value="lecon:${LESSON}"]`).check();
  await form.getByRole("button", { name: "Créer le lien d’affectation" }).click();
  await expect
    .poll(() => form.locator(".form-error").textContent())
    .toBe("Jours de révision demandés\u00a0: un nombre entier de jours de 1 à 60, ou rien.");
  await form.getByLabel("Jours de révision demandés (facultatif)").fill("2");
  await form.getByRole("button", { name: "Créer le lien d’affectation" }).click();
  const field = form.getByLabel(/Lien à envoyer aux apprenants/);
  await expect.poll(() => field.inputValue()).toMatch(/#a1\./);
  expect(await form.locator(".sheet").textContent()).toContain("2\u00a0jours différents dans «\u00a0Révisions\u00a0»");
  const cohortUrl = (await form.getByRole("link", { name: "Suivre cette cohorte" }).getAttribute("href"))!;

  // Learner: the offer says what is asked; they accept, then miss a question.
  const learner = await s.open((await field.inputValue()).replace(/^http:\/\/[^/]+/, ""), {}, T0);
  const page = learner.page;
  expect(await page.locator("section.offer dl").textContent()).toContain(
    "répondre à des questions dans «\u00a0Révisions\u00a0» 2\u00a0jours différents",
  );
  await page.getByRole("button", { name: "Accepter l’affectation" }).click();
  await expect.poll(() => page.locator(".offer .notice").textContent()).toContain("Affectation acceptée");
  await page.goto(new URL(`lecons/${LESSON}/`, s.site.url).href);
  await answerAll(page, [0]);
  await page.getByRole("button", { name: "Vérifier mes réponses" }).click();
  await expect.poll(() => page.locator(".quiz-outcome").getAttribute("data-passed")).not.toBeNull();
  const reviewLine = async () => {
    await page.goto(new URL("parcours/", s.site.url).href);
    return page.locator("article.assignment-card .assignment-review").textContent();
  };
  expect(await reviewLine()).toMatch(/^Révisions\u00a0: 0\u00a0jour de révision sur 2 demandés\./);

  // The next day the question is due; answered well, it moves out and the day counts.
  await page.clock.setFixedTime(new Date(T0.getTime() + DAY));
  await page.goto(new URL("revisions/", s.site.url).href);
  await page.getByRole("button", { name: /^Commencer la révision/ }).click();
  await answerReviewQuestion(page, true);
  await page.getByRole("button", { name: "Voir le bilan" }).click();
  await expect.poll(() => status(page).textContent()).toContain("1 sur 1 juste");
  expect(await reviewLine()).toMatch(/^Révisions\u00a0: 1\u00a0jour de révision sur 2 demandés\./);

  // The day after, nothing is due: practising ahead counts as that day's review.
  await page.clock.setFixedTime(new Date(T0.getTime() + 2 * DAY));
  await page.goto(new URL("revisions/", s.site.url).href);
  await expect.poll(() => status(page).textContent()).toContain("Aucune question à revoir aujourd’hui.");
  await page.getByRole("button", { name: "S’entraîner en avance (1\u00a0question)" }).click();
  await answerReviewQuestion(page, true);
  await page.getByRole("button", { name: "Voir le bilan" }).click();
  await expect.poll(() => status(page).textContent()).toContain("1 sur 1 juste");
  expect(await reviewLine()).toBe("Révisions\u00a0: objectif atteint, 2\u00a0jours de révision (2 demandés).");

  // The report carries the review days; the trainer's table shows them in their own column.
  await page.getByLabel(/Votre nom, tel qu’il figurera/).fill("Léa Martin");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Télécharger mon rapport" }).click(),
  ]);
  const text = readFileSync((await download.path())!, "utf8");
  expect(JSON.parse(text).review).toEqual({ days: 2, streak: 2, last: "2027-01-13" });
  const file = join(mkdtempSync(join(tmpdir(), "relais-revisions-")), download.suggestedFilename());
  writeFileSync(file, text);
  await trainer.page.goto(new URL(cohortUrl, s.site.url).href);
  await trainer.page.locator(".cohort-ui").waitFor();
  await trainer.page.getByLabel(/Rapports à importer/).setInputFiles(file);
  const row = trainer.page.locator("table.cohort-table tbody tr").first();
  await expect.poll(() => row.locator("th").textContent()).toBe("Léa Martin");
  expect(await trainer.page.locator("table.cohort-table thead").textContent()).toContain("Révisions");
  expect(await row.locator("td").allTextContents()).toContain("2 sur 2\u00a0jours, série de 2");
  await expectNoAxeViolations(trainer.page, { label: "cohort with review days" });
  expect(learner.trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
  await learner.context.close();
  await trainer.context.close();
});

test("on a phone, where « Révisions » folds behind « Menu », the Menu button shows and says the count", async () => {
  const { page, context } = await s.open("/", { viewport: { width: 390, height: 800 } }, T0);
  const summary = page.locator(".site-menu summary");
  expect(await summary.locator(".review-count").isHidden()).toBe(true);
  expect(await summary.getAttribute("aria-label")).toBeNull();
  const due = new Date(T0.getTime() - DAY).toISOString();
  await page.evaluate(
    ([key, review]) =>
      localStorage.setItem(
        "relais:progress:v1",
        JSON.stringify({ version: 1, lessons: {}, quizzes: {}, simulations: {}, reviews: { [key]: review } }),
      ),
    [`${LESSON}/q1`, { lesson: LESSON, question: "q1", fingerprint: "f", due, misses: [] }] as const,
  );
  await page.reload();
  await expect.poll(() => summary.locator(".review-count").textContent()).toBe("(1)");
  expect(await summary.getAttribute("aria-label")).toBe("Menu, Révisions, 1\u00a0question à revoir");
  expect(await page.locator("a.review-link").isHidden()).toBe(true); // folded: the summary is what shows
  await context.close();
});
