// Assignments end to end, in two browsers that share nothing but the link and a
// file: the trainer creates an assignment, the learner accepts it, passes a quiz
// and exports a report, the trainer imports it and exports the cohort as CSV.
import { describe, expect, test } from "vitest";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { useSite } from "../support/site-fixture.ts";
import { answerAll } from "../support/quiz-driver.ts";
import { answerDialog } from "../support/dialog.ts";
import { lessons, simulations } from "../support/course.ts";
import type { Assignment } from "../../src/lib/assignments/assignment-link.ts";
import { buildReport } from "../../src/lib/assignments/report.ts";
import { expectNoAxeViolations } from "../support/accessibility.ts";
import { DIST } from "../support/paths.ts";
import { frenchWeekday } from "../../src/lib/assignments/invitation-wording.ts";

const site = useSite();
// Noon today, for every page of this file: a run that crosses midnight still counts « 7 jours ».
const NOW = new Date();
NOW.setHours(12, 0, 0, 0);
const s = { open: (path: string, options?: Parameters<typeof site.open>[1]) => site.open(path, options, NOW) };
const files = mkdtempSync(join(tmpdir(), "relais-rapports-"));
const FIRST = {
  id: "les-six-temps-d-une-crise",
  title: "Les six temps d’une crise\u00a0: la procédure à garder sous la main",
};
const SECOND = { id: "garder-des-preuves", title: "Garder des preuves\u00a0: captures, archives et journal de crise" };

/** A calendar day from the pages' clock (NOW, as they count days), as the date field wants it. */
function dayFromNow(days: number): string {
  const date = new Date(NOW);
  date.setDate(date.getDate() + days);
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n) => String(n).padStart(2, "0")).join("-");
}

