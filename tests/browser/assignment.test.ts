// Assignments end to end, in two browsers that share nothing but the link and a
// file: the trainer creates an assignment, the learner accepts it, passes a quiz
// and exports a report, the trainer imports it and exports the cohort as CSV.
import { describe, expect, test } from "vitest";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import { useSite } from "../support/site-fixture.ts";
import { answerAll } from "../support/quiz-driver.ts";

const s = useSite();
const files = mkdtempSync(join(tmpdir(), "relais-rapports-"));
const FIRST = { id: "les-six-temps-d-une-crise", title: "Les six temps d’une crise\u00a0: la procédure à garder sous la main" };
const SECOND = { id: "garder-des-preuves", title: "Garder des preuves\u00a0: captures, archives et journal de crise" };

/** A calendar day from today, as the date field wants it. */
const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function createAssignment(page: Page): Promise<string> {
  await page.getByLabel("Nom de la cohorte").fill("Promo d’hiver");
  await page.getByLabel("Votre nom (affiché aux apprenants)").fill("Inès Moreau");
  await page.getByLabel("À terminer au plus tard le").fill(dayFromNow(7));
  await page.getByLabel("Score de réussite (en %)").fill("70");
  await page.getByLabel("Message pour la cohorte (facultatif)").fill("Commencez par la crise, on en parle jeudi !");
  await page.locator(`input[value="lecon:${FIRST.id}"]`).check();
  await page.locator(`input[value="lecon:${SECOND.id}"]`).check();
  await page.getByRole("button", { name: "Créer le lien d’affectation" }).click();
  const field = page.getByLabel(/Lien à envoyer aux apprenants/);
  await expect.poll(() => field.inputValue()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/affectation\/#a1\.[\w-]+$/);
  return field.inputValue();
}

async function passQuiz(page: Page, lessonId: string) {
  await page.goto(new URL(`/lecons/${lessonId}/`, page.url()).href);
  await answerAll(page);
  await page.getByRole("button", { name: "Vérifier mes réponses" }).click();
  await expect.poll(() => page.locator(".quiz-result").textContent()).toMatch(/100/);
}

async function downloadOf(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, "utf8") };
}

/** Files as the trainer would pick them, written to disk. */
function reportFile(name: string, content: string): string {
  const path = join(files, name);
  writeFileSync(path, content);
  return path;
}

const importMessages = (page: Page) => page.locator(".import-messages").textContent();

describe("trainer → learner → trainer", () => {
  test("the whole journey, with the CSV checked", async () => {
    // Trainer: builds the assignment, gets its link, QR code and sheet.
    const trainer = await s.open("/formateur/");
    const link = await createAssignment(trainer.page);
    const qr = trainer.page.getByRole("img", { name: /QR code du lien d’affectation/ });
    expect(await qr.evaluate((svg) => svg.querySelector("path")!.getAttribute("d")!.length)).toBeGreaterThan(500);
    expect(await trainer.page.locator(".sheet-items li").allTextContents()).toEqual([FIRST.title, SECOND.title]);
    const cohortUrl = await trainer.page.getByRole("link", { name: "Suivre cette cohorte" }).getAttribute("href");

    // Learner, in another browser context: sees the assignment, accepts it.
    const learner = await s.open(link.replace(/^http:\/\/[^/]+/, ""));
    const offer = learner.page.locator("section.offer");
    expect(await offer.locator("h2").textContent()).toBe("Cohorte «\u00a0Promo d’hiver\u00a0»");
    expect(await offer.locator("dl").textContent()).toContain("Inès Moreau");
    expect(await offer.locator("dl").textContent()).toContain("il reste 7\u00a0jours");
    expect(await offer.locator("blockquote").textContent()).toBe("Commencez par la crise, on en parle jeudi !");
    await learner.page.getByRole("button", { name: "Accepter l’affectation" }).click();
    await expect.poll(() => learner.page.locator(".offer .notice").textContent()).toContain("Affectation acceptée");

    // Passes the first lesson's quiz; « Mon parcours » shows where things stand.
    await passQuiz(learner.page, FIRST.id);
    await learner.page.goto(new URL("/parcours/", learner.page.url()).href);
    const card = learner.page.locator("article.assignment-card");
    expect(await card.locator("h3").textContent()).toBe("Cohorte «\u00a0Promo d’hiver\u00a0»");
    expect(await card.locator(".assignment-done").textContent()).toMatch(/^50\u00a0% terminé\u00a0: 1 sur 2 réussi/);
    expect(await card.locator(`tr[data-item="lecon:${FIRST.id}"] td`).first().textContent()).toBe("Réussi");
    expect(await card.locator(`tr[data-item="lecon:${SECOND.id}"] td`).first().textContent()).toBe("Pas commencé");
    expect(await card.textContent()).toContain("Il reste 7\u00a0jours");
    expect(await card.getByRole("link", { name: /certificat/ }).count()).toBe(0);

    // Exports the report, with the name they type.
    await learner.page.getByRole("button", { name: "Télécharger mon rapport" }).click();
    expect(await learner.page.locator(".assignments .notice").textContent()).toContain("Votre nom est nécessaire");
    await learner.page.getByLabel(/Votre nom, tel qu’il figurera/).fill("Zoé Ângelo");
    const report = await downloadOf(learner.page, () =>
      learner.page.getByRole("button", { name: "Télécharger mon rapport" }).click(),
    );
    expect(report.name).toBe("rapport-relais-promo-d-hiver-zoe-angelo.json");
    const json = JSON.parse(report.text);
    expect(json.learner.name).toBe("Zoé Ângelo");
    expect(json.items.map((i: { state: string }) => i.state)).toEqual(["reussi", "non-commence"]);

    // Trainer: imports it, sees the row, exports CSV.
    await trainer.page.goto(new URL(cohortUrl!, trainer.page.url()).href);
    await trainer.page.getByLabel(/Rapports à importer/).setInputFiles(reportFile(report.name, report.text));
    expect(await importMessages(trainer.page)).toContain("1 rapport ajouté sur 1 fichier.");
    const row = trainer.page.locator("table.cohort-table tbody tr");
    expect(await row.count()).toBe(1);
    expect(await row.locator("th").textContent()).toBe("Zoé Ângelo");
    expect(await row.locator("td").allTextContents()).toEqual([
      "50\u00a0%",
      expect.any(String),
      "Réussi (100\u00a0%)",
      "Pas commencé",
    ]);
    expect(await row.locator('td[data-state="non-commence"]').count()).toBe(1);
    const csv = await downloadOf(trainer.page, () =>
      trainer.page.getByRole("button", { name: "Exporter en CSV" }).click(),
    );
    expect(csv.name).toMatch(/^cohorte-promo-d-hiver-\d{4}-\d\d-\d\d\.csv$/);
    expect(csv.text.startsWith("\uFEFF")).toBe(true);
    const lines = csv.text.slice(1).split("\r\n");
    expect(lines[0]).toBe(`Apprenant;Avancement (%);En retard;Rapport du;${FIRST.title};${SECOND.title}`);
    expect(lines[1]).toMatch(/^Zoé Ângelo;50;non;\d{4}-\d\d-\d\d;Réussi \(100\u00a0%\);Pas commencé$/);

    // The table is kept on the trainer's device.
    await trainer.page.reload();
    expect(await trainer.page.locator("table.cohort-table tbody tr th").allTextContents()).toEqual(["Zoé Ângelo"]);
    expect(trainer.trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
    expect(learner.trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
    await trainer.context.close();
    await learner.context.close();
  });
});
