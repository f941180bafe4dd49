// A cohort of hundreds in the trainer's table, on the built site (RELAIS_OUT_DIR or dist/), in
// Chromium: 500 generated reports (tests/support/cohort-reports.ts: 40 contents, real names and
// questions) picked at once on /formateur/cohorte/. Prints the time from the pick to the filled
// table (objective ≤ 5 s), the longest task the page ran meanwhile (what a click would wait for;
// the browser's own hand-over of the files before the page sees them is not counted),
// the time to sort a column until the next frame (objective ≤ 200 ms), to turn a page and to export
// the CSV, and what the table takes in localStorage against what this browser allows.
// `npm run bench` runs it; `node bench/cohort.ts -- --reports=1000` to try another count.
import { loadavg } from "node:os";
import { launchBrowser } from "../tests/support/browser.ts";
import { serveSite } from "../tests/support/static-server.ts";
import { cohortAssignment, courseItems, generateReports, reportText } from "../tests/support/cohort-reports.ts";
import { BUILT as DIST } from "./built-site.ts";

const count = Number(process.argv.find((a) => a.startsWith("--reports="))?.split("=")[1] ?? 500);
const items = courseItems();
const assignment = cohortAssignment(items);
const files = generateReports(assignment, items, count).map((report, i) => ({
  name: `rapport-${i}.json`,
  mimeType: "application/json",
  buffer: Buffer.from(reportText(report)),
}));

const site = await serveSite(DIST);
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
await page.goto(`${site.url}formateur/cohorte/`);
await page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
  key: "relais:formateur:v1",
  value: JSON.stringify({ version: 1, assignments: { [assignment.id]: assignment }, cohorts: {} }),
});
// The instant the files are handed over, the instant the summary and the rows are there, and
// every long task (≥ 50 ms) in between.
await page.addInitScript(() => {
  const marks = { picked: 0, filled: 0, longest: 0, long: 0 };
  (window as unknown as { marks: typeof marks }).marks = marks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      // Tasks that began once the page had the files (the hand-over itself is the browser's).
      if (marks.picked === 0 || entry.startTime < marks.picked || (marks.filled > 0 && entry.startTime > marks.filled))
        continue;
      marks.long++;
      marks.longest = Math.max(marks.longest, entry.duration);
    }
  }).observe({ type: "longtask", buffered: false });
  document.addEventListener("DOMContentLoaded", () => {
    document.querySelector("#c-files")!.addEventListener("change", () => (marks.picked = performance.now()), true);
    const messages = document.querySelector(".import-messages")!;
    new MutationObserver(() => {
      if (/rapports? ajoutés? sur/.test(messages.textContent!) && document.querySelector("table.cohort-table tbody tr"))
        requestAnimationFrame(() => (marks.filled ||= performance.now()));
    }).observe(messages, { childList: true, subtree: true });
  });
});
await page.goto(`${site.url}formateur/cohorte/?affectation=${assignment.id}`);
await page.locator(".cohort-ui").waitFor();
await page.locator("#c-files").setInputFiles(files);
await page.waitForFunction(() => (window as unknown as { marks: { filled: number } }).marks.filled > 0, null, {
  timeout: 120_000,
});
const marks = await page.evaluate(() => (window as unknown as { marks: Record<string, number> }).marks);
const summary = await page.locator(".import-messages p").textContent();

/** Runs `action` in the page (a click) and times it up to the next frame drawn. */
const timed = (selector: string) =>
  page.evaluate(
    (target) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        document.querySelector<HTMLElement>(target)!.click();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
      }),
    selector,
  );
const sorts: { colonne: string; ms: number }[] = [];
for (const [label, nth] of [
  ["Avancement", 2],
  ["Avancement (décroissant)", 2],
  ["Apprenant", 1],
  ["1er contenu", 4],
  ["40e contenu", 43],
] as const) {
  sorts.push({ colonne: label, ms: Math.round(await timed(`table.cohort-table thead th:nth-child(${nth}) button`)) });
}
const pageTurn = Math.round(await timed('.pager button[data-page="next"]'));
const [, csvTime] = await Promise.all([page.waitForEvent("download"), timed('[data-action="csv"]')]);
const csv = Math.round(csvTime);

// Storage: what the table takes, and how many characters of French text (not Latin-1: « ’ »)
// this browser lets one site keep, found by halving.
const storage = await page.evaluate(() => {
  const used = localStorage.getItem("relais:formateur:v1")!.length;
  let low = 0;
  let high = 20_000_000;
  while (high - low > 10_000) {
    const size = Math.floor((low + high) / 2);
    try {
      localStorage.setItem("relais:bench:probe", "’".repeat(size));
      low = size;
    } catch {
      high = size;
    } finally {
      localStorage.removeItem("relais:bench:probe");
    }
  }
  return { used, room: low + used };
});
await browser.close();
await site.close();

const perReport = storage.used / count;
// On a busy machine every figure grows: compare only figures of runs with a like load.
console.log(
  `Tableau de cohorte, ${count} rapports de ${items.length} contenus\u00a0: ${summary} (charge machine sur 1 min\u00a0: ${loadavg()[0]!.toFixed(1)})`,
);
console.table([
  {
    mesure: "du choix des fichiers au tableau rempli",
    ms: Math.round(marks["filled"]! - marks["picked"]!),
    objectif: "≤ 5000",
  },
  {
    mesure: `plus longue tâche pendant l’import (${marks["long"]} tâches ≥ 50 ms)`,
    ms: Math.round(marks["longest"]!),
    objectif: "",
  },
  ...sorts.map(({ colonne, ms }) => ({ mesure: `tri par «\u00a0${colonne}\u00a0»`, ms, objectif: "≤ 200" })),
  { mesure: "page suivante", ms: pageTurn, objectif: "" },
  { mesure: "export CSV (tous les rapports)", ms: csv, objectif: "" },
]);
console.log(
  `localStorage\u00a0: ${(storage.used / 1e6).toFixed(2)} M caractères pour ${count} rapports (${Math.round(perReport)} par rapport)\u00a0; ` +
    `ce navigateur en garde ${(storage.room / 1e6).toFixed(2)} M par site, soit environ ${Math.floor(storage.room / perReport)} rapports de ce genre.`,
);
