// The role-definition checklist: answers kept on the device, the progress that stays in view
// with the actions, the Markdown export, the printed sheet (and its PDF), and share links that
// never overwrite silently, whether they open the page or arrive while it is open.
import { expect, test } from "vitest";
import { readFileSync } from "node:fs";
import type { Locator, Page } from "playwright-core";
import { useSite } from "../support/site-fixture.ts";
import { checklists } from "../support/course.ts";
import { answerDialog } from "../support/dialog.ts";
import { expectNoAxeViolations } from "../support/accessibility.ts";
import { pdfPages } from "../support/pdf-text.ts";

const s = useSite();
const ROLE = "/fiches/role-du-cm/";
/** The role checklist as its content file writes it. */
const role = checklists().find((checklist) => checklist.id === "role-du-cm")!;
const ITEMS = role.sections.flatMap((section) => section.items).length;
const NBSP = "\u00a0";
const PHONE = { viewport: { width: 390, height: 844 } };

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
/** Decides every item at once (in, out, and so on), each with a short note, as a finished sheet would be. */
async function decideAll(page: Page) {
  await page.locator("fieldset.checklist-item").evaluateAll((items) =>
    items.forEach((item, i) => {
      item.querySelectorAll<HTMLInputElement>("input[type=radio]")[i % 3 === 1 ? 1 : 0]!.checked = true;
      item.querySelector("select")!.value = i % 3 === 1 ? "direction" : "cm";
      item.querySelector<HTMLInputElement>("input[type=text]")!.value = `Note ${i} : voir avec Camille`;
    }),
  );
  await page.locator("fieldset.checklist-item").first().locator("select").dispatchEvent("change");
}
/** Clicks « Lien de partage » and waits for the link. */
async function shareLink(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Lien de partage" }).click();
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
/** Whether the element is wholly inside the viewport. */
const inView = (locator: Locator) =>
  locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= innerHeight && box.height > 0;
  });
const progress = (page: Page) => page.getByRole("status").filter({ hasText: /décidé/ });
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
  expect(await progress(page).textContent()).toBe(`3${NBSP}/${NBSP}${items.length} décidés`);
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
  // A rejected item keeps its owner and its note.
  const second = await page.locator("fieldset.checklist-item > legend").nth(1).textContent();
  expect(text).toContain(
    `- [ ] ${second} (non retenu) — Qui s’en charge${NBSP}: Partagé\n  - Note${NBSP}: Note 1 : « essai »`,
  );
  expect(text).toContain("(à décider)");
  await context.close();
});

test("a note is text: the Markdown file escapes its HTML and markup, screen and print show it as typed", async () => {
  const { page, context } = await s.open(ROLE);
  const note = "<b>x</b> *y* | z";
  const first = page.locator("fieldset.checklist-item").first();
  await first.getByLabel("Non").check();
  await first.locator("input[type=text]").fill(note);
  await untilSaved(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Télécharger en Markdown" }).click(),
  ]);
  const text = readFileSync((await download.path())!, "utf8");
  expect(text).toContain(`  - Note${NBSP}: \\<b\\>x\\</b\\> \\*y\\* \\| z`);
  expect(text).not.toContain("<b>");
  expect(await first.locator("input[type=text]").inputValue()).toBe(note);
  await page.emulateMedia({ media: "print" });
  const row = page.locator(".print-sheet tbody tr").nth(1);
  expect(await row.locator("td").last().textContent()).toBe(note);
  expect(await page.locator(".print-sheet b").count()).toBe(0);
  await context.close();
});

test("printing shows the role sheet only: headed columns, every item, a rejected item's owner and note", async () => {
  const { page, context } = await s.open(ROLE);
  await fillItems(page, 4);
  await page.emulateMedia({ media: "print" });
  // Only the sheet: not the form, the summary, the bar, the page's header and footer or its introduction.
  for (const hidden of [
    "form.checklist-form",
    ".checklist-overview",
    ".checklist-bar",
    ".site-header",
    ".site-footer",
    ".checklist-page > h1",
  ]) {
    expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
  }
  const sheet = page.locator(".print-sheet");
  expect(await sheet.isVisible()).toBe(true);
  expect(await sheet.locator("h1").textContent()).toBe("Définir le rôle du CM");
  // Column headings in the table's head, which a printed table repeats on every page.
  const headings = sheet.locator("thead th[scope=col]");
  expect(await headings.allTextContents()).toEqual(["Élément", "Dans le rôle", "Qui s’en charge", "Note"]);
  expect(await headings.first().evaluate((th) => getComputedStyle(th.closest("thead")!).display)).toBe(
    "table-header-group",
  );
  // One row per item under each section's title.
  expect(await sheet.locator("tbody tr.sheet-section").allTextContents()).toEqual(role.sections.map((s) => s.title));
  expect(await sheet.locator("tbody tr:not(.sheet-section)").count()).toBe(ITEMS);
  const cells = (n: number) => sheet.locator("tbody tr:not(.sheet-section)").nth(n).locator("td").allTextContents();
  const labels = await page.locator("fieldset.checklist-item > legend").allTextContents();
  expect(await cells(0)).toEqual([labels[0], "Oui", "Direction", "Note 0 : « essai »"]);
  expect(await cells(1)).toEqual([labels[1], "Non retenu", "Partagé", "Note 1 : « essai »"]);
  expect((await cells(4)).slice(1, 2)).toEqual(["À décider"]);
  await context.close();
});

