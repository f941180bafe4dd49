// A lesson launched by a cmi5 LMS, against a minimal LRS on another port of 127.0.0.1
// (tests/support/mini-lrs.ts). The built site allows no LRS (RELAIS_LRS_ORIGINS unset): this test
// serves it with the LRS's origin added to each page's connect-src, as RELAIS_LRS_ORIGINS would write
// it at build time (tests/unit/lrs-origins.test.ts), so the browser enforces that policy for real.
import { afterAll, beforeAll, expect, test } from "vitest";
import { useSite } from "../support/site-fixture.ts";
import { startMiniLrs, type MiniLrs } from "../support/mini-lrs.ts";
import { cmi5Problems, verbOf } from "../support/cmi5-rules.ts";
import { answerAll, questions } from "../support/quiz-driver.ts";
import { answerKey } from "../support/answer-key.ts";
import { expectNoAxeViolations } from "../support/accessibility.ts";
import { CMI5_CONNECTED, CMI5_RETURN, cmi5LaunchRefused } from "../../src/lib/lms/lms-wording.ts";

const LESSON = "lecons/les-six-temps-d-une-crise/";
const MASTERY = 0.8;
let lrs: MiniLrs;
/** The LRSs started, whose origins the served pages' connect-src allows. */
const started: MiniLrs[] = [];
const s = useSite(undefined, undefined, {
  html: (page) => page.replace("connect-src 'self'", ["connect-src 'self'", ...started.map((l) => l.origin)].join(" ")),
});
beforeAll(async () => {
  lrs = await startMiniLrs({
    siteOrigin: () => new URL(s.site.url).origin,
    masteryScore: MASTERY,
    publisherId: "https://relais.example.org/lms/cmi5/modules/crise",
    returnURL: "https://lms.example.org/cours/12",
  });
  started.push(lrs);
});
afterAll(() => Promise.all(started.map((l) => l.close())));

const verbs = () => lrs.statements.map(verbOf);
const progress = (page: import("playwright-core").Page) =>
  page.evaluate(
    () =>
      JSON.parse(localStorage.getItem("relais:progress:v1") ?? "{}") as {
        quizzes?: Record<string, { percent: number }>;
      },
  );