async function createAssignment(page: Page, lessons = [FIRST.id, SECOND.id]): Promise<string> {
  await page.getByLabel("Nom de la cohorte").fill("Promo d’hiver");
  await page.getByLabel("Votre nom (affiché aux apprenants)").fill("Inès Moreau");
  await page.getByLabel("À terminer au plus tard le").fill(dayFromNow(7));
  await page.getByLabel("Score de réussite (en %)").fill("70");
  await page.getByLabel("Message pour la cohorte (facultatif)").fill("Commencez par la crise, on en parle jeudi !");
  for (const id of lessons) await page.locator(`input[value="lecon:${id}"]`).check();
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
    // The due line goes on after its colon in lower case (not « : Il reste 7 jours »).
    expect(await card.locator("p").first().textContent()).toMatch(/\u00a0: il reste 7\u00a0jours\.$/);
    expect(await card.getByRole("link", { name: /certificat/ }).count()).toBe(0);

    // Exports the report, with the name they type.
    await learner.page.getByRole("button", { name: "Télécharger mon rapport" }).click();
    expect(await learner.page.locator(".name-status").textContent()).toBe("Votre nom est nécessaire pour le rapport.");
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
    await trainer.page.locator(".cohort-ui").waitFor(); // the island is ready
    await trainer.page.getByLabel(/Rapports à importer/).setInputFiles(reportFile(report.name, report.text));
    await expect.poll(() => importMessages(trainer.page)).toContain("1 rapport ajouté sur 1 fichier.");
    const row = trainer.page.locator("table.cohort-table tbody tr");
    expect(await row.count()).toBe(1);
    // Two contents fit on a desktop: no word about scrolling, for the eyes or for screen readers.
    expect(await trainer.page.locator(".scroll-hint").isHidden()).toBe(true);
    expect(await trainer.page.locator(".table-scroll").getAttribute("aria-describedby")).toBeNull();
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

/** One context plays both parts here: a trainer's assignment, accepted, one quiz passed, the report exported. */
async function learnerWithReport() {
  const opened = await s.open("/formateur/");
  const { page } = opened;
  const link = await createAssignment(page, [FIRST.id]);
  await page.goto(link);
  await page.getByRole("button", { name: "Accepter l’affectation" }).click();
  await passQuiz(page, FIRST.id);
  await page.goto(new URL("/parcours/", page.url()).href);
  await page.getByLabel(/Votre nom, tel qu’il figurera/).fill("Zoé Ângelo");
  const report = await downloadOf(page, () => page.getByRole("button", { name: "Télécharger mon rapport" }).click());
  return { ...opened, link, report };
}

describe("bad input is refused in French and nothing stored is lost", () => {
  test("a tampered or truncated assignment link changes nothing", async () => {
    const { page, context, link, trouble } = await learnerWithReport();
    const [url, fragment] = link.split("#") as [string, string];
    const flipped = fragment.slice(0, 20) + (fragment[20] === "A" ? "B" : "A") + fragment.slice(21);
    for (const bad of [
      `${url}#${flipped}`,
      `${url}#${fragment.slice(0, fragment.length - 12)}`,
      `${url}#a9.xyz`,
      url,
    ]) {
      await page.goto(bad);
      const error = page.getByRole("alert");
      await expect.poll(() => error.textContent()).toMatch(/lien|affectation/);
      expect(await page.locator("section.offer").isHidden()).toBe(true);
    }
    expect(await page.getByRole("alert").textContent()).toContain("ne contient pas d’affectation");
    await page.goto(`${url}#${flipped}`);
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Votre parcours n’a pas été modifié.");
    expect(await page.getByRole("alert").textContent()).toContain("Demandez le lien à nouveau à votre formateur.");
    await page.goto(new URL("/parcours/", page.url()).href);
    expect(await page.locator("article.assignment-card").count()).toBe(1);
    expect(await page.locator(`tr[data-item="lecon:${FIRST.id}"] td`).first().textContent()).toBe("Réussi");
    expect(trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
    await context.close();
  });

  test("reports: duplicates, other assignments, HTML names, __proto__, over 1 MB, replacements and clearing", async () => {
    const { page, context, report, trouble } = await learnerWithReport();
    const cohortLink = page.getByRole("link", { name: "Tableau de cohorte", exact: true });
    await page.goto(new URL("/formateur/", page.url()).href);
    await cohortLink.click();
    const picker = page.getByLabel(/Rapports à importer/);
    const rows = page.locator("table.cohort-table tbody tr");
    const good = reportFile("zoe.json", report.text);
    await page.locator(".cohort-ui").waitFor(); // the island is ready
    await picker.setInputFiles(good);
    await expect.poll(() => rows.count()).toBe(1);

    const json = JSON.parse(report.text);
    const variant = (change: (r: typeof json) => void) => {
      const copy = structuredClone(json);
      change(copy);
      return JSON.stringify(copy);
    };
    await picker.setInputFiles([
      good,
      reportFile(
        "autre.json",
        variant((r) => {
          r.assignment.id = "autreaffect01";
          r.assignment.cohort = "Promo de printemps";
        }),
      ),
      reportFile(
        "homonyme.json",
        variant((r) => {
          r.assignment.id = "autreaffect02";
          r.assignment.created = "2020-01-06";
        }),
      ),
      reportFile(
        "html.json",
        variant((r) => (r.learner = { name: "<img src=x onerror=alert(1)>", key: "cle0000html1" })),
      ),
      reportFile("proto.json", report.text.replace('"learner": {', '"learner": {"__proto__": {"admin": true},')),
      reportFile(
        "enorme.json",
        variant((r) => (r.padding = "x".repeat(1_100_000))),
      ),
      reportFile("pas-json.json", "{ ceci n’est pas du JSON"),
    ]);
    await expect.poll(() => importMessages(page)).toContain("0 rapport ajouté sur 7 fichiers.");
    const messages = await importMessages(page);
    expect(messages).toContain("«\u00a0zoe.json\u00a0»\u00a0: ce rapport de Zoé Ângelo est déjà dans le tableau.");
    expect(messages).toContain(
      "«\u00a0autre.json\u00a0»\u00a0: ce rapport concerne l’affectation «\u00a0Promo de printemps\u00a0», pas «\u00a0Promo d’hiver\u00a0».",
    );
    // Another assignment of the same name: the message says what tells them apart, not « X », pas « X ».
    expect(messages).toMatch(
      /«\u00a0homonyme\.json\u00a0»\u00a0: ce rapport concerne une autre affectation nommée elle aussi «\u00a0Promo d’hiver\u00a0», créée le 6 janvier 2020\u00a0; celle de ce tableau a été créée le \d/,
    );
    expect(messages).toContain(
      "«\u00a0html.json\u00a0»\u00a0: le nom de l’apprenant n’est pas valable (contient des balises HTML",
    );
    expect(messages).toContain(
      "«\u00a0proto.json\u00a0»\u00a0: le fichier contient une clé interdite («\u00a0__proto__\u00a0»)",
    );
    expect(messages).toMatch(
      /«\u00a0enorme\.json\u00a0»\u00a0: le fichier pèse 1,1\d\u00a0Mo, au-delà de la limite de 1\u00a0Mo/,
    );
    expect(messages).toContain("«\u00a0pas-json.json\u00a0»\u00a0: ce n’est pas un fichier JSON lisible");
    expect(await page.locator("img").count()).toBe(0);
    expect(await rows.count()).toBe(1);

    // A newer report of the same learner waits for confirmation; « Garder » keeps the row.
    const newer = variant((r) => {
      r.exportedAt = new Date(Date.parse(r.exportedAt) + 60_000).toISOString();
      r.items[0].score = 80;
    });
    await picker.setInputFiles(reportFile("zoe-2.json", newer));
    await expect.poll(() => page.locator(".replace-panel").textContent()).toContain("Un apprenant a déjà une ligne");
    // The keyboard lands on the answer that changes nothing.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Garder les lignes actuelles");
    await page.getByRole("button", { name: "Garder les lignes actuelles" }).click();
    expect(await rows.locator("td").nth(2).textContent()).toBe("Réussi (100\u00a0%)");
    // Dropped onto the page this time, then confirmed.
    await page.locator(".dropzone").evaluate((zone, text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], "zoe-2.json", { type: "application/json" }));
      zone.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    }, newer);
    await expect.poll(() => page.locator(".replace-panel").isVisible()).toBe(true);
    // A still newer report picked while the question is open joins it: one question, the newest report.
    const newest = variant((r) => {
      r.exportedAt = new Date(Date.parse(r.exportedAt) + 120_000).toISOString();
      r.items[0].score = 90;
    });
    await picker.setInputFiles(reportFile("zoe-3.json", newest));
    await expect.poll(() => page.locator(".replace-list li").textContent()).toMatch(/^Zoé Ângelo/);
    expect(await page.locator(".replace-list li").count()).toBe(1);
    expect(await page.locator(".replace-text").textContent()).toContain("Un apprenant a déjà une ligne");
    await page.getByRole("button", { name: "Remplacer par les nouveaux rapports" }).click();
    await expect.poll(() => rows.locator("td").nth(2).textContent()).toBe("Réussi (90\u00a0%)");
    await expectNoAxeViolations(page);

    // Clearing asks first, then empties the table for good.
    await page.getByRole("button", { name: "Vider le tableau…" }).click();
    expect(await answerDialog(page.getByRole("dialog"), "Annuler")).toBe("cancel");
    expect(await rows.count()).toBe(1);
    await page.getByRole("button", { name: "Vider le tableau…" }).click();
    await answerDialog(page.getByRole("dialog"), "Vider");
    expect(await rows.count()).toBe(0);
    await page.reload();
    expect(await rows.count()).toBe(0);
    expect(await page.locator(".cohort-summary").textContent()).toBe("Aucun rapport importé pour cette affectation.");
    expect(trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
    await context.close();
  });
});

