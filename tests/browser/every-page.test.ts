// Every page listed in the sitemap, plus the 404: no accessibility violation
// (axe, WCAG 2.2 AA) in either theme, no request to another origin, no console error.
import { describe, expect, test } from "vitest";
import { useSite } from "../support/site-fixture.ts";
import { sitemapPaths, UNLISTED_PAGES } from "../support/sitemap.ts";
import { DIST } from "../support/paths.ts";
import { expectNoAxeViolations } from "../support/accessibility.ts";

const s = useSite();
const pages = sitemapPaths(DIST);

test("the sitemap lists the pages readers need", () => {
  for (const path of ["/", "/catalogue/", "/glossaire/", "/pour/parent/", "/formateur/"]) expect(pages).toContain(path);
  expect(pages.filter((p) => p.startsWith("/lecons/")).length).toBeGreaterThanOrEqual(6);
  expect(pages.filter((p) => p.startsWith("/modules/")).length).toBe(6);
});

describe.each(["light", "dark"] as const)("in the %s theme", (colorScheme) => {
  test.each([...pages, ...UNLISTED_PAGES])("%s", async (path) => {
    const { page, context, trouble } = await s.open(path, { colorScheme });
    await expectNoAxeViolations(page);
    expect(trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
    await context.close();
  });
});

// What a shared link shows: a description, Open Graph tags and one canonical URL.
test.each(pages)("%s can be shared", async (path) => {
  const { page, context } = await s.open(path);
  const meta = (selector: string) => page.locator(selector).getAttribute("content");
  expect((await meta('meta[name="description"]'))?.length).toBeGreaterThan(30);
  expect(await meta('meta[property="og:title"]')).toBe((await page.title()).replace(/ · Relais$/, ""));
  expect(await meta('meta[property="og:description"]')).toBe(await meta('meta[name="description"]'));
  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  expect(canonical).toBe(new URL(path, "https://relais.example.org").href);
  expect(await meta('meta[property="og:url"]')).toBe(canonical);
  await context.close();
});
