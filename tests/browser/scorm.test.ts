// A SCORM 1.2 package in an LMS: the real scorm-again runtime on a host page (tests/support/
// scorm-host.ts) launches the package in a frame. One journey: launch, read a lesson, fail then
// pass its quiz, close; relaunch in a fresh browser (empty storage) from what the LMS kept →
// resumed at the lesson, answers restored, passed, scored, every answer an interaction.
// The package is made by the real packager (src/lib/lms/package-files.ts, as `npm run build` and
// `npm run package:scorm` use it) from the built site, with this one lesson: its status can then
// go from failed to passed within one journey (a module's package passes once all its items do).
import { afterAll, beforeAll, expect, test } from "vitest";
import type { Browser, Frame, Page } from "playwright-core";
import { launchBrowser, watchPage, type PageTrouble } from "../support/browser.ts";
import { DIST } from "../support/paths.ts";
import { closePackage, keptValues, lmsRecord, serveScormHost, type ScormHost } from "../support/scorm-host.ts";
import { answer, answerAll, questions } from "../support/quiz-driver.ts";
import { answerKey } from "../support/answer-key.ts";
import { expectNoAxeViolations } from "../support/accessibility.ts";
import { lessons } from "../support/course.ts";
import { bundleScormBridge } from "../../src/integrations/lms/scorm-bridge-bundle.ts";
import type { PackageDescription } from "../../src/lib/lms/package-description.ts";
import { decodeSuspendData } from "../../src/lib/lms/suspend-data.ts";
import { packageFiles as makePackage } from "../../src/lib/lms/package-files.ts";
import { diskSite } from "../../src/integrations/lms/scorm-packages.ts";

const LESSON = "garder-des-preuves";
const PATH = `lecons/${LESSON}/index.html`;

/** A package of one lesson, made by the real packager. */
async function packageFiles(): Promise<(path: string) => Buffer | string | undefined> {
  const bridge = await bundleScormBridge();
  const lesson = lessons().find((l) => l.id === LESSON)!;
  const item = { kind: "lecon" as const, id: LESSON, title: lesson.title, scored: true };
  const description: PackageDescription = {
    format: "relais-scorm",
    version: 1,
    id: `relais-${LESSON}`,
    title: lesson.title,
    passPercent: 80,
    items: [{ ...item, path: PATH }],
  };
  const files = makePackage({
    plan: { description, modules: [{ id: "crise", title: "Gérer une crise", items: [item] }] },
    site: diskSite(DIST),
    base: "/",
    bridge,
  });
  return (path) => {
    const bytes = files.get(path === "" ? "index.html" : path);
    return bytes ? Buffer.from(bytes) : undefined;
  };
}

