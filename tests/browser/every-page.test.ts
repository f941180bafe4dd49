// Every page listed in the sitemap, plus the 404: no accessibility violation
// (axe, WCAG 2.2 AA) in either theme, no request to another origin, no console error; and each
// page of the sitemap can be shared (description, Open Graph, canonical URL).
import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { useSite } from "../support/site-fixture.ts";
import { sitemapPaths, UNLISTED_PAGES } from "../support/sitemap.ts";
import { DIST } from "../support/paths.ts";
import { expectNoAxeViolations } from "../support/accessibility.ts";
import { checklists, lessons, modules, simulations } from "../support/course.ts";

const s = useSite();
const pages = sitemapPaths(DIST);

// Each page's title: the content file's for lessons, modules, simulations and checklists, these for the others.
const TITLES = new Map<string, string>([
  ["/", "Relais"],
  ["/catalogue/", "Catalogue des leçons"],
  ["/glossaire/", "Glossaire"],
  ["/simulations/", "Simulations de crise"],
  ["/recherche/", "Rechercher"],
  ["/formateur/", "Espace formateur"],
  ["/pour/cm-junior/", "Votre parcours de CM débutant"],
  ["/pour/dirigeant/", "Travailler avec votre community manager"],
  ["/pour/formateur/", "Former une équipe de CM"],
  ["/pour/parent/", "Comprendre le métier d'un proche"],
  ...lessons().map((l): [string, string] => [`/lecons/${l.id}/`, l.title]),
  ...modules().map((m): [string, string] => [`/modules/${m.id}/`, m.title]),
  // One trainer's guide per module (content/guides), titled after it.
  ...modules().map((m): [string, string] => [`/formateur/guides/${m.id}/`, `Guide du formateur\u00a0: ${m.title}`]),
  ...simulations().map((sim): [string, string] => [`/simulations/${sim.id}/`, sim.title]),
  ...checklists().map((c): [string, string] => [`/fiches/${c.id}/`, c.title]),
]);

test("the sitemap lists every page of the course, and only those", () => {
  expect(pages.toSorted()).toEqual([...TITLES.keys()].toSorted());
});

/** What a shared link shows: a description, Open Graph tags and one canonical URL. */
async function expectShareable(page: Page, path: string) {
  const meta = (selector: string) => page.locator(selector).getAttribute("content");
  expect((await meta('meta[name="description"]'))?.length).toBeGreaterThan(30);
  const title = TITLES.get(path)!;
  expect(await page.title()).toBe(path === "/" ? title : `${title} · Relais`);
  expect(await meta('meta[property="og:title"]')).toBe(title);
  expect(await meta('meta[property="og:description"]')).toBe(await meta('meta[name="description"]'));
  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  expect(canonical).toBe(new URL(path, "https://relais.example.org").href);
  expect(await meta('meta[property="og:url"]')).toBe(canonical);
}

// Two pages at a time (the site project's maxConcurrency): axe works in each page's renderer,
// so the second core checks a page while the first checks another; one after the other, these
// tests were half of `npm test`. A page of the sitemap opened in the light theme is also checked
// for sharing there (opened apart, the hundred pages took another 40 s of the run).
describe.each(["light", "dark"] as const)("in the %s theme", (colorScheme) => {
  test.concurrent.each([...pages, ...UNLISTED_PAGES])("%s", async (path) => {
    const { page, context, trouble } = await s.open(path, { colorScheme });
    await expectNoAxeViolations(page);
    expect(trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
    if (colorScheme === "light" && pages.includes(path)) await expectShareable(page, path);
    await context.close();
  });
});
