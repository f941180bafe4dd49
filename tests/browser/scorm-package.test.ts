// The whole course's SCORM package opened without an LMS, as a learner given the zip would: unpacked
// into a deep folder of a server (as Moodle serves it: /pluginfile.php/…/content/1/), the launch
// page lists the activities, a lesson opens from it, its quiz is answered and the result kept on
// the device. Every request stays inside the package's folder; no console error, no CSP violation.
// (The runtime talking to an LMS is tested with scorm-again in its own journey.)
import { afterAll, beforeAll, expect, test } from "vitest";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import sirv from "sirv";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { exposeCspViolations, launchBrowser, watchPage } from "../support/browser.ts";
import { answerAll } from "../support/quiz-driver.ts";
import { expectNoAxeViolations } from "../support/accessibility.ts";
import { DIST } from "../support/paths.ts";
import { unpackPackage } from "../support/scorm-package.ts";
import { parsePackageDescription } from "../../src/lib/lms/package-description.ts";

const FOLDER = "/pluginfile.php/12/mod_scorm/content/1/";
let server: Server;
let browser: Browser;
let packageUrl: string;
let unpacked: string;

beforeAll(async () => {
  unpacked = unpackPackage(DIST, "relais-cours.zip");
  const files = sirv(unpacked, { dev: true, etag: false });
  server = createServer((req, res) => {
    const notFound = () => {
      res.statusCode = 404;
      res.end();
    };
    if (!req.url?.startsWith(FOLDER)) return notFound();
    req.url = `/${req.url.slice(FOLDER.length)}`;
    files(req, res, notFound);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  packageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}${FOLDER}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

test("launch page → a lesson → its quiz answered → kept on the device, all inside the package's folder", async () => {
  const description = parsePackageDescription(JSON.parse(readFileSync(join(unpacked, "relais-package.json"), "utf8")))!;
  const lesson = description.items.find((item) => item.kind === "lecon" && item.scored)!;
  const context = await browser.newContext({ serviceWorkers: "allow" });
  const page = await context.newPage();
  const trouble = watchPage(page, packageUrl);
  await exposeCspViolations(page, trouble);
  const requests: string[] = [];
  const failed: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("response", (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });

  await page.goto(`${packageUrl}index.html`);
  await expect.poll(() => page.title()).toBe(description.title);
  expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(description.title);
  // Every activity is offered, in the package's order.
  const offered = await page.locator("main ol a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(offered).toEqual(description.items.map((item) => item.path));
  await expectNoAxeViolations(page, { label: "page de lancement" });

  await page.getByRole("link", { name: lesson.title, exact: true }).click();
  await page.waitForURL(`${packageUrl}${lesson.path}`);
  expect(await page.locator("html").getAttribute("data-package-root")).toBe("../../");
  // The site's menu and search are not in the package; the way back to the launch page is.
  expect(await page.locator(".site-menu, relais-search-launcher, #search-dialog").count()).toBe(0);
  expect(await page.locator("a.brand").getAttribute("href")).toBe("../../index.html");

  await expectNoAxeViolations(page, { label: "leçon du paquetage" });
  await page.locator("relais-quiz").scrollIntoViewIfNeeded();
  await page.locator("relais-quiz.is-enhanced").waitFor();
  await answerAll(page);
  await page.getByRole("button", { name: "Vérifier mes réponses" }).click();
  expect(await page.locator(".quiz-result").textContent()).toContain("(100\u00a0%). Quiz réussi");
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("relais:progress:v1") ?? "{}") as unknown);
  expect(JSON.stringify(stored)).toContain(`"${lesson.id}"`);
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)))
    .toBe(0);

  expect(requests.filter((url) => !url.startsWith(packageUrl) && !url.startsWith("data:"))).toEqual([]);
  expect(failed).toEqual([]);
  expect(trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
  await context.close();
});
