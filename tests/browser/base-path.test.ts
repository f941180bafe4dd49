// The site built with RELAIS_BASE=/relais/ and served from that folder: every
// link a reader follows stays inside it.
import { expect, test } from "vitest";
import { useSite } from "../support/site-fixture.ts";
import { BASE_PATH, DIST_BASE } from "../support/paths.ts";
import { resultTitles } from "../support/search-driver.ts";

const s = useSite(DIST_BASE, BASE_PATH);

test("a reader goes from home to a lesson and its stylesheet under the base path", async () => {
  const { page, context, trouble } = await s.open("/");
  const failed: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 400) failed.push(response.url());
  });
  await page.getByRole("link", { name: "Je suis un proche" }).click();
  await page.waitForURL(new RegExp(`${BASE_PATH}pour/parent/$`));
  await page.locator("main ol.path a").first().click();
  await page.waitForURL(new RegExp(`${BASE_PATH}lecons/`));
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain("system-ui");
  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  expect(new URL(canonical!).pathname.startsWith(BASE_PATH)).toBe(true);
  expect(failed).toEqual([]);
  expect(trouble.consoleErrors).toEqual([]);
  await context.close();
});

test("search under the base path finds a lesson at its address there", async () => {
  const { page, context, trouble } = await s.open("/recherche/?q=preuves");
  await resultTitles(page);
  const link = page.locator("relais-search-box[data-page]").getByRole("link", { name: /^Garder des preuves/ });
  const href = new URL((await link.getAttribute("href"))!, page.url());
  expect(href.pathname).toBe(`${BASE_PATH}lecons/garder-des-preuves/`);
  expect((await page.goto(href.href))?.status()).toBe(200);
  expect(await page.locator("h1").first().textContent()).toContain("Garder des preuves");
  expect(trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
  await context.close();
});
