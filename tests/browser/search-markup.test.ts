// A lesson whose title holds markup: in search results it must read as text,
// never become HTML (no <em>, no <img>, no script run).
import { afterAll, beforeAll, expect, test } from "vitest";
import { join } from "node:path";
import { buildFixtureSite } from "../support/fixture-site.ts";
import { launchBrowser } from "../support/browser.ts";
import { serveSite, type RunningSite } from "../support/static-server.ts";
import { resultTitles } from "../support/search-driver.ts";
import type { Browser } from "playwright-core";

let site: RunningSite;
let browser: Browser;

beforeAll(async () => {
  const { code, output, dir } = await buildFixtureSite("search-markup");
  if (code !== 0) throw new Error(output);
  site = await serveSite(join(dir, "dist"));
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

test("a title with HTML in it is shown as plain text in results", async () => {
  const page = await browser.newPage();
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${site.url}recherche/?q=zanzibar`);
  const [title] = await resultTitles(page);
  expect(title).toBe("Balises <em>piégées</em> & <img src=x onerror=alert(1)>");
  expect(await page.locator(".search-results em, .search-results img").count()).toBe(0);
  expect(dialogs).toEqual([]);
  await page.close();
});
