// The statements of a cmi5 session, built from a launch and its LaunchData: valid xAPI, and the cmi5
// rules an LMS holds them to (tests/support/cmi5-rules.ts), on a whole session played through.
import { describe, expect, test } from "vitest";
import type { Cmi5Launch } from "../../src/lib/lms/cmi5-launch.ts";
import { cmi5Reports, type Cmi5Scope, type Cmi5Sent } from "../../src/lib/lms/cmi5-session.ts";
import {
  answered,
  CMI5_CATEGORY,
  completed,
  initialized,
  isoDuration,
  judged,
  MASTERY_SCORE,
  readLaunchData,
  SESSION_ID,
  terminated,
  type Cmi5Session,
} from "../../src/lib/lms/cmi5-statements.ts";
import type { ProgressEvent } from "../../src/lib/lms/progress-events.ts";
import { questionInteraction } from "../../src/lib/lms/question-interaction.ts";
import { cmi5Problems, verbOf } from "../support/cmi5-rules.ts";

const launch: Cmi5Launch = {
  endpoint: "https://lrs.example.org/xapi/",
  fetch: "https://lms.example.org/fetch/1",
  actor: { objectType: "Agent", name: "Léa", account: { homePage: "https://lms.example.org", name: "lea-42" } },
  registration: "0c3fa0b4-5d3f-4b9b-9c1e-2b1f0f3a8e11",
  activityId: "https://lms.example.org/activities/7f2e",
};
const SESSION = "a4f5c6d7-1111-4222-8333-944455556666";
const PUBLISHER = "https://relais.example.org/lms/cmi5/modules/crise";
const launchData = {
  contextTemplate: {
    contextActivities: { grouping: [{ id: PUBLISHER }] },
    extensions: { [SESSION_ID]: SESSION, "https://lms.example.org/ext/cohort": "printemps" },
  },
  launchMode: "Normal",
  moveOn: "CompletedAndPassed",
  masteryScore: 0.8,
  returnURL: "https://lms.example.org/cours/12",
};

const question = {
  id: "q1",
  kind: "multiple" as const,
  prompt: "Que gardez-vous ?",
  choices: [
    { id: "a", text: "Une capture datée" },
    { id: "b", text: "Rien" },
    { id: "c", text: "Le lien" },
  ],
  expected: ["a", "c"],
};
const ordering = {
  id: "q2",
  kind: "ordering" as const,
  prompt: "Dans l'ordre",
  choices: [
    { id: "s1", text: "Détecter" },
    { id: "s2", text: "Qualifier" },
    { id: "s3", text: "Répondre" },
  ],
  expected: ["s1", "s2", "s3"],
};

