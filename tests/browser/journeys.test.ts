// What a first-time reader does: pick a door, read, go on; filter the catalogue;
// choose a theme and find it again tomorrow.
import { expect, test } from "vitest";
import { useSite } from "../support/site-fixture.ts";

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
  const visible = () => page.locator(".catalogue-list > li:visible").count();
  const all = await visible();
  expect(all).toBeGreaterThan(3);
  await page.getByRole("group", { name: "Public" }).getByLabel("Proches").check();
  const forParents = await visible();
  expect(forParents).toBeGreaterThan(0);
  expect(forParents).toBeLessThan(all);
  for (const card of await page.locator(".catalogue-list > li:visible").all()) {
    expect(await card.getAttribute("data-audience")).toContain("parent");
  }
  await page.getByRole("group", { name: "Type" }).getByLabel("Fiche réflexe").check();
  expect(await visible()).toBe(0);
  await page.getByRole("group", { name: "Public" }).getByLabel("Tous").check();
  expect(await visible()).toBeGreaterThan(0);
  await page.getByRole("button", { name: "Effacer les filtres" }).click();
  expect(await visible()).toBe(all);
  await context.close();
});

test("the catalogue filters work without JavaScript", async () => {
  const { page, context } = await s.open("/catalogue/", { javaScriptEnabled: false });
  const all = await page.locator(".catalogue-list > li:visible").count();
  await page.getByRole("group", { name: "Niveau" }).getByLabel("Intermédiaire").check();
  expect(await page.locator(".catalogue-list > li:visible").count()).toBeLessThan(all);
  await context.close();
});

test("the theme toggle switches to dark and is remembered after a reload and on other pages", async () => {
  const { page, context } = await s.open("/", { colorScheme: "light" });
  const toggle = page.getByRole("button", { name: "Thème sombre" });
  expect(await toggle.getAttribute("aria-pressed")).toBe("false");
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await toggle.click();
  expect(await toggle.getAttribute("aria-pressed")).toBe("true");
  expect(await background()).not.toBe(light);

  await page.reload();
  expect(await page.evaluate(() => document.documentElement.dataset["theme"])).toBe("dark");
  expect(await page.getByRole("button", { name: "Thème sombre" }).getAttribute("aria-pressed")).toBe("true");
  await page.getByRole("link", { name: "Glossaire" }).first().click();
  await page.waitForURL(/glossaire/);
  expect(await background()).not.toBe(light);
  await context.close();
});

test("the theme follows the system until the reader chooses", async () => {
  const { page, context } = await s.open("/", { colorScheme: "dark" });
  expect(await page.getByRole("button", { name: "Thème sombre" }).getAttribute("aria-pressed")).toBe("true");
  expect(await page.evaluate(() => document.documentElement.dataset["theme"])).toBeUndefined();
  await context.close();
});

test("an unknown address shows the French 404 page", async () => {
  const { page, context } = await s.open("/cette-page-n-existe-pas/");
  expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Page introuvable");
  await page.getByRole("link", { name: "Revenir à l'accueil" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await context.close();
});
