// Progress as SCORM suspend data (src/lib/lms/suspend-data.ts): it reads back as it was written,
// a bad entry costs only itself, and the fullest progress of the whole course fits in 4,096
// characters, dropping the least needed parts first.
import { describe, expect, test } from "vitest";
import { SUSPEND_DATA_MAX, decodeSuspendData, encodeSuspendData } from "../../src/lib/lms/suspend-data.ts";
import { emptyProgress, parseProgress, type Progress } from "../../src/lib/progress/schema.ts";
import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";
import { courseEndings, courseQuizzes, fullestProgress } from "../support/lms-course.ts";

const at = (minute: number) => `2027-02-01T10:${String(minute).padStart(2, "0")}:00.123Z`;

/** A learner's progress halfway through a module. */
const halfway = (): Progress => ({
  ...emptyProgress(),
  lessons: { "garder-des-preuves": { readAt: at(1) }, "les-six-temps-d-une-crise": { readAt: at(2) } },
  quizzes: {
    "garder-des-preuves": {
      answers: { q1: ["a"], q2: ["b", "c"], q3: ["s2", "s1", "s3"] },
      correct: ["q1", "q2"],
      total: 3,
      percent: 66,
      passed: false,
      at: at(3),
      seeds: { q1: "abcdefgh", q2: "abcdefgh", q3: "12345678" },
      records: [{ percent: 66, passed: false, at: at(3) }],
    },
  },
  simulations: {
    "le-troll-du-dimanche": {
      ending: "fin-mitigee",
      endingTitle: "Soirée tenue, à un prix",
      score: 7,
      best: 12,
      at: at(4),
      records: [{ ending: "fin-mitigee", endingTitle: "Soirée tenue, à un prix", score: 7, at: at(4) }],
      plays: [{ ending: "fin-mitigee", endingTitle: "Soirée tenue, à un prix", score: 7, at: at(4) }],
      found: [{ ending: "fin-mitigee", endingTitle: "Soirée tenue, à un prix" }],
    },
  },
});

/** Re-encodes suspend data after changing what it holds, to forge a bad entry. */
function tamper(text: string, change: (packed: any) => void): string {
  const packed = JSON.parse(strFromU8(inflateSync(Uint8Array.from(atob(text.slice(3)), (c) => c.charCodeAt(0)))));
  change(packed);
  return `r1.${btoa(String.fromCharCode(...deflateSync(strToU8(JSON.stringify(packed)))))}`;
}

describe("suspend data", () => {
  test("progress reads back exactly as it was, to the millisecond", () => {
    const text = encodeSuspendData(halfway());
    expect(text).toMatch(/^r1\.[A-Za-z0-9+/=]+$/);
    expect(decodeSuspendData(text)).toEqual(halfway());
  });

  test("review cards, checklists, assignments and the name stay on the device", () => {
    const p = parseProgress({ ...halfway(), learnerName: "Léa", checklists: { c: {} }, reviews: {} })!;
    expect(decodeSuspendData(encodeSuspendData(p))).toEqual(halfway());
  });

  test("empty progress is short and reads back empty", () => {
    const text = encodeSuspendData(emptyProgress());
    expect(text.length).toBeLessThan(40);
    expect(decodeSuspendData(text)).toEqual(emptyProgress());
  });

  test.each([
    ["nothing", ""],
    ["another course's data", "lesson=3;score=80"],
    ["cut short", encodeSuspendData(halfway()).slice(0, 60)],
    ["not base64", "r1.%%%"],
  ])("%s is no progress", (_, text) => {
    expect(decodeSuspendData(text)).toBeUndefined();
  });

  test("a bad entry is dropped alone, the rest reads", () => {
    const text = tamper(encodeSuspendData(halfway()), (packed) => {
      packed.q["garder-des-preuves"].p = 300; // a percent no quiz gives
      packed.l["x".repeat(500)] = "0"; // an id longer than any
      packed.s["le-troll-du-dimanche"].t = ["pas une date"];
    });
    const { quizzes: _q, simulations: _s, ...rest } = halfway();
    expect(decodeSuspendData(text)).toEqual({ ...rest, quizzes: {}, simulations: {} });
  });

  test("the whole course, fullest, fits in 4,096 characters and keeps every score and answer", () => {
    const fullest = fullestProgress();
    expect(Object.keys(fullest.lessons).length).toBeGreaterThan(50);
    expect(Object.keys(fullest.quizzes)).toEqual(Object.keys(courseQuizzes()));
    expect(Object.keys(fullest.simulations)).toEqual(Object.keys(courseEndings()));
    const text = encodeSuspendData(fullest);
    expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_MAX);
    const back = decodeSuspendData(text)!;
    expect(back.lessons).toEqual(fullest.lessons);
    for (const [id, quiz] of Object.entries(fullest.quizzes)) {
      const { answers, correct, total, percent, passed, at } = quiz;
      expect(back.quizzes[id]).toMatchObject({ answers, correct, total, percent, passed, at });
    }
    for (const [id, s] of Object.entries(fullest.simulations)) {
      const { ending, endingTitle, score, best, at } = s;
      expect(back.simulations[id]).toMatchObject({ ending, endingTitle, score, best, at });
      expect(back.simulations[id]!.plays).toBeUndefined(); // histories went first
    }
  });

  test("when even scores do not fit, the oldest entries go and the bound holds", () => {
    const fullest = fullestProgress();
    const text = encodeSuspendData(fullest, 800);
    expect(text.length).toBeLessThanOrEqual(800);
    const back = decodeSuspendData(text)!;
    const newest = Object.entries(fullest.simulations).at(-1)!;
    expect(back.simulations[newest[0]]).toMatchObject({ score: newest[1].score });
    expect(Object.keys(back.lessons).length).toBeLessThan(Object.keys(fullest.lessons).length);
  });
});