test("the trainer edits an assignment and sends the invitation; the learner of the old version is told", async () => {
  const trainer = await s.open("/formateur/", { permissions: ["clipboard-read", "clipboard-write"] });
  const { page } = trainer;
  const oldLink = await createAssignment(page, [FIRST.id]);

  // The invitation: cohort, due date in words, the link; copied, read back from the clipboard.
  const invitation = page.getByLabel("Texte à coller dans un courriel ou une messagerie");
  const text = await invitation.inputValue();
  expect(text).toContain("cohorte «\u00a0Promo d’hiver\u00a0»");
  expect(text).toContain(`au plus tard le ${frenchWeekday(dayFromNow(7))}`);
  expect(text).toContain(`\n${oldLink}\n`);
  expect(text).toContain("«\u00a0Télécharger mon rapport\u00a0»");
  expect(text).toMatch(/\nInès Moreau$/);
  const mailto = await page.getByRole("link", { name: "Ouvrir dans ma messagerie" }).getAttribute("href");
  expect(decodeURIComponent(mailto!.split("&body=")[1]!)).toBe(text.replace(/\n/g, "\r\n"));
  await page.getByRole("button", { name: "Copier le message" }).click();
  await expect
    .poll(() => page.locator(".invitation-notice").textContent())
    .toBe("Message copié dans le presse-papiers.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  // Where the clipboard is refused, the text is selected for Ctrl+C.
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException("refusé", "NotAllowedError"));
  });
  await page.getByRole("button", { name: "Copier le message" }).click();
  await expect.poll(() => page.locator(".invitation-notice").textContent()).toContain("appuyez sur Ctrl+C");
  expect(
    await invitation.evaluate((t: HTMLTextAreaElement) => [
      t.selectionStart,
      t.selectionEnd,
      t === document.activeElement,
    ]),
  ).toEqual([0, text.length, true]);

  // The learner accepts the first version and gets its first question wrong.
  const learner = await s.open(oldLink.replace(/^http:\/\/[^/]+/, ""));
  await learner.page.getByRole("button", { name: "Accepter l’affectation" }).click();
  await expect.poll(() => learner.page.locator(".offer .notice").textContent()).toContain("Affectation acceptée");
  await learner.page.goto(new URL(`/lecons/${SECOND.id}/`, learner.page.url()).href);
  await answerAll(learner.page, [0]);
  const missedId = await learner.page.locator("relais-quiz fieldset.question").first().getAttribute("data-question");
  await learner.page.getByRole("button", { name: "Vérifier mes réponses" }).click();
  await expect.poll(() => learner.page.locator(".quiz-result").textContent()).toMatch(/%/);

  // The trainer edits it: the form opens filled; saving makes a new link, the old one is marked replaced.
  await page.getByRole("button", { name: "Modifier l’affectation «\u00a0Promo d’hiver\u00a0»…" }).click();
  expect(await page.getByLabel("Nom de la cohorte").inputValue()).toBe("Promo d’hiver");
  expect(await page.locator(`input[value="lecon:${FIRST.id}"]`).isChecked()).toBe(true);
  expect(await page.locator(".editing-text").textContent()).toContain("nouvelle version avec un nouveau lien");
  await page.locator(`input[value="lecon:${SECOND.id}"]`).check();
  await page.getByRole("button", { name: "Créer la nouvelle version et son lien" }).click();
  const field = page.getByLabel(/Lien à envoyer aux apprenants/);
  await expect.poll(() => field.inputValue()).not.toBe(oldLink);
  const newLink = await field.inputValue();
  expect(await page.locator(".result .notice").first().textContent()).toContain("La nouvelle version est prête");
  expect(await invitation.inputValue()).toContain("Cette version remplace l’affectation «\u00a0Promo d’hiver\u00a0»");
  const mine = page.locator("ul.mine-list > li");
  expect(await mine.count()).toBe(2);
  expect(await mine.nth(0).getAttribute("data-replaced")).toBeNull();
  expect(await mine.nth(1).textContent()).toContain("Remplacée par la version du");
  // Only the current version is edited; the replaced one keeps its cohort table and its delete button.
  expect(
    await mine
      .nth(1)
      .getByRole("button", { name: /^Modifier/ })
      .count(),
  ).toBe(0);
  expect(await mine.nth(1).getByRole("link", { name: "Tableau de cohorte" }).count()).toBe(1);
  await expectNoAxeViolations(page);

  // The learner opens the new link: told what it replaces; accepts; « Mon parcours » shows both.
  await learner.page.goto(newLink);
  await expect
    .poll(() => learner.page.locator(".offer-state").textContent())
    .toContain("nouvelle version de «\u00a0Promo d’hiver\u00a0», que vous avez acceptée le");
  await learner.page.getByRole("button", { name: "Accepter l’affectation" }).click();
  await expect.poll(() => learner.page.locator(".offer .notice").textContent()).toContain("Affectation acceptée");
  await learner.page.goto(new URL("/parcours/", learner.page.url()).href);
  const cards = learner.page.locator("article.assignment-card");
  expect(await cards.count()).toBe(2);
  expect(await cards.nth(0).getAttribute("data-replaced")).toBeNull();
  expect(await cards.nth(1).getAttribute("data-replaced")).toBe(await cards.nth(0).getAttribute("data-assignment"));
  expect(await cards.nth(1).locator(".replaced-card").textContent()).toContain("Remplacée par une nouvelle version");
  // Progress is per item: the quiz tried before the edit counts for the new version.
  expect(await cards.nth(0).locator(`tr[data-item="lecon:${SECOND.id}"] td`).first().textContent()).toMatch(
    /refaire|Réussi/,
  );
  await expectNoAxeViolations(learner.page);

  // Reports: the new one names the question missed; the old one is still exported, same learner.
  await learner.page.getByLabel(/Votre nom, tel qu’il figurera/).fill("Léa Roux");
  const download = (card: number) =>
    downloadOf(learner.page, () => cards.nth(card).getByRole("button", { name: "Télécharger mon rapport" }).click());
  const fresh = JSON.parse((await download(0)).text);
  const old = JSON.parse((await download(1)).text);
  expect(fresh.assignment.replaces).toBe(old.assignment.id);
  expect(fresh.learner.key).toBe(old.learner.key);
  const questions = JSON.parse(readFileSync(join(DIST, `revisions/lecons/${SECOND.id}.json`), "utf8")).questions;
  const prompt = questions
    .find((q: { id: string }) => q.id === missedId)
    .prompt.replace(/\s+/g, " ")
    .trim();
  expect(fresh.items[1]).toMatchObject({ item: `lecon:${SECOND.id}`, missed: [prompt] });
  expect(old.items).toEqual([expect.not.objectContaining({ missed: expect.anything() })]);
  expect(trainer.trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
  expect(learner.trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
  await trainer.context.close();
  await learner.context.close();
});