test("the full role sheet, every item decided with a note, prints on two A4 pages at most, each headed", async () => {
  const { page, context } = await s.open(ROLE);
  await decideAll(page);
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  const count = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(count).toBeGreaterThanOrEqual(1);
  expect(count).toBeLessThanOrEqual(2);
  const pages = pdfPages(pdf);
  expect(pages).toHaveLength(count);
  const text = pages.join("\n");
  // The column headings open every page (under the title and date on the first).
  const headed = /^(Définir le rôle du CM Fiche établie le [^.]+\. )?Élément Dans le rôle Qui s’en charge Note /;
  for (const [n, page] of pages.entries()) expect(page.replace(/\n/g, " "), `page ${n + 1}`).toMatch(headed);
  expect(pages[0]).toMatch(/^Définir le rôle du CM\n/);
  // Every item is there; the second one, rejected, with its owner and note.
  expect(text).toContain("Non retenu\nDirection\nNote 1 : voir avec Camille");
  expect(text).toContain("Note 65 : voir avec Camille");
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
  // Nothing of one's own to replace or keep: the choice is to load the link's answers or not.
  expect(await panel.getByRole("button").allTextContents()).toEqual(["Charger ces réponses", "Ne pas les charger"]);
  expect(await panel.textContent()).not.toMatch(/Remplacer|Garder/);
  await expectNoAxeViolations(fresh, { within: ".checklist-import", label: "link received, no answers yet" });
  expect((await answersOf(fresh))[0]!.in).toBeNull(); // nothing applied before confirming
  await fresh.getByRole("button", { name: "Charger ces réponses" }).click();
  expect(await fresh.locator(".checklist-notice").textContent()).toBe("Les réponses du lien ont été chargées.");
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

test("a share link opened while the page is open is offered too; an anchor of the page is not a link", async () => {
  const { page, context } = await s.open(ROLE);
  await fillItems(page, 3);
  const fragment = new URL(await shareLink(page)).hash;
  const shared = await answersOf(page);
  await context.close();

  const { page: open, context: other, trouble } = await s.open(ROLE);
  await open.locator("fieldset.checklist-item").first().getByLabel("Non").check();
  const panel = open.getByRole("region", { name: "Fiche reçue par lien" });
  // The skip link's target is an anchor: neither an offer nor an error.
  await open.evaluate(() => (location.hash = "#contenu"));
  await open.evaluate((hash) => (location.hash = hash), fragment);
  await panel.waitFor();
  expect(await open.getByRole("alert").filter({ hasText: "lien" }).isVisible()).toBe(false);
  expect(await panel.textContent()).toContain("L’ouvrir remplacera votre réponse actuelle.");
  expect(await panel.getByRole("button").allTextContents()).toEqual(["Remplacer mes réponses", "Garder mes réponses"]);
  expect(await open.evaluate(() => document.activeElement?.textContent)).toBe("Remplacer mes réponses");
  await expectNoAxeViolations(open, { within: ".checklist-import", label: "link received, answers of one's own" });
  await open.getByRole("button", { name: "Remplacer mes réponses" }).click();
  expect((await answersOf(open)).slice(0, 3)).toEqual(shared.slice(0, 3));
  expect(await open.locator(".checklist-notice").textContent()).toBe("La fiche du lien a remplacé vos réponses.");
  expect(open.url()).not.toContain("#");
  // The same link opened once more is offered again.
  await open.evaluate((hash) => (location.hash = hash), fragment);
  await panel.waitFor();
  expect(trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
  await other.close();
});

test("the progress stays in view down to the end of the list and follows decisions, not typing", async () => {
  const { page, context } = await s.open(ROLE, PHONE);
  const bar = page.getByRole("region", { name: "Avancement et actions" });
  expect(await progress(page).textContent()).toBe(`0${NBSP}/${NBSP}${ITEMS} décidé`);
  expect(await inView(bar)).toBe(true);
  // A phone keeps the bar to one line until « Actions » unfolds the buttons.
  const print = bar.getByRole("button", { name: "Imprimer" });
  expect(await print.isVisible()).toBe(false);
  expect((await bar.boundingBox())!.height).toBeLessThanOrEqual(72);

  const last = page.locator("fieldset.checklist-item").last();
  await last.scrollIntoViewIfNeeded();
  await last.getByLabel("Oui").check();
  await expect.poll(() => progress(page).textContent()).toBe(`1${NBSP}/${NBSP}${ITEMS} décidé`);
  expect(await inView(bar)).toBe(true);
  expect(await bar.locator("progress").evaluate((meter: HTMLProgressElement) => [meter.value, meter.max])).toEqual([
    1,
    ITEMS,
  ]);

  // Typing a note changes no count: the status is not rewritten, so nothing is announced.
  await progress(page).evaluate((status) => {
    const w = window as unknown as { rewrites: number };
    w.rewrites = 0;
    new MutationObserver((changes) => (w.rewrites += changes.length)).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  await last.locator("input[type=text]").pressSequentially("Avec Camille");
  await expect.poll(async () => Object.values(await stored(page)).some((a) => a.note === "Avec Camille")).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { rewrites: number }).rewrites)).toBe(0);
  await page
    .locator("fieldset.checklist-item")
    .nth(ITEMS - 2)
    .getByLabel("Non")
    .check();
  await expect.poll(() => progress(page).textContent()).toBe(`2${NBSP}/${NBSP}${ITEMS} décidés`);

  // At the very end of the page: the bar, its actions, and « Tout effacer… » after the summary.
  await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
  await bar.getByRole("button", { name: "Actions" }).click();
  expect(await bar.getByRole("button", { name: "Actions" }).getAttribute("aria-expanded")).toBe("true");
  for (const name of ["Imprimer", "Télécharger en Markdown", "Lien de partage"]) {
    expect(await inView(bar.getByRole("button", { name })), name).toBe(true);
  }
  expect(await inView(page.getByRole("button", { name: "Tout effacer…" }))).toBe(true);
  // The whole page is checked by every-page.test.ts; here, the parts in their new state.
  await expectNoAxeViolations(page, { within: ".checklist-bar", label: "phone, bar unfolded" });
  await expectNoAxeViolations(page, { within: ".checklist-overview", label: "summary at the end" });
  await context.close();
});

test("on a wide screen the bar holds its actions on one line, without « Actions »", async () => {
  const { page, context } = await s.open(ROLE, { viewport: { width: 1280, height: 800 } });
  const bar = page.getByRole("region", { name: "Avancement et actions" });
  expect(await bar.getByRole("button", { name: "Actions" }).isVisible()).toBe(false);
  for (const name of ["Imprimer", "Télécharger en Markdown", "Lien de partage"]) {
    expect(await inView(bar.getByRole("button", { name })), name).toBe(true);
  }
  expect((await bar.boundingBox())!.height).toBeLessThanOrEqual(72);
  await page.locator("fieldset.checklist-item").nth(30).scrollIntoViewIfNeeded();
  expect(await inView(bar)).toBe(true);
  await expectNoAxeViolations(page, { within: ".checklist-bar", label: "wide, bar mid-list" });
  // The link made shows in the bar; the next answer makes it stale, and it goes.
  await shareLink(page);
  await expectNoAxeViolations(page, { within: ".checklist-bar", label: "wide, link in the bar" });
  await page.locator("fieldset.checklist-item").nth(30).getByLabel("Oui").check();
  await expect.poll(() => page.getByLabel(/Lien à partager/).isVisible()).toBe(false);
  await context.close();
});

test("a control reached with Tab is never hidden behind the bar", async () => {
  for (const viewport of [PHONE.viewport, { width: 1280, height: 800 }]) {
    const { page, context } = await s.open(ROLE, { viewport });
    await page.locator("fieldset.checklist-item").first().getByLabel("Oui").focus();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      const overlap = await page.evaluate(() => {
        const bar = document.querySelector(".checklist-bar")!;
        const focused = document.activeElement!;
        return bar.contains(focused) ? 0 : focused.getBoundingClientRect().bottom - bar.getBoundingClientRect().top;
      });
      expect(overlap, `${viewport.width} px, Tab ${i + 1}`).toBeLessThanOrEqual(0);
    }
    await context.close();
  }
});

test("each checklist says what to do in its own words", async () => {
  for (const checklist of checklists()) {
    const { page, context } = await s.open(`/fiches/${checklist.id}/`);
    const intro = await page.locator(".checklist-page > p.no-print").textContent();
    expect(intro).toContain(checklist.instructions);
    if (checklist.id !== "role-du-cm") expect(intro).not.toContain("du rôle");
    await context.close();
  }
});