let host: ScormHost;
let browser: Browser;
beforeAll(async () => {
  host = await serveScormHost(await packageFiles());
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

/** A fresh browser (empty storage) on the LMS's page, launching the package. */
async function launch(
  previous?: Record<string, string>,
  options?: { commitFails?: boolean },
): Promise<{ page: Page; trouble: PageTrouble }> {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const trouble = watchPage(page, host.url);
  await page.goto(host.launchUrl(previous, options));
  return { page, trouble };
}

/** The package's frame once it shows `path`. */
async function packageAt(page: Page, path: string): Promise<Frame> {
  await expect
    .poll(() =>
      page
        .frames()
        .find((f) => f.url() === host.url + path)
        ?.url(),
    )
    .toBe(host.url + path);
  const frame = page.frames().find((f) => f.url() === host.url + path)!;
  await frame.waitForLoadState("load");
  return frame;
}

test("launch, read, fail then pass the quiz, close; relaunch resumes with answers, status, score", async () => {
  const first = await launch();
  const home = await packageAt(first.page, "index.html");
  await expect.poll(async () => (await lmsRecord(first.page)).calls[0]).toBe("LMSInitialize");
  // A link inside the package (in the home page's folded lists): the session stays open for the next page.
  await home.locator(`a[href="${PATH}"]`).first().dispatchEvent("click");
  const lesson = await packageAt(first.page, PATH);
  await expect.poll(async () => (await lmsRecord(first.page)).values["cmi.core.lesson_location"]).toBe(PATH);
  expect((await lmsRecord(first.page)).calls.filter((c) => c === "LMSInitialize")).toHaveLength(1);

  await lesson.locator("relais-read-marker").scrollIntoViewIfNeeded();
  await expect
    .poll(async () => decodeSuspendData((await lmsRecord(first.page)).values["cmi.suspend_data"] ?? "")?.lessons)
    .toHaveProperty(LESSON);
  expect((await lmsRecord(first.page)).values["cmi.core.lesson_status"]).toBe("incomplete");

  // Failed: three wrong of five (40 %).
  const quizPage = lesson as unknown as Page;
  await answerAll(quizPage, [0, 1, 2]);
  await lesson.getByRole("button", { name: "Vérifier mes réponses" }).click();
  await expect.poll(async () => (await lmsRecord(first.page)).values["cmi.core.lesson_status"]).toBe("failed");
  expect((await lmsRecord(first.page)).values).toMatchObject({
    "cmi.core.score.raw": "40",
    "cmi.core.score.min": "0",
    "cmi.core.score.max": "100",
  });
  // Passed: the three missed ones answered again, rightly.
  await lesson.getByRole("button", { name: "Refaire les questions manquées" }).click();
  const all = await questions(quizPage);
  for (const i of [0, 1, 2]) await answer(all[i]!, true);
  await lesson.getByRole("button", { name: "Vérifier mes réponses" }).click();
  await expect.poll(async () => (await lmsRecord(first.page)).values["cmi.core.lesson_status"]).toBe("passed");

  const key = answerKey(LESSON);
  const record = await lmsRecord(first.page);
  expect(record.values["cmi.core.score.raw"]).toBe("100");
  // Five answers, then the three answered again: eight interactions, each question's id first.
  const ids = Array.from({ length: 8 }, (_, n) => record.values[`cmi.interactions.${n}.id`]);
  expect(ids).toEqual([...key.map((q) => `${LESSON}.${q.id}`), ...key.slice(0, 3).map((q) => `${LESSON}.${q.id}`)]);
  expect(Array.from({ length: 8 }, (_, n) => record.values[`cmi.interactions.${n}.result`])).toEqual([
    "wrong",
    "wrong",
    "wrong",
    "correct",
    "correct",
    "correct",
    "correct",
    "correct",
  ]);
  for (const [n, q] of key.entries()) {
    expect(record.values[`cmi.interactions.${n}.type`]).toBe(q.kind === "ordering" ? "sequencing" : "choice");
    expect(record.values[`cmi.interactions.${n}.time`]).toMatch(/^\d\d:\d\d:\d\d$/);
  }
  expect(record.values["cmi.interactions.5.student_response"]).toBe(
    record.values["cmi.interactions.5.correct_responses.0.pattern"],
  );
  expect(record.values["cmi.suspend_data"]!.length).toBeLessThanOrEqual(4096);

  // Two pages and two quiz checks, one session: nothing ended it before the LMS closes the package.
  expect(record.calls).not.toContain("LMSFinish");
  await closePackage(first.page);
  await expect.poll(async () => (await lmsRecord(first.page)).calls.at(-1)).toBe("LMSFinish");
  const ended = await lmsRecord(first.page);
  expect(ended.values["cmi.core.exit"]).toBe("suspend");
  expect(ended.values["cmi.core.session_time"]).toMatch(/^\d{4}:\d\d:\d\d$/);
  expect(first.trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
  await first.page.context().close();

  // Relaunched in a fresh browser: what the LMS kept is all there is.
  const second = await launch(keptValues(ended));
  const resumed = await packageAt(second.page, PATH);
  await resumed.locator("relais-quiz").scrollIntoViewIfNeeded();
  await resumed.locator("relais-quiz.is-enhanced").waitFor();
  // Each question shows the answer given last: options checked (in any order shown), steps in the order left.
  const shown = await resumed
    .locator("fieldset.question")
    .evaluateAll((fieldsets) =>
      fieldsets.map((f) => [
        ...[...f.querySelectorAll<HTMLInputElement>("input:checked")].map((i) => i.value).toSorted(),
        ...[...f.querySelectorAll<HTMLElement>("li[data-step]")].map((li) => li.dataset["step"]!),
      ]),
    );
  expect(shown).toEqual(key.map((q) => (q.kind === "ordering" ? q.expected : q.expected.toSorted())));
  await expect.poll(async () => (await lmsRecord(second.page)).values["cmi.core.lesson_status"]).toBe("passed");
  expect((await lmsRecord(second.page)).values["cmi.core.score.raw"]).toBe("100");
  expect(
    await resumed.evaluate((id) => JSON.parse(localStorage.getItem("relais:progress:v1")!).quizzes[id].percent, LESSON),
  ).toBe(100);
  expect(second.trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
  await second.page.context().close();
});

test("opened alone it says nothing; an LMS that fails to save is said in French, and progress stays on the device", async () => {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const alone = await context.newPage();
  const trouble = watchPage(alone, host.url);
  const bridge = alone.waitForResponse((r) => r.url() === `${host.url}relais-scorm.js`);
  await alone.goto(host.url + PATH);
  expect((await bridge).status()).toBe(200);
  await alone.locator("relais-read-marker").scrollIntoViewIfNeeded();
  await expect
    .poll(() =>
      alone.evaluate(() => Object.keys(JSON.parse(localStorage.getItem("relais:progress:v1") ?? "{}").lessons ?? {})),
    )
    .toEqual([LESSON]);
  expect(await alone.locator("[data-lms-message]").count()).toBe(0);
  expect(trouble).toEqual({ consoleErrors: [], foreignRequests: [] });
  await context.close();

  const failing = await launch(undefined, { commitFails: true });
  const home = await packageAt(failing.page, "index.html");
  const message = home.getByRole("alert").filter({ hasText: "plateforme de formation" });
  await expect
    .poll(() => message.textContent())
    .toMatch(/^Votre plateforme de formation n’a pas enregistré votre progression \(erreur \d+/);
  await expectNoAxeViolations(failing.page, { label: "message de la plateforme" });
  // The LMS's server refused the request: the browser says so, and nothing else went wrong.
  expect(failing.trouble.consoleErrors.filter((e) => !e.includes("500"))).toEqual([]);
  expect(failing.trouble.foreignRequests).toEqual([]);
  await failing.page.context().close();
});