test("everything passed: the certificate, and the filled pages stay accessible", async () => {
  const { page, context, trouble } = await learnerWithReport();
  await expectNoAxeViolations(page);
  const certificate = page.getByRole("link", { name: "Voir et imprimer mon certificat" });
  await certificate.click();
  await expect.poll(() => page.locator(".certificate-name").textContent()).toBe("Zoé Ângelo");
  expect(await page.locator(".certificate-text").textContent()).toContain(
    "«\u00a0Promo d’hiver\u00a0» confiée par Inès Moreau",
  );
  expect(await page.locator(".certificate tbody th").allTextContents()).toEqual([FIRST.title]);
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: "print" });
  expect(await page.locator(".site-header").isHidden()).toBe(true);
  expect(await page.locator(".certificate").isVisible()).toBe(true);
  // An assignment not on this device gets a message, not an empty certificate.
  await page.goto(new URL("/parcours/certificat/?affectation=inconnue00001", page.url()).href);
  expect(await page.getByRole("alert").textContent()).toBe(
    "Cette affectation n’est pas dans votre parcours sur cet appareil.",
  );
  expect(await page.locator(".certificate").isHidden()).toBe(true);
  expect(trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
  await context.close();
});

test("the trainer's form says what is missing, in French, on the field", async () => {
  const { page, context } = await s.open("/formateur/");
  await page.getByRole("button", { name: "Créer le lien d’affectation" }).click();
  expect(await page.getByRole("alert").textContent()).toBe("Choisissez au moins une leçon ou une simulation à faire.");
  await page.locator('input[data-whole="crise"]').check();
  // The whole module: its lessons and its simulations, as the content files place them.
  expect(
    await page
      .locator('fieldset[data-module="crise"] input[name=items]:checked')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value).toSorted()),
  ).toEqual(
    [
      ...lessons()
        .filter((l) => l.module === "crise")
        .map((l) => `lecon:${l.id}`),
      ...simulations()
        .filter((sim) => sim.module === "crise")
        .map((sim) => `simulation:${sim.id}`),
    ].toSorted(),
  );
  await page.getByRole("button", { name: "Créer le lien d’affectation" }).click();
  expect(await page.getByRole("alert").textContent()).toBe("Nom de la cohorte\u00a0: est vide.");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("a-cohort");
  await page.getByLabel("Nom de la cohorte").fill("Promo <b>");
  await page.getByRole("button", { name: "Créer le lien d’affectation" }).click();
  expect(await page.getByRole("alert").textContent()).toContain("Nom de la cohorte\u00a0: contient des balises HTML");
  await page.getByLabel("Nom de la cohorte").fill("Promo");
  await page.getByLabel("Votre nom (affiché aux apprenants)").fill("Inès");
  await page.getByLabel("À terminer au plus tard le").fill("2020-01-01");
  await page.getByRole("button", { name: "Créer le lien d’affectation" }).click();
  expect(await page.getByRole("alert").textContent()).toContain("Date limite\u00a0: elle est déjà passée");
  await expectNoAxeViolations(page);

  await context.close();
});

