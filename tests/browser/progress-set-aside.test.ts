// A learner whose stored progress got corrupted loses only the broken piece: the rest
// shows, what was set aside is listed in plain words and can be read again or deleted.
import { expect, test } from "vitest";
import { useSite } from "../support/site-fixture.ts";
import { expectNoAxeViolations } from "../support/accessibility.ts";

const s = useSite();
const KEY = "relais:progress:v1";
const read = { readAt: "2026-12-01T09:00:00.000Z" };
const passed = {
  answers: { q1: ["a"] },
  correct: ["q1"],
  total: 1,
  percent: 100,
  passed: true,
  at: "2026-12-01T09:30:00.000Z",
};

test("one bad quiz entry: the rest of the progress shows, the bad one is listed and can be deleted", async () => {
  const { page, context, trouble } = await s.open("/parcours/");
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [
      KEY,
      JSON.stringify({
        version: 1,
        lessons: { "ce-que-fait-un-cm": read, "garder-des-preuves": read },
        quizzes: { "ce-que-fait-un-cm": passed, "garder-des-preuves": { percent: "beaucoup" } },
        simulations: {},
      }),
    ],
  );
  await page.reload();
  const row = (id: string) => page.locator(`tr[data-lesson="${id}"]`);
  expect(await row("ce-que-fait-un-cm").locator('[data-cell="quiz"]').textContent()).toBe("Réussi (100\u00a0%)");
  expect(await row("garder-des-preuves").locator('[data-cell="read"]').textContent()).toMatch(/^Lue le /);
  expect(await row("garder-des-preuves").locator('[data-cell="quiz"]').textContent()).toBe("Pas encore fait");
  const aside = page.getByRole("region", { name: "Données mises de côté" });
  const title = (await row("garder-des-preuves").locator("th").textContent())!.trim();
  expect(await aside.locator(".aside-list li").allTextContents()).toEqual([
    `Le résultat du quiz de la leçon «\u00a0${title}\u00a0».`,
  ]);
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page, { within: ".progress-aside", label: colorScheme });
  }

  // Reading it again cannot fix it: it stays aside, and is said so.
  await aside.getByRole("button", { name: "Réessayer de les lire" }).click();
  expect(await aside.getByRole("status").textContent()).toContain("Un élément ne se lit toujours pas et reste de côté");
  expect(await aside.locator(".aside-list li").count()).toBe(1);

  await aside.getByRole("button", { name: "Supprimer ces données…" }).click();
  const dialog = page.getByRole("dialog", { name: /^Supprimer les données mises de côté/ });
  await dialog.getByRole("button", { name: "Annuler" }).click();
  await dialog.waitFor({ state: "hidden" });
  expect(await aside.locator(".aside-list li").count()).toBe(1);
  await aside.getByRole("button", { name: "Supprimer ces données…" }).click();
  await dialog.getByRole("button", { name: "Supprimer" }).click();
  await expect
    .poll(() => aside.getByRole("status").textContent())
    .toBe("Les données mises de côté ont été supprimées.");
  // The buttons are gone with what they acted on: focus is on the message, not lost.
  expect(await aside.getByRole("button", { name: "Supprimer ces données…" }).isHidden()).toBe(true);
  expect(await page.evaluate(() => document.activeElement?.className)).toBe("aside-status");
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), KEY);
  expect(stored.unread).toBeUndefined();
  expect(Object.keys(stored.quizzes)).toEqual(["ce-que-fait-un-cm"]);
  expect(Object.keys(stored.lessons).toSorted()).toEqual(["ce-que-fait-un-cm", "garder-des-preuves"]);
  expect(trouble.consoleErrors).toEqual([]);
  await context.close();
});

