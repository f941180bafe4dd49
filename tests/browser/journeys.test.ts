// What a first-time reader does: pick a door, read, go on; filter the catalogue;
// choose a theme and find it again tomorrow.
import { expect, test } from "vitest";
import { useSite } from "../support/site-fixture.ts";
import { lessons } from "../support/course.ts";

const s = useSite();

test("home → a door → a lesson → the next lesson", async () => {
  const { page, context, trouble } = await s.open("/");
  await page.getByRole("link", { name: "Je débute comme CM" }).click();
  await page.waitForURL(/\/pour\/cm-junior\/$/);
  expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Votre parcours de CM débutant");

  const firstLesson = page.locator("main ol.path a").first();
  const title = await firstLesson.textContent();
  await firstLesson.click();
  await page.waitForURL(/\/lecons\/[^/]+\/$/);
  expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(title);
  await expect.poll(() => page.getByRole("heading", { name: "Objectifs" }).count()).toBe(1);
  expect(await page.getByRole("navigation", { name: "Sommaire" }).count()).toBe(1);

  const next = page.locator('a[rel="next"]');
  const nextTitle = (await next.evaluate((a) => a.lastChild?.textContent ?? "")).trim();
  await next.click();
  await page.waitForURL(/\/lecons\/[^/]+\/$/);
  expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(nextTitle);
  expect(await page.locator('a[rel="prev"], a[rel="next"]').count()).toBeGreaterThan(0);
  expect(trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
  await context.close();
});

test("a catalogue filter narrows the list, and 'Tous' brings it back", async () => {
  const { page, context } = await s.open("/catalogue/");
  const course = lessons();
  const count = (keep: (lesson: (typeof course)[number]) => boolean) => course.filter(keep).length;
  const visible = () => page.locator(".catalogue-list > li:visible").count();
  const all = await visible();
  expect(all).toBe(course.length);
  await page.getByRole("group", { name: "Public" }).getByLabel("Proches").check();
  expect(await visible()).toBe(count((l) => l.audiences.includes("parent")));
  for (const card of await page.locator(".catalogue-list > li:visible").all()) {
    expect(await card.getAttribute("data-audience")).toContain("parent");
  }
  await page.getByRole("group", { name: "Type" }).getByLabel("Fiche réflexe").check();
  expect(await visible()).toBe(count((l) => l.audiences.includes("parent") && l.kind === "playbook"));
  await page.getByRole("group", { name: "Public" }).getByLabel("Tous").check();
  expect(await visible()).toBe(count((l) => l.kind === "playbook"));
  await page.getByRole("button", { name: "Effacer les filtres" }).click();
  expect(await visible()).toBe(all);
  await context.close();
});

test("the catalogue filters work without JavaScript", async () => {
  const { page, context } = await s.open("/catalogue/", { javaScriptEnabled: false });
  await page.getByRole("group", { name: "Niveau" }).getByLabel("Intermédiaire").check();
  expect(await page.locator(".catalogue-list > li:visible").count()).toBe(
    lessons().filter((l) => l.level === "intermediaire").length,
  );
  await context.close();
});

test("the theme toggle switches to dark and is remembered after a reload and on other pages", async () => {
  const { page, context } = await s.open("/", { colorScheme: "light" });
  // The button names the theme it switches to.
  const toggle = page.getByRole("button", { name: "Thème sombre", exact: true });
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await toggle.click();
  expect(await page.getByRole("button", { name: "Thème clair", exact: true }).count()).toBe(1);
  expect(await background()).not.toBe(light);

  await page.reload();
  expect(await page.evaluate(() => document.documentElement.dataset["theme"])).toBe("dark");
  expect(await page.getByRole("button", { name: "Thème clair", exact: true }).count()).toBe(1);
  await page.getByRole("link", { name: "Glossaire" }).first().click();
  await page.waitForURL(/glossaire/);
  expect(await background()).not.toBe(light);
  await context.close();
});

test("the theme follows the system until the reader chooses, and the toggle's name follows it", async () => {
  const { page, context } = await s.open("/", { colorScheme: "dark" });
  expect(await page.getByRole("button", { name: "Thème clair", exact: true }).count()).toBe(1);
  expect(await page.evaluate(() => document.documentElement.dataset["theme"])).toBeUndefined();
  await page.emulateMedia({ colorScheme: "light" });
  await expect.poll(() => page.getByRole("button", { name: "Thème sombre", exact: true }).count()).toBe(1);
  await context.close();
});

test("an unknown address shows the French 404 page", async () => {
  const { page, context } = await s.open("/cette-page-n-existe-pas/");
  expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Page introuvable");
  await page.getByRole("link", { name: "Revenir à l'accueil" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await context.close();
});

test("a printed lesson is its text on light paper: no navigation, no quiz, its address at the end", async () => {
  // A fiche réflexe (printed in two columns) with lessons to read first and further reading.
  const lesson = lessons().find((l) => l.kind === "playbook" && l.prerequisites.length > 0 && l.related.length > 0)!;
  const { page, context } = await s.open(`/lecons/${lesson.id}/`, { colorScheme: "dark" });
  const NAVIGATION = [".site-header", ".site-footer", ".breadcrumbs", ".lesson-aside", ".prev-next", ".related"];
  // What only the screen has: navigation, the quiz, the box of lessons to read first (.no-print).
  const SCREEN_ONLY = [...NAVIGATION, "relais-quiz", ".no-print"];
  const TEXT = ["h1", ".lead", "#objectives-title", ".lesson-body"];
  const visible = (selector: string) => page.locator(selector).first().isVisible();
  const address = page.locator(".print-only");
  for (const selector of [...SCREEN_ONLY, ...TEXT]) expect(await visible(selector), selector).toBe(true);
  expect(await address.isVisible()).toBe(false);
  const colours = () =>
    page.evaluate(() => {
      const { color, backgroundColor } = getComputedStyle(document.body);
      return { color, backgroundColor };
    });
  const dark = await colours();
  await page.emulateMedia({ colorScheme: "light" });
  const light = await colours();
  expect(light).not.toEqual(dark);

  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  for (const selector of SCREEN_ONLY) expect(await visible(selector), selector).toBe(false);
  for (const selector of TEXT) expect(await visible(selector), selector).toBe(true);
  expect(await address.textContent()).toBe(`Relais · https://relais.example.org/lecons/${lesson.id}/`);
  expect(await address.isVisible()).toBe(true);
  // The text takes the page's width, in two columns for a fiche réflexe.
  expect(await page.locator(".lesson-layout").evaluate((el) => getComputedStyle(el).display)).toBe("block");
  expect(await page.locator(".lesson-body").evaluate((el) => getComputedStyle(el).columnCount)).toBe("2");
  // A reader in the dark theme prints in the light one.
  expect(await colours()).toEqual(light);
  await context.close();
});
