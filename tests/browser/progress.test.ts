// "Mon parcours": what the learner did shows per module, follows other tabs, and
// is erased only after a confirmation.
import { expect, test } from "vitest";
import { useSite } from "../support/site-fixture.ts";
import { answerAll } from "../support/quiz-driver.ts";
import { answerDialog } from "../support/dialog.ts";
import { lessons } from "../support/course.ts";
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
  const inModule = lessons().filter((lesson) => lesson.module === "crise").length;
  expect(await page.locator('.progress-summary[data-module="crise"]').textContent()).toBe(
    `1 leçon lue sur ${inModule}, 1 quiz réussi.`,
  );

  await page.getByRole("button", { name: "Effacer ma progression…" }).click();
  expect(await answerDialog(page.getByRole("dialog"), "Annuler")).toBe("cancel");
  expect(await row.locator('[data-cell="quiz"]').textContent()).toBe("Réussi (100\u00a0%)");
  expect(await row.locator('[data-cell="read"]').textContent()).toMatch(/^Lue le /);

  await page.getByRole("button", { name: "Effacer ma progression…" }).click();
  await answerDialog(page.getByRole("dialog"), "Tout effacer");
  expect(await row.locator('[data-cell="quiz"]').textContent()).toBe("Pas encore fait");
  await page.reload();
  expect(await row.locator('[data-cell="read"]').textContent()).toBe("Pas encore lue");
  await context.close();
});

test("reaching the end of a lesson's text marks it read, not before, and leaves its quiz alone", async () => {
  // The longest lesson of the course: its end is far below the first screen.
  const lesson = lessons().toSorted((a, b) => b.body.length - a.body.length)[0]!.id;
  const { page, context, trouble } = await s.open(`/lecons/${lesson}/`);
  const progress = () =>
    page.evaluate((id) => {
      const stored = JSON.parse(localStorage.getItem("relais:progress:v1") ?? "{}") as {
        lessons?: Record<string, { readAt?: string }>;
        quizzes?: Record<string, unknown>;
      };
      return { read: stored.lessons?.[id]?.readAt ?? null, quiz: stored.quizzes?.[id] ?? null };
    }, lesson);
  // Just above the end of the text: near enough for the marker's code to load and watch, not there.
  const marker = page.locator("relais-read-marker");
  await page.evaluate(() => {
    const end = document.querySelector("relais-read-marker")!.getBoundingClientRect().top + scrollY;
    scrollTo(0, end - innerHeight - 200);
  });
  expect(await marker.evaluate((el) => el.getBoundingClientRect().top > innerHeight)).toBe(true);
  await page.evaluate(() => customElements.whenDefined("relais-read-marker"));
  // Observers are told in the order they were made: once this one has had its first report, the
  // marker's, made before, has had its own, and found the end out of view.
  await marker.evaluate(
    (el) =>
      new Promise<void>((resolve) => {
        const probe = new IntersectionObserver(() => {
          probe.disconnect();
          resolve();
        });
        probe.observe(el);
      }),
  );
  expect(await progress()).toEqual({ read: null, quiz: null });

  await marker.scrollIntoViewIfNeeded();
  await expect.poll(async () => (await progress()).read).toMatch(/^\d{4}-\d\d-\d\dT/);
  expect((await progress()).quiz).toBeNull();
  expect(await page.locator("relais-quiz fieldset.question[data-result]").count()).toBe(0);

  await page.getByRole("link", { name: "Mon parcours" }).click();
  await page.waitForURL(/\/parcours\/$/);
  const row = page.locator(`tr[data-lesson="${lesson}"]`);
  expect(await row.locator('[data-cell="read"]').textContent()).toMatch(/^Lue le /);
  expect(await row.locator('[data-cell="quiz"]').textContent()).toBe("Pas encore fait");
  expect(trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
  await context.close();
});

test("a quiz passed in another tab appears without reloading", async () => {
  const { page, context } = await s.open("/parcours/");
  const other = await context.newPage();
  // An explainer: its « Pour vérifier » counts in Mon parcours like any quiz.
  await other.goto(new URL("lecons/c-est-un-vrai-metier/", s.site.url).href);
  await answerAll(other);
  await other.getByRole("button", { name: "Voir les réponses" }).click();
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