test("a whole copy set aside by an older release comes back into the progress, but for its bad entry", async () => {
  const { page, context } = await s.open("/parcours/");
  const copyKey = "relais:progress:corrompu:2026-11-20T08:00:00.000Z";
  await page.evaluate(
    ([key, copy, current]) => {
      localStorage.setItem(key!, copy!);
      localStorage.setItem("relais:progress:v1", current!);
    },
    [
      copyKey,
      JSON.stringify({
        version: 1,
        lessons: { "garder-des-preuves": read },
        quizzes: { "garder-des-preuves": passed, "ce-que-fait-un-cm": { percent: "beaucoup" } },
        simulations: {},
      }),
      JSON.stringify({ version: 1, lessons: { "les-six-temps-d-une-crise": read }, quizzes: {}, simulations: {} }),
    ],
  );
  await page.reload();
  const aside = page.getByRole("region", { name: "Données mises de côté" });
  expect(await aside.locator(".aside-list li").allTextContents()).toEqual([
    expect.stringMatching(
      /^Une copie illisible de votre progression, mise de côté le 20 novembre 2026 \(\d+\u00a0caractères\)\.$/,
    ),
  ]);
  await aside.getByRole("button", { name: "Réessayer de les lire" }).click();
  const row = (id: string) => page.locator(`tr[data-lesson="${id}"]`);
  expect(await row("garder-des-preuves").locator('[data-cell="quiz"]').textContent()).toBe("Réussi (100\u00a0%)");
  expect(await row("les-six-temps-d-une-crise").locator('[data-cell="read"]').textContent()).toMatch(/^Lue le /);
  // The copy is gone; its one bad entry is now listed on its own.
  expect(await page.evaluate((key) => localStorage.getItem(key), copyKey)).toBeNull();
  expect(await aside.locator(".aside-list li").allTextContents()).toEqual([
    expect.stringMatching(/^Le résultat du quiz de la leçon «\u00a0.+\u00a0»\.$/),
  ]);
  await context.close();
});

test("a value that cannot be read at all is set aside whole and said so", async () => {
  const { page, context } = await s.open("/parcours/");
  await page.evaluate(() => localStorage.setItem("relais:progress:v1", "{pas du json"));
  await page.reload();
  expect(await page.locator(".progress-notice").textContent()).toContain("mise de côté entière");
  const aside = page.getByRole("region", { name: "Données mises de côté" });
  expect(await aside.locator(".aside-list li").count()).toBe(1);
  await aside.getByRole("button", { name: "Réessayer de les lire" }).click();
  // Not JSON: it stays, never erased without the learner.
  expect(await aside.getByRole("status").textContent()).toContain("reste de côté");
  expect(await aside.locator(".aside-list li").count()).toBe(1);
  await context.close();
});

test("unreadable trainer data: the trainer space says it was set aside, reads an older copy again, deletes the rest", async () => {
  const { page, context, trouble } = await s.open("/formateur/");
  const older = {
    version: 1,
    assignments: {
      abcdefabcdef: {
        id: "abcdefabcdef",
        cohort: "Promo de novembre",
        trainer: "Anne Roy",
        due: "2027-01-15",
        passScore: 70,
        message: "",
        items: ["lecon:ce-que-fait-un-cm"],
        created: "2026-11-20",
      },
    },
    cohorts: { abcdefabcdef: {} },
  };
  await page.evaluate((copy) => {
    localStorage.setItem("relais:formateur:corrompu:2026-11-21T08:00:00.000Z", copy);
    localStorage.setItem("relais:formateur:v1", "{pas du json");
  }, JSON.stringify(older));
  await page.reload();
  const aside = page.getByRole("region", { name: "Données mises de côté" });
  const notice = aside.locator(".store-notice");
  await expect
    .poll(() => notice.textContent())
    .toMatch(/^Les affectations et tableaux enregistrés sur cet appareil ne pouvaient pas être lus/);
  expect(await notice.textContent()).toContain("2 copies entières sont gardées à part");
  await expectNoAxeViolations(page, { within: ".store-aside" });

  await aside.getByRole("button", { name: "Réessayer de les lire" }).click();
  // The older copy reads: its assignment is back in the list; the one that is not JSON stays aside.
  await expect.poll(() => page.locator(".mine-list").textContent()).toContain("Promo de novembre");
  expect(await notice.textContent()).toContain("le reste ne se lit toujours pas et reste de côté");
  expect(await notice.textContent()).toContain("Une copie entière est gardée à part");

  await aside.getByRole("button", { name: "Supprimer ces données…" }).click();
  const dialog = page.getByRole("dialog", { name: /^Supprimer les données mises de côté/ });
  await dialog.getByRole("button", { name: "Supprimer" }).click();
  await expect.poll(() => notice.textContent()).toBe("Les données mises de côté ont été supprimées.");
  expect(await page.evaluate(() => document.activeElement?.className)).toBe("store-notice");
  const kept = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith("relais:formateur:corrompu:")),
  );
  expect(kept).toEqual([]);
  expect(await page.locator(".mine-list").textContent()).toContain("Promo de novembre");
  expect(trouble.consoleErrors).toEqual([]);
  await context.close();
});
