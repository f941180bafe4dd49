// A learner saves their progress to a file and takes it to another browser: the same
// « Mon parcours » comes back, after they have seen what the file holds and agreed.
import { expect, test } from "vitest";
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { useSite } from "../support/site-fixture.ts";
import { answerAll } from "../support/quiz-driver.ts";
import { expectNoAxeViolations } from "../support/accessibility.ts";

const s = useSite();
const LESSON = "ce-que-fait-un-cm";

test("backup in one browser, import in a fresh one: the same Mon parcours", async () => {
  const first = await s.open(`/lecons/${LESSON}/`);
  await answerAll(first.page);
  await first.page.getByRole("button", { name: "Vérifier mes réponses" }).click();
  await first.page.goto(new URL("parcours/", s.site.url).href);
  const cells = (page: typeof first.page) => page.locator(`tr[data-lesson="${LESSON}"] td`).allTextContents();
  const before = await cells(first.page);
  expect(before[1]).toBe("Réussi (100\u00a0%)");
  const [download] = await Promise.all([
    first.page.waitForEvent("download"),
    first.page.getByRole("button", { name: "Sauvegarder ma progression" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^relais-progression-\d{4}-\d\d-\d\d\.json$/);
  const file = join(mkdtempSync(join(tmpdir(), "relais-backup-")), download.suggestedFilename());
  await download.saveAs(file);
  await first.context.close();

  const second = await s.open("/parcours/");
  expect((await cells(second.page))[1]).toBe("Pas encore fait");
  await second.page.getByLabel(/^Reprendre une sauvegarde/).setInputFiles(file);
  const dialog = second.page.getByRole("dialog", { name: /^Reprendre cette sauvegarde/ });
  await dialog.waitFor();
  expect(await dialog.locator(".import-text").textContent()).toMatch(
    /^Cette sauvegarde du .+ contient 1\u00a0leçon lue et 1\u00a0quiz\. L’importer ajouterait à votre parcours\u00a0: 1\u00a0leçon lue de plus, 1\u00a0nouveau résultat de quiz\./,
  );
  await expectNoAxeViolations(second.page);
  // « Annuler » changes nothing.
  await dialog.getByRole("button", { name: "Annuler" }).click();
  await expect
    .poll(() => second.page.locator(".backup-status").textContent())
    .toBe("Import annulé\u00a0: rien n’a été changé.");
  expect((await cells(second.page))[1]).toBe("Pas encore fait");

  await second.page.getByLabel(/^Reprendre une sauvegarde/).setInputFiles(file);
  await dialog.getByRole("button", { name: "Importer" }).click();
  await expect.poll(() => cells(second.page)).toEqual(before);
  expect(second.trouble.consoleErrors).toEqual([]);
  await second.context.close();
});

test("a file that is not a backup is refused by name and changes nothing", async () => {
  const { page, context } = await s.open("/parcours/");
  const dir = mkdtempSync(join(tmpdir(), "relais-backup-"));
  const bad = join(dir, "rapport.json");
  writeFileSync(bad, JSON.stringify({ kind: "relais-rapport", version: 1 }));
  await page.getByLabel(/^Reprendre une sauvegarde/).setInputFiles(bad);
  await expect
    .poll(() => page.locator(".backup-status").textContent())
    .toMatch(/^«\u00a0rapport\.json\u00a0»\u00a0: Ce fichier n’est pas une sauvegarde de progression Relais/);
  expect(await page.getByRole("dialog").count()).toBe(0);
  expect(await page.evaluate(() => localStorage.getItem("relais:progress:v1"))).toBeNull();
  await context.close();
});

for (const granted of [false, true]) {
  test(`Mon parcours asks the browser to keep the progress and says what it answered (${granted ? "kept" : "not kept"})`, async () => {
    const context = await s.browser.newContext({ serviceWorkers: "block" });
    await context.addInitScript((answer: boolean) => {
      const storage = { persisted: async () => false, persist: async () => answer };
      Object.defineProperty(Navigator.prototype, "storage", { get: () => storage, configurable: true });
    }, granted);
    const page = await context.newPage();
    await page.goto(new URL("parcours/", s.site.url).href);
    await expect
      .poll(() => page.locator(".backup-persist").textContent())
      .toBe(
        granted
          ? "Votre navigateur s’est engagé à garder votre progression sur cet appareil."
          : "Votre navigateur n’a pas promis de garder votre progression\u00a0: il peut l’effacer s’il manque de place, et Safari (iPhone, iPad, Mac) le fait après sept jours sans visite. Sauvegardez-la dans un fichier de temps en temps.",
      );
    await context.close();
  });
}