test("the trainer deletes an assignment, with its cohort table, only after confirming", async () => {
  const { page, context, trouble } = await s.open("/formateur/");
  await createAssignment(page, [FIRST.id]);
  // One learner's report in its cohort table.
  const { assignments } = await page.evaluate(() => JSON.parse(localStorage.getItem("relais:formateur:v1")!));
  const assignment = Object.values(assignments)[0] as Assignment;
  const report = buildReport({
    name: "Zoé Ângelo",
    key: "learner00001",
    assignment,
    acceptedAt: NOW.toISOString(),
    statuses: [{ item: `lecon:${FIRST.id}`, state: "lu", score: null, ending: null, at: NOW.toISOString() }],
    now: NOW,
  });
  await page.getByRole("link", { name: "Tableau de cohorte", exact: true }).click();
  await page.locator(".cohort-ui").waitFor();
  await page.getByLabel(/Rapports à importer/).setInputFiles(reportFile("zoe-supprimee.json", JSON.stringify(report)));
  await expect.poll(() => page.locator("table.cohort-table tbody tr").count()).toBe(1);
  await page.goto(new URL("/formateur/", page.url()).href);

  const remove = page.getByRole("button", { name: "Supprimer l’affectation «\u00a0Promo d’hiver\u00a0»…" });
  const trainerData = () => page.evaluate(() => localStorage.getItem("relais:formateur:v1"));
  const kept = await trainerData();
  await remove.click();
  expect(await page.locator(".delete-text").textContent()).toContain(
    "L’affectation «\u00a0Promo d’hiver\u00a0» et le rapport importé seront effacés de cet appareil.",
  );
  expect(await answerDialog(page.getByRole("dialog"), "Annuler")).toBe("cancel");
  expect(await page.locator(".mine-list li").count()).toBe(1);
  expect(await trainerData()).toBe(kept);
  await remove.click();
  await page.getByRole("dialog").getByRole("button", { name: "Supprimer", exact: true }).click();
  await expect
    .poll(() => page.locator(".mine-notice").textContent())
    .toBe("L’affectation «\u00a0Promo d’hiver\u00a0» a été supprimée de cet appareil.");
  expect(await page.locator("section.mine").isHidden()).toBe(true);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("a-cohort");
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("relais:formateur:v1")!));
  expect(stored).toEqual({ version: 1, assignments: {}, cohorts: {} });
  await page.goto(new URL("/formateur/cohorte/", page.url()).href);
  await page.locator(".cohort-empty").waitFor();
  expect(trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
  await context.close();
});