function session(data = launchData): Cmi5Session {
  return {
    launch,
    data: readLaunchData(data)!,
    startedAt: Date.UTC(2026, 11, 6, 9),
    siteRoot: "https://relais.example.org/",
  };
}
let n = 0;
const made = (seconds: number) => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, "0")}`,
  now: Date.UTC(2026, 11, 6, 9) + seconds * 1000,
});

describe("readLaunchData", () => {
  test("reads what the LMS wrote, its template whole", () => {
    expect(readLaunchData(launchData)).toEqual({
      contextTemplate: launchData.contextTemplate,
      sessionId: SESSION,
      launchMode: "Normal",
      moveOn: "CompletedAndPassed",
      masteryScore: 0.8,
      returnURL: "https://lms.example.org/cours/12",
    });
  });
  test("keeps a returnURL only if it is a web address", () => {
    expect(readLaunchData({ ...launchData, returnURL: "javascript:alert(1)" })).not.toHaveProperty("returnURL");
    expect(readLaunchData({ ...launchData, returnURL: "/relative" })).not.toHaveProperty("returnURL");
  });
  test.each([
    ["no session id", { ...launchData, contextTemplate: { extensions: {} } }],
    ["no launch mode", { ...launchData, launchMode: undefined }],
    ["an unknown launch mode", { ...launchData, launchMode: "Test" }],
    ["a mastery score over 1", { ...launchData, masteryScore: 80 }],
    ["no document", null],
  ])("refuses %s", (_, data) => {
    expect(readLaunchData(data)).toBeUndefined();
  });
});

describe("statements", () => {
  const s = session();

  test("a whole session is valid xAPI and keeps the cmi5 rules", () => {
    const statements = [
      initialized(s, made(0)),
      answered(s, made(30), questionInteraction("les-six-temps", question, ["a", "b"], false)),
      answered(s, made(31), questionInteraction("les-six-temps", ordering, ["s1", "s2", "s3"], true)),
      completed(s, made(40)),
      judged(s, made(41), 0.5, false),
      judged(s, made(60), 1, true),
      terminated(s, made(75.5)),
    ];
    expect(cmi5Problems(statements, { ...launch, sessionId: SESSION, masteryScore: 0.8 })).toEqual([]);
    expect(statements.map(verbOf)).toEqual([
      "initialized",
      "answered",
      "answered",
      "completed",
      "failed",
      "passed",
      "terminated",
    ]);
    expect(statements.at(-1)).toMatchObject({ result: { duration: "PT75.5S" } });
  });

  test("the checker itself catches what breaks the rules", () => {
    const bad = { ...initialized(s, made(0)), context: { registration: launch.registration } };
    expect(cmi5Problems([bad], { ...launch, sessionId: SESSION })).toEqual([
      "last statement is initialized, not terminated",
      "#0 initialized: session id missing or wrong",
      "#0 initialized: cmi5 category missing on a defined statement",
    ]);
    const lowPass = judged(s, made(3), 0.5, true);
    expect(
      cmi5Problems([initialized(s, made(0)), lowPass, terminated(s, made(5))], {
        ...launch,
        sessionId: SESSION,
        masteryScore: 0.8,
      }),
    ).toEqual(["#1 passed: scaled 0.5 against masteryScore 0.8"]);
    expect(cmi5Problems([{ verb: { id: "nope" } }], { ...launch, sessionId: SESSION }).join("\n")).toMatch(
      /xAPI \w+Warning/,
    );
  });

  test("the template is kept whole and never overwritten; ours is added", () => {
    const statement = judged(s, made(10), 0.9, true) as { context: Record<string, unknown> };
    expect(statement.context).toEqual({
      registration: launch.registration,
      contextActivities: {
        grouping: [{ id: PUBLISHER }],
        category: [{ id: CMI5_CATEGORY }, { id: "https://w3id.org/xapi/cmi5/context/categories/moveon" }],
      },
      extensions: {
        [SESSION_ID]: SESSION,
        "https://lms.example.org/ext/cohort": "printemps",
        [MASTERY_SCORE]: 0.8,
      },
    });
    // The LaunchData object itself is left as read.
    expect(s.data.contextTemplate).toEqual(launchData.contextTemplate);
  });

  test("an answered question: a choice or sequencing interaction of the site, the AU as parent", () => {
    const statement = answered(s, made(5), questionInteraction("les-six-temps", question, ["c", "a"], true));
    expect(statement).toMatchObject({
      verb: { id: "http://adlnet.gov/expapi/verbs/answered" },
      object: {
        id: "https://relais.example.org/lms/cmi5/questions/les-six-temps.q1",
        definition: {
          interactionType: "choice",
          name: { "fr-FR": "Que gardez-vous ?" },
          correctResponsesPattern: ["a[,]c"],
          choices: [
            { id: "a", description: { "fr-FR": "Une capture datée" } },
            { id: "b", description: { "fr-FR": "Rien" } },
            { id: "c", description: { "fr-FR": "Le lien" } },
          ],
        },
      },
      result: { response: "c[,]a", success: true },
      context: { contextActivities: { parent: [{ id: launch.activityId }], grouping: [{ id: PUBLISHER }] } },
    });
    const steps = answered(s, made(6), questionInteraction("les-six-temps", ordering, ["s2", "s1", "s3"], false));
    expect(steps).toMatchObject({
      object: { definition: { interactionType: "sequencing", correctResponsesPattern: ["s1[,]s2[,]s3"] } },
      result: { response: "s2[,]s1[,]s3", success: false },
    });
  });

  test("durations", () => {
    expect(isoDuration(0)).toBe("PT0S");
    expect(isoDuration(61_234)).toBe("PT61.23S");
    expect(isoDuration(-5)).toBe("PT0S");
  });
});

describe("cmi5Reports: what each progress event sends", () => {
  const lesson: Cmi5Scope = { kind: "lecon", id: "les-six-temps" };
  const none: Cmi5Sent = { completed: false, passed: false };
  const normal: { judging: boolean; masteryScore?: number | undefined } = { judging: true, masteryScore: 0.8 };
  const interaction = questionInteraction("les-six-temps", question, ["a"], false);
  const run = (scope: Cmi5Scope, events: ProgressEvent[], launched = normal) => {
    let sent = none;
    const all = [];
    for (const event of events) {
      const next = cmi5Reports(scope, event, sent, launched);
      sent = next.sent;
      all.push(...next.reports);
    }
    return { reports: all, sent };
  };

  test("a lesson: read → completed once; answers; its quiz judged against masteryScore, passed once", () => {
    const { reports, sent } = run(lesson, [
      { kind: "read", lesson: "les-six-temps" },
      { kind: "read", lesson: "les-six-temps" },
      { kind: "answered", interaction },
      { kind: "quiz", lesson: "les-six-temps", percent: 75, passed: true },
      { kind: "quiz", lesson: "les-six-temps", percent: 80, passed: true },
      { kind: "quiz", lesson: "les-six-temps", percent: 100, passed: true },
    ]);
    expect(reports).toEqual([
      { verb: "completed" },
      { verb: "answered", interaction },
      // 75 % passes the page's 70 % quiz, not the LMS's 0.8: failed there.
      { verb: "judged", scaled: 0.75, passed: false },
      { verb: "judged", scaled: 0.8, passed: true },
    ]);
    expect(sent).toEqual({ completed: true, passed: true });
  });

  test("without a masteryScore, the quiz's own verdict", () => {
    const { reports } = run(lesson, [{ kind: "quiz", lesson: "les-six-temps", percent: 75, passed: true }], {
      judging: true,
      masteryScore: undefined,
    });
    expect(reports).toEqual([{ verb: "judged", scaled: 0.75, passed: true }]);
  });

  test("another page's events are not this AU's", () => {
    const other = questionInteraction("les-six-temps-bis", question, ["a"], false);
    expect(
      run(lesson, [
        { kind: "read", lesson: "veille" },
        { kind: "answered", interaction: other },
        { kind: "quiz", lesson: "veille", percent: 100, passed: true },
        { kind: "simulation", id: "les-six-temps", score: 10, best: 10 },
      ]).reports,
    ).toEqual([]);
  });

  test("Browse and Review: answers still, nothing that judges", () => {
    const { reports } = run(
      lesson,
      [
        { kind: "read", lesson: "les-six-temps" },
        { kind: "answered", interaction },
        { kind: "quiz", lesson: "les-six-temps", percent: 100, passed: true },
      ],
      { judging: false, masteryScore: 0.8 },
    );
    expect(reports).toEqual([{ verb: "answered", interaction }]);
  });

  test("a simulation: played → completed, its score over the best judged", () => {
    const scope: Cmi5Scope = { kind: "simulation", id: "clash", passPercent: 70 };
    expect(
      run(
        scope,
        [
          { kind: "simulation", id: "clash", score: -3, best: 12 },
          { kind: "simulation", id: "clash", score: 12, best: 12 },
        ],
        { judging: true, masteryScore: undefined },
      ).reports,
    ).toEqual([
      { verb: "completed" },
      { verb: "judged", scaled: 0, passed: false },
      { verb: "judged", scaled: 1, passed: true },
    ]);
    expect(run(scope, [{ kind: "simulation", id: "clash", score: 9, best: 12 }]).reports).toEqual([
      { verb: "completed" },
      { verb: "judged", scaled: 0.75, passed: false },
    ]);
  });
});
