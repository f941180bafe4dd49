// Review days for assignments (issue 19): what answering a review records, how the days sum up
// since the assignment was accepted, how they survive bad storage and a merge, and where the
// trainer reads them (report, cohort table, CSV).
import { describe, expect, test } from "vitest";
import * as v from "valibot";
import { emptyProgress, parseProgress, type Progress } from "../../src/lib/progress/schema";
import { mergeProgress, restoreUnread } from "../../src/lib/progress/merge";
import { answerInReview, openReviews } from "../../src/lib/review/review-session";
import { recordQuizAndMisses } from "../../src/lib/review/review-changes";
import { reviewKey } from "../../src/lib/review/review-state";
import { aheadQueue, dueQueue } from "../../src/lib/review/schedule";
import { assignmentReview, reviewSummary, streakMet } from "../../src/lib/review/review-streak";
import { assignmentSchema, sameAssignment } from "../../src/lib/assignments/assignment-schema";
import { decodeAssignment, encodeAssignment } from "../../src/lib/assignments/assignment-link";
import { statusesOf } from "../../src/lib/assignments/status";
import { buildReport, parseReport } from "../../src/lib/assignments/report";
import { cohortCsv, cohortRows, sortRows } from "../../src/lib/assignments/cohort";
import { catalogueFrom } from "../../src/lib/assignments/catalogue";
import { reviewFacts, reviewLine } from "../../src/lib/assignments/review-days-wording";
import { reviewCell, sheetFacts } from "../../src/lib/assignments/trainer-wording";
import { describeSetAside } from "../../src/lib/progress/set-aside-wording";
import { sampleAssignment } from "../support/sample-assignment";

const days = (...list: string[]) => Object.fromEntries(list.map((day) => [day, { answered: 1 }]));

describe("reviewSummary", () => {
  test("counts the days since acceptance and the longest run of days in a row, across a month's end", () => {
    const summary = reviewSummary(
      days("2026-11-20", "2026-11-29", "2026-11-30", "2026-12-01", "2026-12-03", "2026-12-04"),
      "2026-11-25",
    );
    expect(summary).toEqual({ days: 5, streak: 3, last: "2026-12-04" });
  });
  test("a year's end and a leap day count as days in a row; no day at all is nothing", () => {
    expect(reviewSummary(days("2027-12-31", "2028-01-01"), "2027-01-01").streak).toBe(2);
    expect(reviewSummary(days("2028-02-28", "2028-02-29", "2028-03-01"), "2028-01-01").streak).toBe(3);
    expect(reviewSummary(undefined, "2026-01-01")).toEqual({ days: 0, streak: 0, last: null });
    expect(reviewSummary(days("2026-01-01"), "2026-06-01")).toEqual({ days: 0, streak: 0, last: null });
  });
  test("what is asked is a number of review days, not days in a row; nothing asked is met", () => {
    expect(streakMet({ days: 3, streak: 1, last: "2026-12-05" }, 3)).toBe(true);
    expect(streakMet({ days: 2, streak: 2, last: "2026-12-05" }, 3)).toBe(false);
    expect(streakMet({ days: 0, streak: 0, last: null }, undefined)).toBe(true);
  });
});

const T0 = new Date(2027, 0, 11, 9); // a local morning: the day recorded is the device's
const missed = (): Progress => {
  const progress = recordQuizAndMisses(
    emptyProgress(),
    "lecon",
    { answers: { q1: ["a"], q2: ["b"] }, correct: [], total: 2, percent: 0, passed: false, at: T0.toISOString() },
    [
      { id: "q1", fingerprint: "f1" },
      { id: "q2", fingerprint: "f2" },
    ],
  );
  return openReviews(
    progress,
    new Map([
      [reviewKey("lecon", "q1"), "f1"],
      [reviewKey("lecon", "q2"), "f2"],
    ]),
    T0,
  );
};