test("a stored report that no longer reads is set aside and said; the table keeps the rest", async () => {
  const { page, context, trouble } = await s.open("/formateur/cohorte/");
  const assignment: Assignment = {
    id: "cohorte000001",
    cohort: "Promo d’hiver",
    trainer: "Inès",
    due: "2030-12-01",
    passScore: 70,
    message: "",
    items: [`lecon:${FIRST.id}`],
    created: "2026-11-20",
  };
  await page.evaluate((saved) => localStorage.setItem("relais:formateur:v1", JSON.stringify(saved)), {
    version: 1,
    assignments: { [assignment.id]: assignment },
    cohorts: { [assignment.id]: { learner00001: { format: "relais-rapport", version: 1 } } },
  });
  await page.reload();
  expect(await page.locator(".cohort-unread").textContent()).toMatch(
    /^Une affectation ou un rapport enregistré sur cet appareil n’a pas pu être relu .* gardé de côté, hors du tableau\./,
  );
  expect(await page.locator("#c-assignment option").count()).toBe(1);
  expect(await page.locator(".cohort-summary").textContent()).toBe("Aucun rapport importé pour cette affectation.");
  // The learner's report imported again: its row is back and the set-aside copy is forgotten.
  const report = buildReport({
    name: "Zoé Ângelo",
    key: "learner00001",
    assignment,
    acceptedAt: "2026-11-21T10:00:00.000Z",
    statuses: [{ item: `lecon:${FIRST.id}`, state: "lu", score: null, ending: null, at: "2026-11-21T11:00:00.000Z" }],
    now: new Date("2026-11-22T10:00:00.000Z"),
  });
  await page.getByLabel(/Rapports à importer/).setInputFiles(reportFile("zoe-revenue.json", JSON.stringify(report)));
  await expect.poll(() => page.locator("table.cohort-table tbody tr").count()).toBe(1);
  expect(await page.locator(".cohort-unread").textContent()).toBe("");
  expect(trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
  await context.close();
});

test("a trainer on another device adds the assignment by its link, then imports reports", async () => {
  const { context: first, link, report } = await learnerWithReport();
  await first.close();
  const { page, context, trouble } = await s.open("/formateur/cohorte/");
  expect(await page.locator(".cohort-empty").textContent()).toContain("Aucune affectation");
  await page.getByText("Affectation créée sur un autre appareil").click();
  const field = page.getByLabel(/Lien d’affectation/);
  await field.fill(`${link.slice(0, -10)}`);
  await page.getByRole("button", { name: "Ajouter cette affectation" }).click();
  await expect.poll(() => page.locator(".adopt-status").textContent()).toContain("Rien n’a été ajouté.");
  // Said to the trainer who made the link, not to a learner: copy it again, no « votre formateur ».
  expect(await page.locator(".adopt-status").textContent()).toContain("Copiez-le à nouveau en entier");
  expect(await page.locator(".adopt-status").textContent()).not.toContain("formateur.");
  await field.fill(link);
  await page.getByRole("button", { name: "Ajouter cette affectation" }).click();
  await expect
    .poll(() => page.locator(".adopt-status").textContent())
    .toBe("L’affectation «\u00a0Promo d’hiver\u00a0» est ajoutée\u00a0: vous pouvez importer ses rapports.");
  await page.locator(".cohort-ui").waitFor(); // the island is ready
  await page.getByLabel(/Rapports à importer/).setInputFiles(reportFile("zoe-ailleurs.json", report.text));
  await expect.poll(() => page.locator("table.cohort-table tbody tr th").allTextContents()).toEqual(["Zoé Ângelo"]);
  expect(trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
  await context.close();
});

describe("the cohort page of a long assignment, on a phone and a desktop", () => {
  // 14 contents, as a whole module or two would give: 17 columns, most of them long titles.
  const ITEMS = [
    ...lessons()
      .toSorted((a, b) => b.title.length - a.title.length)
      .slice(0, 12)
      .map((l) => ({ ref: `lecon:${l.id}` as const, title: l.title })),
    ...simulations()
      .slice(0, 2)
      .map((sim) => ({ ref: `simulation:${sim.id}` as const, title: sim.title })),
  ];
  const ASSIGNMENT: Assignment = {
    id: "longue0000001",
    cohort: "Promo Janvier 2027",
    trainer: "Inès Moreau",
    due: dayFromNow(20),
    passScore: 70,
    message: "",
    items: ITEMS.map((item) => item.ref),
    created: dayFromNow(-10),
  };
  const LEARNERS = ["Zoé Ângelo", "Élie Durand", "Maximilien-Alexandre de la Tour-Grandval", "Nour Haddad", "Léa Roux"];
  /** Learner n passed the first 2n + 1 contents, dated over the last 8 days; read the next one; the last five nobody did. */
  function reportOf(name: string, n: number) {
    const at = (day: number) => new Date(NOW.getTime() - (8 - day) * 86_400_000).toISOString();
    return buildReport({
      name,
      key: `learner0000${n}`,
      assignment: ASSIGNMENT,
      acceptedAt: at(0),
      statuses: ITEMS.map(({ ref }, i) =>
        i < Math.min(2 * n + 1, 12)
          ? { item: ref, state: "reussi", score: 90, ending: null, at: at(i % 8) }
          : i === 2 * n + 1 && i < 12
            ? { item: ref, state: "lu", score: null, ending: null, at: at(1) }
            : { item: ref, state: "non-commence", score: null, ending: null, at: null },
      ),
      now: NOW,
    });
  }

  async function openCohort(viewport: { width: number; height: number }, colorScheme: "light" | "dark") {
    const opened = await s.open("/formateur/cohorte/", { viewport, colorScheme });
    await opened.page.evaluate((saved) => localStorage.setItem("relais:formateur:v1", JSON.stringify(saved)), {
      version: 1,
      assignments: { [ASSIGNMENT.id]: ASSIGNMENT },
      cohorts: {
        [ASSIGNMENT.id]: Object.fromEntries(LEARNERS.map((name, n) => [`learner0000${n}`, reportOf(name, n)])),
      },
    });
    await opened.page.reload();
    await expect.poll(() => opened.page.locator("table.cohort-table tbody tr").count()).toBe(LEARNERS.length);
    return opened;
  }

  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 900 },
  ]) {
    test(`${viewport.width} px: a frame that scrolls and says so, the name column stays, charts with their numbers`, async () => {
      const { page, context, trouble } = await openCohort(viewport, "light");
      const frame = page.getByRole("region", { name: "Tableau de la cohorte, qui défile horizontalement" });
      const table = frame.locator("table.cohort-table");
      // The page itself never scrolls sideways: the table does, inside its frame.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      expect(await frame.evaluate((f) => f.scrollWidth > f.clientWidth)).toBe(true);
      const hint = page.locator(".scroll-hint");
      await expect.poll(() => hint.isVisible()).toBe(true);
      expect(await hint.textContent()).toContain("Faites défiler le tableau");
      expect(await frame.getAttribute("aria-describedby")).toBe(await hint.getAttribute("id"));

      const shots = process.env["COHORT_SHOTS"];
      if (shots) {
        for (const colorScheme of ["light", "dark"] as const) {
          await page.emulateMedia({ colorScheme });
          await page
            .locator(".glance")
            .screenshot({ path: `${shots}/cohorte-${viewport.width}-graphiques-${colorScheme}.png` });
          await page.locator(".cohort-summary").evaluate((p) => p.parentElement!.scrollIntoView());
          await hint.evaluate((p) => p.scrollIntoView());
          await page.screenshot({ path: `${shots}/cohorte-${viewport.width}-tableau-${colorScheme}.png` });
        }
        await page.emulateMedia({ colorScheme: "light" });
      }

      // Short column heads, the full title in the tooltip and in what a screen reader hears.
      for (const { title } of ITEMS) {
        const button = table.getByRole("button", { name: title, exact: true });
        expect(await button.count(), title).toBe(1);
        expect(await button.locator("abbr").getAttribute("title")).toBe(title);
        expect((await button.locator("abbr").textContent())!.length).toBeLessThanOrEqual(33);
      }

      // The keyboard reaches the frame and scrolls it; the learner's name stays where it was.
      const name = table.locator("tbody tr").first().locator("th");
      const lastHead = table.locator("thead th").last();
      const before = { name: (await name.boundingBox())!, last: (await lastHead.boundingBox())! };
      await page.locator("#c-files").focus();
      for (let tab = 0; tab < 10 && !(await frame.evaluate((f) => f === document.activeElement)); tab++)
        await page.keyboard.press("Tab");
      expect(await frame.evaluate((f) => f === document.activeElement)).toBe(true);
      for (let press = 0; press < 8; press++) await page.keyboard.press("ArrowRight");
      await expect.poll(() => frame.evaluate((f) => f.scrollLeft)).toBeGreaterThan(100);
      const after = { name: (await name.boundingBox())!, last: (await lastHead.boundingBox())! };
      expect(after.name.x).toBeCloseTo(before.name.x, 0);
      expect(after.name.width).toBeCloseTo(before.name.width, 0);
      expect(after.last.x).toBeLessThan(before.last.x - 100);
      // The last column now shows beside the name, not under it.
      expect(after.last.x).toBeGreaterThanOrEqual(after.name.x + after.name.width - 1);
      if (shots) await page.screenshot({ path: `${shots}/cohorte-${viewport.width}-defile.png` });

      // At a glance: per content, as many learners passed as the table's column says.
      const items = page.getByRole("img", { name: /^Réussite par contenu/ });
      expect(await items.isVisible()).toBe(true);
      const passedInTable = await table.evaluate((t: HTMLTableElement) =>
        Array.from(
          { length: t.tHead!.rows[0]!.cells.length - 3 },
          (_, i) => [...t.tBodies[0]!.rows].filter((row) => row.cells[3 + i]!.dataset["state"] === "reussi").length,
        ),
      );
      expect(passedInTable).toEqual([5, 4, 4, 3, 3, 2, 2, 1, 1, 0, 0, 0, 0, 0]);
      expect(await items.locator("text.value").allTextContents()).toEqual(passedInTable.map((n) => `${n} sur 5`));
      await page.getByText("Les chiffres par contenu").click();
      const itemRows = page.locator("table.glance-items-table tbody tr");
      expect(await itemRows.locator("th").allTextContents()).toEqual(ITEMS.map((item) => item.title));
      expect(await itemRows.locator("td:nth-of-type(1)").allTextContents()).toEqual(passedInTable.map(String));

      // Over time: one column a day, adding up to every « Réussi » of the table.
      const time = page.getByRole("img", { name: /^Progression de la cohorte dans le temps/ });
      expect(await time.isVisible()).toBe(true);
      await page.getByText("Les chiffres par période").click();
      const periods = page.locator("table.glance-time-table tbody tr");
      const totals = await periods.locator("td:nth-of-type(2)").allTextContents();
      const allPassed = passedInTable.reduce((a, b) => a + b, 0);
      expect(totals.at(-1)).toBe(String(allPassed));
      expect(await periods.count()).toBe(9); // eight days ago to today
      expect(await time.locator("rect").count()).toBe(9);
      expect(await periods.locator("td:nth-of-type(3)").last().textContent()).toBe(
        `${Math.floor((100 * allPassed) / (5 * 14))}\u00a0%`,
      );

      // Both themes and both charts' tables open: nothing for axe.
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme });
        await expectNoAxeViolations(page, { label: colorScheme });
      }
      // On paper: black on white.
      await page.emulateMedia({ media: "print", colorScheme: "dark" });
      expect(
        await items
          .locator("rect.passed")
          .first()
          .evaluate((r) => getComputedStyle(r).fill),
      ).toBe("rgb(0, 0, 0)");
      expect(
        await items
          .locator("text")
          .first()
          .evaluate((t) => getComputedStyle(t).fill),
      ).toBe("rgb(0, 0, 0)");
      if (shots) await page.screenshot({ path: `${shots}/cohorte-${viewport.width}-impression.png`, fullPage: true });
      expect(trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
      await context.close();
    });
  }
});
