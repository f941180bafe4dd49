// Once visited, the site works without a network: lessons and their quiz, Mon parcours,
// simulations, the trainer space and search; it is installable; a new release is picked
// up on the next visit and said. Also under the /relais/ base path.
import { afterAll, beforeAll, expect, test } from "vitest";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, watchPage } from "../support/browser.ts";
import { serveSite, type RunningSite } from "../support/static-server.ts";
import { BASE_PATH, DIST, DIST_BASE } from "../support/paths.ts";
import { answerAll } from "../support/quiz-driver.ts";
import { resultTitles } from "../support/search-driver.ts";
import { answerReviewQuestion } from "../support/review-driver.ts";
import { expectNoAxeViolations } from "../support/accessibility.ts";

let browser: Browser;
// A copy of each build: the release test changes its worker.
const copies: string[] = [];
const served: RunningSite[] = [];
async function serveCopy(dist: string, base = "/") {
  const dir = mkdtempSync(join(tmpdir(), "relais-offline-"));
  cpSync(dist, dir, { recursive: true });
  copies.push(dir);
  const site = await serveSite(dir, base);
  served.push(site);
  return { dir, site };
}
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  for (const site of served) await site.close();
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** Opens a page and waits until the service worker controls it (everything is then precached). */
async function visit(site: RunningSite, path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const trouble = watchPage(page, site.url);
  await page.goto(new URL(path, site.url).href);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  return { context, page, trouble };
}
const go = (page: Page, site: RunningSite, path: string) => page.goto(new URL(path, site.url).href);

test("offline after one visit: a lesson and its quiz, Mon parcours, a simulation, the trainer space, search", async () => {
  const { site } = await serveCopy(DIST);
  const { context, page, trouble } = await visit(site, "lecons/ce-que-fait-un-cm/");
  await context.setOffline(true);
  await page.reload();
  expect(await page.locator("h1").textContent()).toMatch(/^Ce que fait vraiment un community manager/);
  await answerAll(page);
  await page.getByRole("button", { name: "Vérifier mes réponses" }).click();
  expect(await page.locator(".quiz-outcome").getAttribute("data-passed")).toBe("true");

  await go(page, site, "parcours/");
  await expect
    .poll(() => page.locator('tr[data-lesson="ce-que-fait-un-cm"] [data-cell="quiz"]').textContent())
    .toBe("Réussi (100\u00a0%)");
  await go(page, site, "simulations/le-troll-du-dimanche/");
  await page.locator("relais-simulation.is-enhanced").waitFor();
  expect(await page.locator(".sim-choice").count()).toBeGreaterThan(1);
  await go(page, site, "formateur/");
  expect(await page.locator("h1").textContent()).toBe("Espace formateur");
  await go(page, site, "fiches/role-du-cm/");
  await page.locator("relais-checklist select").first().waitFor();
  expect(await page.locator("h1").first().textContent()).toContain("Définir le rôle");

  await go(page, site, "recherche/?q=troll");
  expect((await resultTitles(page)).length).toBeGreaterThan(0);
  expect(trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
  await context.close();
}, 120_000);

test("offline: a missed question comes back in « Révisions » the next day, and is reviewed", async () => {
  const { site } = await serveCopy(DIST);
  const { context, page, trouble } = await visit(site, "lecons/garder-des-preuves/");
  await context.setOffline(true);
  const t0 = new Date("2027-01-11T09:00:00Z");
  await page.clock.setFixedTime(t0);
  await page.reload();
  await answerAll(page, [0]);
  await page.getByRole("button", { name: "Vérifier mes réponses" }).click();
  await page.clock.setFixedTime(new Date(t0.getTime() + 86_400_000));
  await go(page, site, "revisions/");
  await expect
    .poll(() => page.locator(".review-status").textContent())
    .toContain("1\u00a0question à revoir aujourd’hui.");
  await page.getByRole("button", { name: /^Commencer la révision/ }).click();
  await answerReviewQuestion(page, true);
  await expect.poll(() => page.locator(".question-verdict").textContent()).toMatch(/^Juste/);
  expect(trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
  await context.close();
}, 120_000);

test("the /relais/ build works offline under its base path", async () => {
  const { site } = await serveCopy(DIST_BASE, BASE_PATH);
  const { context, page } = await visit(site, "lecons/garder-des-preuves/");
  await context.setOffline(true);
  await go(page, site, "modules/crise/");
  expect(await page.locator("h1").textContent()).toBe("Gérer une crise");
  await go(page, site, "lecons/les-six-temps-d-une-crise/");
  expect(await page.locator("relais-quiz").count()).toBe(1);
  await context.close();
}, 120_000);

test("the site is installable: a French manifest with its icons", async () => {
  const manifest = JSON.parse(readFileSync(join(DIST, "manifest.webmanifest"), "utf8"));
  expect(manifest).toMatchObject({ lang: "fr", short_name: "Relais", start_url: "/", display: "standalone" });
  for (const icon of manifest.icons) expect(readFileSync(join(DIST, icon.src.slice(1))).length).toBeGreaterThan(0);
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  const base = JSON.parse(readFileSync(join(DIST_BASE, "manifest.webmanifest"), "utf8"));
  expect(base.start_url).toBe(BASE_PATH);
  expect(readFileSync(join(DIST, "index.html"), "utf8")).toContain('<link rel="manifest" href="/manifest.webmanifest"');
});

test("a new release is picked up on the next visit, and the page says so", async () => {
  const { dir, site } = await serveCopy(DIST);
  const { context, page } = await visit(site, "");
  expect(await page.locator(".update-notice").isHidden()).toBe(true);
  // The next release: its worker differs (as a new precache manifest makes it differ).
  appendFileSync(join(dir, "sw.js"), "\n// nouvelle version\n");
  await page.reload();
  const notice = page.getByRole("status").filter({ hasText: "Nouvelle version disponible" });
  await notice.waitFor({ timeout: 30_000 });
  await expectNoAxeViolations(page);
  await notice.getByRole("button", { name: "Recharger la page" }).click();
  await page.waitForLoadState("load");
  expect(await page.locator(".update-notice").isHidden()).toBe(true);
  await context.close();
}, 120_000);