describe("answering reviews records the day", () => {
  test("each answer counts on the device's calendar day; an unknown question records nothing", () => {
    let progress = answerInReview(missed(), reviewKey("lecon", "q1"), true, T0);
    progress = answerInReview(progress, reviewKey("lecon", "q2"), false, T0);
    expect(progress.reviewDays).toEqual({ "2027-01-11": { answered: 2 } });
    const tomorrow = new Date(2027, 0, 12, 23, 30);
    progress = answerInReview(progress, reviewKey("lecon", "q2"), true, tomorrow);
    expect(progress.reviewDays).toEqual({ "2027-01-11": { answered: 2 }, "2027-01-12": { answered: 1 } });
    expect(answerInReview(progress, "autre/q9", true, tomorrow).reviewDays).toBe(progress.reviewDays);
  });
  test("with nothing due, the questions under review can be practised ahead, soonest first", () => {
    // Missed today, both come back tomorrow: nothing is due yet, both can be practised ahead.
    expect(dueQueue(missed().reviews!, T0)).toEqual([]);
    expect(aheadQueue(missed().reviews!, T0)).toEqual([reviewKey("lecon", "q1"), reviewKey("lecon", "q2")]);
    const tomorrow = new Date(T0.getTime() + 86_400_000);
    const reviews = answerInReview(missed(), reviewKey("lecon", "q1"), true, tomorrow).reviews!;
    expect(dueQueue(reviews, tomorrow)).toEqual([reviewKey("lecon", "q2")]);
    expect(aheadQueue(reviews, tomorrow)).toEqual([reviewKey("lecon", "q1")]);
    expect(aheadQueue(missed().reviews!, T0, 1)).toEqual([reviewKey("lecon", "q1")]);
  });
});

describe("review days in storage", () => {
  test("a bad day or count is set aside alone, said, and comes back once repaired", () => {
    const stored = {
      version: 1,
      lessons: {},
      quizzes: {},
      simulations: {},
      reviewDays: { "2026-12-01": { answered: 3 }, "2026-13-01": { answered: 1 }, "2026-12-02": { answered: 0 } },
    };
    const progress = parseProgress(stored)!;
    expect(progress.reviewDays).toEqual({ "2026-12-01": { answered: 3 } });
    expect(Object.keys(progress.unread!.reviewDays!)).toEqual(["2026-13-01", "2026-12-02"]);
    expect(describeSetAside(progress, [], { lessons: {}, simulations: {}, checklists: {} })).toContain(
      "vos révisions du «\u00a02026-12-02\u00a0»",
    );
    // Not a record at all: set aside whole, the rest loads.
    const whole = parseProgress({ ...stored, reviewDays: ["2026-12-01"] })!;
    expect(whole.reviewDays).toEqual({});
    expect(whole.unread!.reviewDays).toEqual({ "*": ["2026-12-01"] });
    const repaired = { ...progress, unread: { reviewDays: { "2026-12-02": { answered: 2 } } } };
    expect(restoreUnread(repaired).reviewDays).toEqual({
      "2026-12-01": { answered: 3 },
      "2026-12-02": { answered: 2 },
    });
  });
  test("data saved before review days reads as having none; a merge keeps each day once, at its larger count", () => {
    expect(parseProgress({ version: 1, lessons: {}, quizzes: {}, simulations: {} })!.reviewDays).toBeUndefined();
    const here = { ...emptyProgress(), reviewDays: { "2026-12-01": { answered: 3 }, "2026-12-02": { answered: 1 } } };
    const there = { ...emptyProgress(), reviewDays: { "2026-12-02": { answered: 4 }, "2026-12-05": { answered: 1 } } };
    expect(mergeProgress(here, there).reviewDays).toEqual({
      "2026-12-01": { answered: 3 },
      "2026-12-02": { answered: 4 },
      "2026-12-05": { answered: 1 },
    });
    expect(mergeProgress(here, here).reviewDays).toEqual(here.reviewDays);
  });
});

const asking = { ...sampleAssignment, reviewStreak: 3 };

