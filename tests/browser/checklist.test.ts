// The role-definition checklist: answers kept on the device, Markdown export,
// the printed sheet, and share links that never overwrite silently.
import { expect, test } from "vitest";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { useSite } from "../support/site-fixture.ts";
import { checklists } from "../support/course.ts";
import { answerDialog } from "../support/dialog.ts";

const s = useSite();
const ROLE = "/fiches/role-du-cm/";
/** The role checklist as its content file writes it. */
const role = checklists().find((checklist) => checklist.id === "role-du-cm")!;

/** Answers the first n items: in the role (or out for odd ones), an owner, a note. */
async function fillItems(page: Page, n: number) {
  const items = page.locator("fieldset.checklist-item");
  for (let i = 0; i < n; i++) {
    const item = items.nth(i);
    await item.getByLabel(i % 2 === 0 ? "Oui" : "Non").check();
    await item.locator("select").selectOption(i === 0 ? "direction" : "partage");
    await item.locator("input[type=text]").fill(`Note ${i} : « essai »`);
  }
  await page.locator("fieldset.checklist-item").first().locator("select").dispatchEvent("change");
}
/** Clicks « Créer un lien de partage » and waits for the link. */
async function shareLink(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Créer un lien de partage" }).click();
  const field = page.getByLabel(/Lien à partager/);
  await expect.poll(() => field.inputValue()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/fiches\/role-du-cm\/#r1\./);
  return field.inputValue();
}
/** The checklist's answers as the device keeps them, once saving (debounced for notes) is done. */
const stored = (page: Page) =>
  page.evaluate(
    () =>
      (
        JSON.parse(localStorage.getItem("relais:progress:v1") ?? "{}") as {
          checklists?: Record<string, Record<string, { included: boolean | null; owner: string | null; note: string }>>;
        }
      ).checklists?.["role-du-cm"] ?? {},
  );
/** Waits until the form's first items are what the device keeps (no sleep: saving is debounced). */
async function untilSaved(page: Page) {
  await expect
    .poll(async () => {
      const answered = (await answersOf(page)).filter((answer) => answer.note !== "");
      const kept = Object.values(await stored(page));
      return answered.every((answer) => kept.some((k) => k.note === answer.note && k.owner === answer.owner));
    })
    .toBe(true);
}
const answersOf = (page: Page) =>
  page.locator("fieldset.checklist-item").evaluateAll((items) =>
    items.slice(0, 4).map((item) => ({
      in: (item.querySelector("input[type=radio]:checked") as HTMLInputElement | null)?.value ?? null,
      owner: item.querySelector("select")!.value,
      note: item.querySelector<HTMLInputElement>("input[type=text]")!.value,
    })),
  );

test("the page lists the file's items in its sections, and the summary follows the answers", async () => {
  const { page, context, trouble } = await s.open(ROLE);
  const items = role.sections.flatMap((section) => section.items.map((item) => item.id));
  expect(
    await page
      .locator("fieldset.checklist-item")
      .evaluateAll((all) => all.map((f) => (f as HTMLElement).dataset["item"])),
  ).toEqual(items);
  expect(await page.locator(".checklist-section").count()).toBe(role.sections.length);
  await fillItems(page, 3);
  expect(await page.locator(".checklist-summary").textContent()).toMatch(
    `2 éléments retenus sur ${items.length}, ${items.length - 3} encore à décider.`,
  );
  expect(await page.locator("ul.owner-counts").textContent()).toContain("Direction\u00a0: 1");
  expect(trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
  await context.close();
});

test("answers survive a reload", async () => {
  const { page, context } = await s.open(ROLE);
  await fillItems(page, 4);
  await untilSaved(page);
  const before = await answersOf(page);
  await page.reload();
  expect(await answersOf(page)).toEqual(before);
  await context.close();
});

test("the Markdown file holds the sheet", async () => {
  const { page, context } = await s.open(ROLE);
  await fillItems(page, 2);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Télécharger en Markdown" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^role-du-cm-\d{4}-\d\d-\d\d\.md$/);
  const text = readFileSync((await download.path())!, "utf8");
  const first = await page.locator("fieldset.checklist-item legend").first().textContent();
  expect(text).toMatch(/^# Définir le rôle du CM\n/);
  expect(text).toContain(`- [x] ${first} — `);
  expect(text).toContain("Direction");
  expect(text).toContain("Note 0 : « essai »");
  expect(text).toContain("(non retenu)");
  await context.close();
});

test("printing shows the role sheet only, on A4", async () => {
  const { page, context } = await s.open(ROLE);
  await fillItems(page, 4);
  await page.emulateMedia({ media: "print" });
  // Only the sheet: not the form, the tools, the page's header and footer or its introduction.
  for (const hidden of [
    "form.checklist-form",
    ".checklist-tools",
    ".site-header",
    ".site-footer",
    ".checklist-page > h1",
  ]) {
    expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
  }
  const sheet = page.locator(".print-sheet");
  expect(await sheet.isVisible()).toBe(true);
  expect(await sheet.locator("h1").textContent()).toBe("Définir le rôle du CM");
  expect(await sheet.locator("tr").count()).toBe(2);
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
  await context.close();
});

test("« Tout effacer » asks first: cancelling keeps the answers, confirming clears them for good", async () => {
  const { page, context } = await s.open(ROLE);
  await fillItems(page, 3);
  await untilSaved(page);
  const before = await answersOf(page);
  const kept = await stored(page);
  const dialog = page.getByRole("dialog", { name: "Effacer toutes les réponses\u00a0?" });

  await page.getByRole("button", { name: "Tout effacer…" }).click();
  expect(await answerDialog(dialog, "Annuler")).toBe("cancel");
  expect(await answersOf(page)).toEqual(before);
  expect(await stored(page)).toEqual(kept);

  await page.getByRole("button", { name: "Tout effacer…" }).click();
  expect(await answerDialog(dialog, "Tout effacer")).toBe("reset");
  expect(await page.locator(".checklist-notice").textContent()).toBe(
    "Toutes les réponses de cette fiche ont été effacées.",
  );
  const cleared = (answers: { in: string | null; note: string }[]) =>
    answers.every((answer) => answer.in === null && answer.note === "");
  expect(cleared(await answersOf(page))).toBe(true);
  expect(Object.values(await stored(page)).every((a) => a.included === null && a.note === "")).toBe(true);
  await page.reload();
  expect(cleared(await answersOf(page))).toBe(true);
  expect(await page.locator(".checklist-summary").textContent()).toMatch(/^0 élément retenu sur /);
  await context.close();
});

test("a share link opened in a fresh browser asks, then shows the shared answers", async () => {
  const { page, context } = await s.open(ROLE);
  await fillItems(page, 3);
  const link = await shareLink(page);
  const shared = await answersOf(page);
  await context.close();

  const other = await s.browser.newContext({ serviceWorkers: "block" });
  const fresh = await other.newPage();
  await fresh.goto(link);
  const panel = fresh.getByRole("region", { name: "Fiche reçue par lien" });
  await panel.waitFor();
  expect(await panel.textContent()).toContain("2 éléments retenus");
  expect((await answersOf(fresh))[0]!.in).toBeNull(); // nothing applied before confirming
  await fresh.getByRole("button", { name: "Remplacer mes réponses" }).click();
  expect((await answersOf(fresh)).slice(0, 3)).toEqual(shared.slice(0, 3));
  await fresh.reload();
  expect((await answersOf(fresh)).slice(0, 3)).toEqual(shared.slice(0, 3));
  await other.close();
});

test("a tampered link gets a clear message and leaves the answers untouched", async () => {
  const { page, context } = await s.open(ROLE);
  await fillItems(page, 2);
  await untilSaved(page);
  const before = await answersOf(page);
  const link = await shareLink(page);
  const tampered = link.slice(0, -6) + (link.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA");
  await page.goto("about:blank");
  await page.goto(tampered);
  const alert = page.getByRole("alert").filter({ hasText: "lien" });
  await alert.waitFor();
  expect(await alert.textContent()).toContain("Vos réponses actuelles n’ont pas été modifiées");
  expect(await page.getByRole("region", { name: "Fiche reçue par lien" }).isVisible()).toBe(false);
  expect(await answersOf(page)).toEqual(before);
  await context.close();
});

test("refusing a shared link keeps one's own answers", async () => {
  const { page, context } = await s.open(ROLE);
  await fillItems(page, 1);
  const link = await shareLink(page);
  await page.locator("fieldset.checklist-item").first().getByLabel("Non").check();
  const first = await page.locator("fieldset.checklist-item").first().getAttribute("data-item");
  await expect.poll(async () => (await stored(page))[first!]?.included).toBe(false);
  await page.goto("about:blank");
  await page.goto(link);
  await page.getByRole("button", { name: "Garder mes réponses" }).click();
  expect((await answersOf(page))[0]!.in).toBe("non");
  await context.close();
});
