// The site on a phone: a compact header whose buttons say what they do, the catalogue's filters
// folded behind « Filtrer », and no page wider than a 320 px screen (a lesson's table scrolls in a
// frame of its own). At 1280 px the header and the filters stay in view, as before.
import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { useSite } from "../support/site-fixture.ts";
import { sitemapPaths, UNLISTED_PAGES } from "../support/sitemap.ts";
import { DIST } from "../support/paths.ts";
import { expectNoAxeViolations } from "../support/accessibility.ts";
import { lessons } from "../support/course.ts";
import { answerAll } from "../support/quiz-driver.ts";

const s = useSite();
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
const WIDE = { viewport: { width: 1280, height: 900 } };
const PAGE = "/lecons/mesurer-la-valeur/";

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

test("no page of the site is wider than a 320 px screen", async () => {
  const paths = [...sitemapPaths(DIST), ...UNLISTED_PAGES];
  expect(paths.length).toBeGreaterThan(90);
  const { page, context } = await s.open("/", { viewport: { width: 320, height: 640 } });
  const offenders: string[] = [];
  for (const path of paths) {
    await page.goto(new URL(path.replace(/^\//, ""), s.site.url).href);
    const width = await pageWidth(page);
    if (width > 320) offenders.push(`${path}: ${width} px`);
  }
  expect(offenders).toEqual([]);
  await context.close();
});

// The lesson whose Markdown tables have the most columns: on a phone they cannot fit.
const TABLE_LINE = /^\|(.*)\|\s*$/gm;
const columns = (body: string) => Math.max(0, ...[...body.matchAll(TABLE_LINE)].map((m) => m[1]!.split("|").length));
const widest = lessons().toSorted((a, b) => columns(b.body) - columns(a.body))[0]!;
const tablesOf = (body: string) => body.match(/^\|(?:\s*:?-{3,}:?\s*\|)+\s*$/gm)?.length ?? 0;

test("at 320 px a lesson's wide table scrolls in its own frame, which a keyboard can scroll", async () => {
  expect(columns(widest.body)).toBeGreaterThanOrEqual(4);
  const { page, context } = await s.open(`/lecons/${widest.id}/`, { viewport: { width: 320, height: 640 } });
  const frames = page.getByRole("region", { name: /^Tableau\s:\s/ });
  expect(await frames.count()).toBe(tablesOf(widest.body));
  const scrolling = [];
  for (const frame of await frames.all()) {
    if (await frame.evaluate((el) => el.scrollWidth > el.clientWidth)) scrolling.push(frame);
  }
  expect(scrolling.length).toBeGreaterThan(0);
  expect(await pageWidth(page)).toBeLessThanOrEqual(320);
  const frame = scrolling[0]!;
  await frame.focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => frame.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  await expectNoAxeViolations(page, { label: "320 px" });
  await context.close();
});

// The sitemap's pages are checked as they load; a quiz widens only once its code has come (the
// ordering questions' move buttons) and once checked (feedback, result).
test("at 320 px a lesson's quiz fits, enhanced and checked", async () => {
  const lesson = lessons().find((l) => l.quiz.questions.some((q) => q.kind === "ordering"))!;
  const { page, context } = await s.open(`/lecons/${lesson.id}/`, { viewport: { width: 320, height: 640 } });
  await page.locator("relais-quiz").scrollIntoViewIfNeeded();
  await page.locator("relais-quiz.is-enhanced").waitFor();
  expect(await pageWidth(page), "quiz enhanced").toBeLessThanOrEqual(320);
  await answerAll(page, [0]);
  await page.getByRole("button", { name: "Vérifier mes réponses" }).click();
  await page.locator(".quiz-result").waitFor();
  expect(await pageWidth(page), "quiz checked").toBeLessThanOrEqual(320);
  await context.close();
});

/** Where the header's parts sit: its height, and whether each one lies within it (one row). */
const headerRow = (page: Page) =>
  page.locator(".site-header").evaluate((header) => {
    const box = header.getBoundingClientRect();
    const parts = [".brand", ".site-menu > summary", ".search-link", ".theme-toggle"].map((selector) => {
      const part = header.querySelector(selector)!.getBoundingClientRect();
      return part.height > 0 && part.top >= box.top && part.bottom <= box.bottom;
    });
    return { height: box.height, partsWithin: parts };
  });

describe.each(["light", "dark"] as const)("the header on a phone, %s theme", (colorScheme) => {
  const [now, other] = colorScheme === "dark" ? ["clair", "sombre"] : ["sombre", "clair"];

  test("one row at most 56 px tall at 390 and 320 px, each button worded and named", async () => {
    const { page, context, trouble } = await s.open(PAGE, { ...PHONE, colorScheme });
    for (const width of [390, 320]) {
      await page.setViewportSize({ width, height: 844 });
      const row = await headerRow(page);
      expect(row.height, `${width} px`).toBeLessThanOrEqual(56);
      expect(row.partsWithin, `${width} px`).toEqual([true, true, true, true]);
    }
    // The words show under the icons; the names are whole: « Thème clair » while the dark theme is on.
    const search = page.getByRole("link", { name: /^Rechercher\b/ });
    expect(await search.innerText()).toMatch(/Rechercher/);
    const theme = page.getByRole("button", { name: `Thème ${now}`, exact: true });
    expect(await theme.isVisible()).toBe(true);
    expect(await theme.innerText()).toMatch(new RegExp(now));
    const menu = page.locator(".site-menu > summary");
    expect(await menu.innerText()).toMatch(/Menu/);
    await expectNoAxeViolations(page, { label: `390 px, ${colorScheme}` });

    // The links are behind « Menu », which opens them over the page; the header keeps its height.
    const catalogue = page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", {
      name: "Catalogue",
    });
    expect(await catalogue.isVisible()).toBe(false);
    await menu.click();
    expect(await catalogue.isVisible()).toBe(true);
    expect((await headerRow(page)).height).toBeLessThanOrEqual(56);
    await expectNoAxeViolations(page, { label: `menu open, ${colorScheme}` });
    await menu.click();
    expect(await catalogue.isVisible()).toBe(false);

    // Pressed, the toggle switches the theme and is named after the other one.
    await theme.click();
    expect(await page.evaluate(() => document.documentElement.dataset["theme"])).toBe(
      colorScheme === "dark" ? "light" : "dark",
    );
    expect(await page.getByRole("button", { name: `Thème ${other}`, exact: true }).isVisible()).toBe(true);

    expect(trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
    await context.close();
  });
});

test("at 1280 px the header is one row with its links in view and its buttons in full words", async () => {
  const { page, context } = await s.open(PAGE, { ...WIDE, colorScheme: "dark" });
  const row = await headerRow(page);
  expect(row.height).toBeLessThanOrEqual(65); // 64 px before the phone's header came
  // No « Menu » there: the links stand in the row.
  expect(await page.locator(".site-menu > summary").isVisible()).toBe(false);
  const nav = page.getByRole("navigation", { name: "Navigation principale" });
  for (const link of await nav.getByRole("link").all()) expect(await link.isVisible()).toBe(true);
  expect(await page.locator(".search-link").innerText()).toMatch(/^⌕\s*Rechercher\s*Ctrl K$/);
  expect(await page.getByRole("button", { name: "Thème clair", exact: true }).innerText()).toMatch(
    /^◐\s*Thème\s+clair$/,
  );
  await expectNoAxeViolations(page, { label: "1280 px" });
  await context.close();
});

const visibleLessons = (page: Page) => page.locator(".catalogue-list > li:visible").count();

describe.each([true, false])("the catalogue on a phone (JavaScript: %s)", (javaScriptEnabled) => {
  test("its first screen shows lessons; « Filtrer » unfolds the filters, which work", async () => {
    const { page, context } = await s.open("/catalogue/", { ...PHONE, javaScriptEnabled });
    const level = page.getByRole("group", { name: "Niveau" });
    expect(await level.isVisible()).toBe(false);
    const firstLesson = page.locator(".catalogue-list > li a").first();
    const bottom = await firstLesson.evaluate((a) => a.getBoundingClientRect().bottom);
    expect(bottom).toBeLessThanOrEqual(844);
    // axe runs as a script in the page: it checks the run with JavaScript (the markup is the same).
    if (javaScriptEnabled) await expectNoAxeViolations(page, { label: "filtres repliés" });

    await page.locator(".filter-fold > summary", { hasText: "Filtrer" }).click();
    expect(await level.isVisible()).toBe(true);
    await level.getByLabel("Intermédiaire").check();
    expect(await visibleLessons(page)).toBe(lessons().filter((l) => l.level === "intermediaire").length);
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    if (javaScriptEnabled) await expectNoAxeViolations(page, { label: "filtres dépliés" });
    await context.close();
  });
});

test("at 1280 px the catalogue's filters stand open beside the lessons", async () => {
  const { page, context } = await s.open("/catalogue/", WIDE);
  expect(await page.locator(".filter-fold > summary").isVisible()).toBe(false);
  const level = page.getByRole("group", { name: "Niveau" });
  expect(await level.isVisible()).toBe(true);
  const filters = await page.locator(".filters").boundingBox();
  const firstLesson = await page.locator(".catalogue-list > li").first().boundingBox();
  expect(firstLesson!.x).toBeGreaterThan(filters!.x + filters!.width);
  expect(firstLesson!.y).toBeLessThan(900);
  await level.getByLabel("Confirmé").check();
  expect(await visibleLessons(page)).toBe(lessons().filter((l) => l.level === "confirme").length);
  await context.close();
});
