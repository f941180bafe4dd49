// A cohort of a hundred and more, in one journey: the trainer picks 120 report files at once
// (one of them damaged), sees the import's progress, gets the 119 others in a table shown 50 rows
// a page, sorts over every row, pages by keyboard, opens a learner's view (by a click and by its
// address) with their missed questions and reviews, replaces a row with a newer report, and
// exports every row as CSV. Timings are in `npm run bench`, not here.
import { expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { useSite } from "../support/site-fixture.ts";
import { expectNoAxeViolations } from "../support/accessibility.ts";
import { cohortAssignment, courseItems, generateReports, reportText } from "../support/cohort-reports.ts";
import { completion } from "../../src/lib/assignments/status.ts";

const site = useSite();
const items = courseItems();
const assignment = cohortAssignment(items);
const reports = generateReports(assignment, items, 120);
const files = reports.map((report, i) => ({
  name: `rapport-${String(i).padStart(3, "0")}.json`,
  mimeType: "application/json",
  buffer: Buffer.from(i === 57 ? reportText(report).slice(0, 300) : reportText(report)),
}));
files[57]!.name = "rapport-abime.json";
const landed = reports.filter((_, i) => i !== 57);
const completions = landed.map((report) => completion(report.items));

test("120 reports at once: progress, one bad file named, pages, sort over all rows, a learner's view, CSV", async () => {
  const { page, context, trouble } = await site.open("/formateur/cohorte/");
  await page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
    key: "relais:formateur:v1",
    value: JSON.stringify({ version: 1, assignments: { [assignment.id]: assignment }, cohorts: {} }),
  });
  // Every save of the trainer's data, and every word the progress said, kept for the checks below.
  await page.addInitScript(() => {
    const seen = { saves: 0, progress: [] as string[] };
    (window as unknown as { seen: typeof seen }).seen = seen;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === "relais:formateur:v1") seen.saves++;
      return setItem.call(this, key, value);
    };
    document.addEventListener("DOMContentLoaded", () => {
      const status = document.querySelector(".import-progress")!;
      new MutationObserver(() => seen.progress.push(status.textContent!)).observe(status, { childList: true });
    });
  });
  await page.goto(new URL(`/formateur/cohorte/?affectation=${assignment.id}`, page.url()).href);
  await page.locator(".cohort-ui").waitFor();
  const seen = () => page.evaluate(() => (window as unknown as { seen: { saves: number; progress: string[] } }).seen);
  const messages = page.locator(".import-messages");
  const rows = page.locator("table.cohort-table tbody tr");
  const pagerStatus = page.locator(".pager-status");

  await page.getByLabel(/Rapports à importer/).setInputFiles(files);
  await expect.poll(() => messages.locator("p").textContent()).toBe("119 rapports ajoutés sur 120 fichiers.");
  expect(await messages.locator("li").allTextContents()).toEqual([
    expect.stringMatching(/^«\u00a0rapport-abime\.json\u00a0»\u00a0: ce n’est pas un fichier JSON lisible/),
  ]);
  // Read in batches, each said; the data saved once for the whole import.
  const { saves, progress } = await seen();
  expect(progress.filter(Boolean)).toEqual([25, 50, 75, 100, 120].map((n) => `${n} rapports lus sur 120`));
  expect(saves).toBe(1);
  expect(await page.locator("progress.import-bar").isHidden()).toBe(true);

  // 50 rows a page; sorted by completion over all 119 rows, page 1 starts with the lowest.
  expect(await rows.count()).toBe(50);
  expect(await pagerStatus.textContent()).toBe("Page 1 sur 3\u00a0: apprenants 1 à 50 sur 119.");
  await page.getByRole("button", { name: "Avancement", exact: true }).click();
  const shownCompletion = async (n: number) =>
    Number.parseInt((await rows.nth(n).locator("td").first().textContent())!);
  expect(await shownCompletion(0)).toBe(Math.min(...completions));
  // By keyboard to the last page: the focus stays on the button, now marked disabled.
  const last = page.getByRole("button", { name: "Dernière page" });
  await last.focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => pagerStatus.textContent()).toBe("Page 3 sur 3\u00a0: apprenants 101 à 119 sur 119.");
  expect(await rows.count()).toBe(19);
  expect(await shownCompletion(18)).toBe(Math.max(...completions));
  expect(await last.getAttribute("aria-disabled")).toBe("true");
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Dernière page");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Enter"); // « Page précédente »
  await expect.poll(() => pagerStatus.textContent()).toBe("Page 2 sur 3\u00a0: apprenants 51 à 100 sur 119.");
  await expectNoAxeViolations(page, { label: "table, page 2" });

  // A learner with questions missed, on this page: their name opens their view.
  const shownKeys = await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset["learner"]!));
  const learner = landed.find(
    (r) =>
      shownKeys.includes(r.learner.key) && r.items.some((i) => i.state === "a-refaire" && (i.missed?.length ?? 0) > 1),
  )!;
  const missedItem = learner.items.find((i) => i.state === "a-refaire" && (i.missed?.length ?? 0) > 1)!;
  await page.getByRole("link", { name: learner.learner.name, exact: true }).focus();
  await page.keyboard.press("Enter");
  const view = page.getByRole("dialog", { name: `Parcours de ${learner.learner.name}` });
  await view.waitFor();
  expect(new URL(page.url()).hash).toBe(`#apprenant=${learner.learner.key}`);
  expect(await view.locator("tbody tr").count()).toBe(40);
  const itemRow = view.locator(`tr[data-item="${missedItem.item}"]`);
  expect(await itemRow.locator("td").first().textContent()).toBe("À refaire");
  expect(await itemRow.locator("td").nth(1).textContent()).toBe(`${missedItem.score}\u00a0%`);
  expect(await itemRow.locator("li").allTextContents()).toEqual(missedItem.missed);
  const facts = await view.locator("dl").textContent();
  expect(facts).toContain(`Avancement${completion(learner.items)}\u00a0%`);
  expect(facts).toMatch(learner.review ? /Révisions\d+\u00a0jours? de révision/ : /Révisionsnon indiquées/);
  await expectNoAxeViolations(page, { label: "a learner's view" });
  // Escape closes it; the address forgets the learner; the focus is back on their name.
  await page.keyboard.press("Escape");
  await expect.poll(() => view.isHidden()).toBe(true);
  expect(new URL(page.url()).hash).toBe("");
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(learner.learner.name);

  // The view's address opens it, on the page of that learner (the sort by name is back after a reload).
  const far = landed.map((r) => r.learner).toSorted((a, b) => a.name.localeCompare(b.name, "fr"))[110]!;
  await page.goto(new URL(`#apprenant=${far.key}`, page.url()).href);
  await page.reload();
  await page.getByRole("dialog", { name: `Parcours de ${far.name}` }).waitFor();
  expect(await pagerStatus.textContent()).toBe("Page 3 sur 3\u00a0: apprenants 101 à 119 sur 119.");
  await page.getByRole("button", { name: "Fermer" }).click();

  // A newer report of a learner already there still asks first.
  const newer = { ...landed[3]!, exportedAt: new Date(Date.parse(landed[3]!.exportedAt) + 3_600_000).toISOString() };
  await page
    .getByLabel(/Rapports à importer/)
    .setInputFiles({ name: "plus-recent.json", mimeType: "application/json", buffer: Buffer.from(reportText(newer)) });
  await expect.poll(() => page.locator(".replace-text").textContent()).toContain("Un apprenant a déjà une ligne");
  await page.getByRole("button", { name: "Remplacer par les nouveaux rapports" }).click();
  await expect.poll(() => messages.textContent()).toBe("1 ligne remplacée.");

  // The CSV holds every row, not one page.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Exporter en CSV" }).click(),
  ]);
  const csv = readFileSync((await download.path())!, "utf8")
    .split("\r\n")
    .filter(Boolean);
  expect(csv).toHaveLength(1 + 119);
  expect(trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
  await context.close();
});