test("a launched lesson reports to the LRS: initialized, completed, answers, failed then passed against masteryScore, terminated", async () => {
  const { page, context, trouble } = await s.open(`${LESSON}?${lrs.launch}`);
  await expect.poll(verbs).toEqual(["initialized"]);
  expect(await page.getByRole("status").filter({ hasText: CMI5_CONNECTED }).isVisible()).toBe(true);
  // The LMS gave a returnURL: the learner can end the session and go back (left unclicked here).
  expect(await page.getByRole("button", { name: CMI5_RETURN }).isVisible()).toBe(true);

  // Read to the end, then a first attempt with two of five wrong: 60 %, under the LMS's 0.8.
  await page.locator("relais-read-marker").scrollIntoViewIfNeeded();
  await expect.poll(verbs).toEqual(["initialized", "completed"]);
  const count = (await questions(page)).length;
  await answerAll(page, [0, 1]);
  await page.getByRole("button", { name: "Vérifier mes réponses" }).click();
  await expect.poll(() => verbs().at(-1)).toBe("failed");
  // Then every question right: the two missed ones answered again, then passed.
  await page.getByRole("button", { name: "Refaire les questions manquées" }).click();
  await answerAll(page);
  await page.getByRole("button", { name: "Vérifier mes réponses" }).click();
  await expect.poll(() => verbs().at(-1)).toBe("passed");
  await expectNoAxeViolations(page, { label: "lesson launched by a cmi5 platform" });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: "tmp/cmi5-launched-lesson.png" });

  // Progress is on the device too.
  expect((await progress(page)).quizzes?.["les-six-temps-d-une-crise"]?.percent).toBe(100);
  // Leaving the page ends the session.
  await page.goto(new URL("catalogue/", s.site.url).href);
  await expect.poll(() => verbs().at(-1)).toBe("terminated");

  expect(verbs()).toEqual([
    "initialized",
    "completed",
    ...Array<string>(count).fill("answered"),
    "failed",
    "answered",
    "answered",
    "passed",
    "terminated",
  ]);
  expect(cmi5Problems(lrs.statements, { ...lrs, masteryScore: MASTERY })).toEqual([]);
  // Each answer names its question as the content does, with the content's right answer.
  const key = answerKey("les-six-temps-d-une-crise");
  const answers = lrs.statements.filter((st) => verbOf(st) === "answered") as {
    object: { id: string; definition: { interactionType: string; correctResponsesPattern: string[] } };
  }[];
  expect(answers.slice(0, count).map((a) => a.object.id)).toEqual(
    key.map((q) => `https://relais.example.org/lms/cmi5/questions/les-six-temps-d-une-crise.${q.id}`),
  );
  expect(answers.slice(0, count).map((a) => a.object.definition.correctResponsesPattern)).toEqual(
    key.map((q) => [q.expected.join("[,]")]),
  );
  const scores = lrs.statements
    .filter((st) => ["passed", "failed"].includes(verbOf(st)))
    .map((st) => (st as { result: { score: { scaled: number } } }).result.score.scaled);
  expect(scores).toEqual([(count - 2) / count, 1]);
  // The token was fetched once, by POST; LaunchData read, never written; what was sent once remembered.
  expect(lrs.requests.filter((r) => r.endsWith("/fetch"))).toEqual(["POST /fetch"]);
  expect(lrs.requests.filter((r) => r.endsWith("/activities/state"))).toEqual([
    "GET /xapi/activities/state",
    "GET /xapi/activities/state",
    "PUT /xapi/activities/state",
    "PUT /xapi/activities/state",
  ]);
  expect(lrs.problems).toEqual([]);
  // Nothing else left the page: only the LRS was reached, and the policy blocked nothing.
  expect(trouble.foreignRequests.every((url) => url.startsWith(`${lrs.origin}/`))).toBe(true);
  expect(trouble.consoleErrors).toEqual([]);
  await context.close();
});

test("a forged launch (an LRS the site does not allow) is refused in French; the quiz works on the device", async () => {
  const before = lrs.requests.length;
  const forged = new URLSearchParams(lrs.launch);
  forged.set("endpoint", "http://127.0.0.1:9/xapi/");
  const { page, context, trouble } = await s.open(`${LESSON}?${forged}`);
  const alert = page.getByRole("alert").filter({ hasText: "Suivi par la plateforme impossible" });
  await alert.waitFor();
  expect(await alert.textContent()).toBe(
    cmi5LaunchRefused({ kind: "origin", parameter: "endpoint", origin: "http://127.0.0.1:9" }),
  );
  await answerAll(page);
  await page.getByRole("button", { name: "Vérifier mes réponses" }).click();
  await expect.poll(async () => (await progress(page)).quizzes?.["les-six-temps-d-une-crise"]?.percent).toBe(100);
  await expectNoAxeViolations(page, { label: "refused launch" });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: "tmp/cmi5-refused-launch.png" });
  expect(lrs.requests.length).toBe(before);
  expect(trouble.foreignRequests).toEqual([]);
  expect(trouble.consoleErrors).toEqual([]);
  await context.close();
});

test("« Terminer et revenir à la plateforme »: terminated, then the LMS's returnURL", async () => {
  const other = await startMiniLrs({
    siteOrigin: () => new URL(s.site.url).origin,
    masteryScore: MASTERY,
    publisherId: "https://relais.example.org/lms/cmi5/modules/crise",
    returnURL: new URL("modules/crise/", s.site.url).href,
  });
  started.push(other);
  const { page, context, trouble } = await s.open(`${LESSON}?${other.launch}`);
  await page.getByRole("button", { name: CMI5_RETURN }).click();
  await page.waitForURL(new URL("modules/crise/", s.site.url).href);
  expect(other.statements.map(verbOf)).toEqual(["initialized", "terminated"]);
  expect(cmi5Problems(other.statements, other)).toEqual([]);
  expect(other.problems).toEqual([]);
  expect(trouble.consoleErrors).toEqual([]);
  await context.close();
});