describe("an assignment that asks for review days", () => {
  test("1 to 60 days, whole; absent means none; it is part of the assignment's identity and its link", async () => {
    expect(v.is(assignmentSchema, asking)).toBe(true);
    expect(v.is(assignmentSchema, sampleAssignment)).toBe(true);
    for (const bad of [0, 61, 2.5, "3"])
      expect(v.is(assignmentSchema, { ...sampleAssignment, reviewStreak: bad })).toBe(false);
    expect(sameAssignment(asking, sampleAssignment)).toBe(false);
    const decoded = await decodeAssignment(await encodeAssignment(asking), new Set(asking.items));
    expect(decoded).toEqual({ ok: true, assignment: asking });
  });
  test("the learner's report carries their review days since acceptance; without the ask, none", () => {
    const progress = { ...emptyProgress(), reviewDays: days("2026-11-29", "2026-12-01", "2026-12-02") };
    const accepted = { assignment: asking, acceptedAt: "2026-12-01T10:00:00.000Z" };
    const review = assignmentReview(progress, accepted);
    expect(review).toEqual({ days: 2, streak: 2, last: "2026-12-02" });
    expect(assignmentReview(progress, { ...accepted, assignment: sampleAssignment })).toBeUndefined();
    const report = buildReport({
      name: "Léa",
      key: "lea0000000001",
      assignment: asking,
      acceptedAt: accepted.acceptedAt,
      statuses: statusesOf(progress, asking),
      now: new Date("2026-12-03T10:00:00Z"),
      review,
    });
    const text = JSON.stringify(report);
    const parsed = parseReport("r.json", text, text.length, asking);
    expect(parsed.ok && parsed.report.review).toEqual(review);
    const bad = JSON.stringify({ ...report, review: { days: -1, streak: 0, last: null } });
    expect(parseReport("r.json", bad, bad.length, asking).ok).toBe(false);
  });
  test("the learner reads what is asked, where they stand, and what counts", () => {
    expect(reviewFacts(asking)).toEqual([
      ["Révisions", "répondre à des questions dans «\u00a0Révisions\u00a0» 3\u00a0jours différents"],
    ]);
    expect(reviewFacts({ ...asking, reviewStreak: 1 })[0]![1]).toMatch(/au moins un jour$/);
    expect(reviewFacts(sampleAssignment)).toEqual([]);
    expect(reviewLine({ days: 1, streak: 1, last: "2026-12-02" }, 3)).toBe(
      "Révisions\u00a0: 1\u00a0jour de révision sur 3 demandés. Les questions manquées dans les quiz reviennent dans «\u00a0Révisions\u00a0»\u00a0; sans question à revoir ce jour-là, «\u00a0S’entraîner en avance\u00a0» compte aussi.",
    );
    expect(reviewLine({ days: 4, streak: 2, last: "2026-12-02" }, 3)).toBe(
      "Révisions\u00a0: objectif atteint, 4\u00a0jours de révision (3 demandés).",
    );
  });
  test("the trainer sees them in the sheet, the table (sortable) and the CSV", () => {
    expect(sheetFacts("Inès", "20 décembre", 70, 3).at(-1)).toEqual([
      "Révisions",
      "3\u00a0jours différents dans «\u00a0Révisions\u00a0»",
    ]);
    expect(sheetFacts("Inès", "20 décembre", 70)).toHaveLength(3);
    const report = (name: string, key: string, review?: { days: number; streak: number; last: string }) => ({
      ...buildReport({
        name,
        key,
        assignment: asking,
        acceptedAt: "2026-12-01T10:00:00.000Z",
        statuses: [],
        now: new Date("2026-12-03T10:00:00Z"),
        review,
      }),
    });
    const rows = cohortRows(
      {
        a: report("Ana", "ana000000001", { days: 4, streak: 2, last: "2026-12-02" }),
        b: report("Bea", "bea000000001", { days: 1, streak: 1, last: "2026-12-02" }),
        c: report("Cid", "cid000000001"),
      },
      { ...asking, items: [] },
      "2026-12-03",
    );
    expect(sortRows(rows, "review", "descending").map((r) => r.name)).toEqual(["Ana", "Bea", "Cid"]);
    expect(rows.map((r) => reviewCell(r.review, 3))).toEqual([
      "4 sur 3\u00a0jours, série de 2",
      "1 sur 3\u00a0jours",
      "—",
    ]);
    const csv = cohortCsv(rows, { ...asking, items: [] }, catalogueFrom([]));
    const [header, ana, , cid] = csv.slice(1).split("\r\n");
    expect(header).toBe(
      "Apprenant;Avancement (%);En retard;Rapport du;Jours de révision;Plus longue série (jours de suite)",
    );
    expect(ana).toMatch(/^Ana;\d+;non;2026-12-0\d;4;2$/);
    expect(cid).toMatch(/^Cid;\d+;non;2026-12-0\d;;$/);
    expect(
      cohortCsv(rows, { ...sampleAssignment, items: [] }, catalogueFrom([]))
        .slice(1)
        .split("\r\n")[0],
    ).toBe("Apprenant;Avancement (%);En retard;Rapport du");
  });
});

test("the invitation says the review days asked, and only when asked", async () => {
  const { invitationText } = await import("../../src/lib/assignments/invitation-wording");
  const input = { url: "https://relais.example/affectation/#a1.x", titles: ["A", "B"] };
  expect(invitationText({ ...input, assignment: asking })).toContain(
    "Je vous demande aussi de répondre aux questions de «\u00a0Révisions\u00a0» 3\u00a0jours différents avant cette date",
  );
  expect(invitationText({ ...input, assignment: sampleAssignment })).not.toContain("Révisions");
});
