// "Mon parcours": what the learner did shows per module, follows other tabs, and
// is erased only after a confirmation.
import { expect, test } from "vitest";
import { useSite } from "../support/site-fixture.ts";
import { answerAll } from "../support/quiz-driver.ts";
import { encodeAssignment } from "../../src/lib/assignments/assignment-link.ts";

const s = useSite();

test("a lesson read and its quiz passed show in Mon parcours; reset asks first", async () => {
  const { page, context } = await s.open("/lecons/les-six-temps-d-une-crise/");
  await page.locator("relais-read-marker").scrollIntoViewIfNeeded();
  await answerAll(page);
  await page.getByRole("button", { name: "Vérifier mes réponses" }).click();

  await page.getByRole("link", { name: "Mon parcours" }).click();
  await page.waitForURL(/\/parcours\/$/);
  const row = page.locator('tr[data-lesson="les-six-temps-d-une-crise"]');
  expect(await row.locator('[data-cell="read"]').textContent()).toMatch(/^Lue le /);
  expect(await row.locator('[data-cell="quiz"]').textContent()).toBe("Réussi (100\u00a0%)");
  expect(await page.locator('.progress-summary[data-module="crise"]').textContent()).toMatch(
    /^1 leçon lue sur [5-9], 1 quiz réussi\.$/,
  );

  await page.getByRole("button", { name: "Effacer ma progression…" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Annuler" }).click();
  expect(await row.locator('[data-cell="quiz"]').textContent()).toBe("Réussi (100\u00a0%)");

  await page.getByRole("button", { name: "Effacer ma progression…" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Tout effacer" }).click();
  // The dialog's close event comes a task after the click.
  await expect.poll(() => row.locator('[data-cell="quiz"]').textContent()).toBe("Pas encore fait");
  await page.reload();
  expect(await row.locator('[data-cell="read"]').textContent()).toBe("Pas encore lue");
  await context.close();
});

test("a quiz passed in another tab appears without reloading", async () => {
  const { page, context } = await s.open("/parcours/");
  const other = await context.newPage();
  await other.goto(new URL("lecons/c-est-un-vrai-metier/", s.site.url).href);
  await answerAll(other);
  await other.getByRole("button", { name: "Vérifier mes réponses" }).click();
  await expect
    .poll(() => page.locator('tr[data-lesson="c-est-un-vrai-metier"] [data-cell="quiz"]').textContent())
    .toBe("Réussi (100\u00a0%)");
  await context.close();
});

test("a corrupt part of the saved value is set aside with a clear message, and the page works", async () => {
  const { page, context, trouble } = await s.open("/parcours/");
  await page.evaluate(() => localStorage.setItem("relais:progress:v1", JSON.stringify({ version: 1, lessons: 42 })));
  await page.reload();
  expect(await page.locator(".progress-aside .aside-list li").allTextContents()).toEqual([
    "Toutes vos lectures de leçons.",
  ]);
  expect(await page.locator(".progress-total").textContent()).toMatch(/^En tout\u00a0: 0 leçon lue/);
  expect(trouble.consoleErrors).toEqual([]);
  await context.close();
});

test("an unreadable accepted assignment is set aside and said; accepting it again brings it back on the same row", async () => {
  const { page, context, trouble } = await s.open("/parcours/");
  const at = "2026-11-22T10:00:00.000Z";
  await page.evaluate((saved) => localStorage.setItem("relais:progress:v1", JSON.stringify(saved)), {
    version: 1,
    lessons: { "ce-que-fait-un-cm": { readAt: at } },
    quizzes: {},
    simulations: {},
    assignments: { abcdefabcdef: { assignment: { id: "abcdefabcdef" }, acceptedAt: at, learnerKey: "cleancienne1" } },
    learnerName: "Zoé <b>",
  });
  await page.reload();
  expect(await page.locator(".assignments-unread").textContent()).toMatch(
    /^Une affectation enregistrée sur cet appareil n’a pas pu être lue .* gardée de côté, sans effet sur votre progression\./,
  );
  expect(await page.locator('tr[data-lesson="ce-que-fait-un-cm"] [data-cell="read"]').textContent()).toMatch(
    /^Lue le /,
  );
  expect(await page.locator(".progress-notice").textContent()).toBe("");
  // A saved name that no longer passes is shown to be corrected, not dropped.
  expect(await page.getByLabel(/Votre nom, tel qu’il figurera/).inputValue()).toBe("Zoé <b>");
  expect(await page.locator(".name-status").textContent()).toContain("contient des balises HTML");
  await page.getByLabel(/Votre nom, tel qu’il figurera/).fill("Zoé Ângelo");
  await page.getByLabel(/Votre nom, tel qu’il figurera/).press("Tab");
  await expect
    .poll(() => page.locator(".name-status").textContent())
    .toBe("Votre nom est enregistré sur cet appareil.");

  // The trainer's link again: accepted anew, with the learner key it had, and the set-aside copy replaced.
  const fragment = await encodeAssignment({
    id: "abcdefabcdef",
    cohort: "Promo d’automne",
    trainer: "Inès",
    due: "2030-12-01",
    passScore: 70,
    message: "",
    items: ["lecon:ce-que-fait-un-cm"],
    created: "2026-11-20",
  });
  await page.goto(new URL(`/affectation/#${fragment}`, page.url()).href);
  await page.getByRole("button", { name: "Accepter l’affectation" }).click();
  await expect.poll(() => page.locator(".offer-notice").textContent()).toContain("Affectation acceptée");
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("relais:progress:v1")!));
  expect(stored.unreadAssignments).toBeUndefined();
  expect(stored.unreadLearnerName).toBeUndefined();
  expect(stored.learnerName).toBe("Zoé Ângelo");
  expect(stored.assignments.abcdefabcdef.learnerKey).toBe("cleancienne1");
  expect(stored.lessons).toEqual({ "ce-que-fait-un-cm": { readAt: at } });
  await page.goto(new URL("/parcours/", page.url()).href);
  await page.locator("article.assignment-card").waitFor();
  expect(await page.locator(".assignments-unread").textContent()).toBe("");
  expect(trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
  await context.close();
});

test("without JavaScript the page says why no progress is shown", async () => {
  const { page, context } = await s.open("/parcours/", { javaScriptEnabled: false });
  expect(await page.locator(".progress-nojs").isVisible()).toBe(true);
  await context.close();
});
