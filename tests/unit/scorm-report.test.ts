// What the SCORM bridge writes after a change (src/lib/lms/scorm-report.ts), where it finds the
// LMS's API (scorm-api.ts), and what of the device's progress goes to a package's LMS
// (package-progress.ts).
import { describe, expect, test } from "vitest";
import { scormReport, scormTimespan } from "../../src/lib/lms/scorm-report.ts";
import { findScormApi, type WindowLike } from "../../src/lib/lms/scorm-api.ts";
import { packageProgress } from "../../src/lib/lms/package-progress.ts";
import { decodeSuspendData } from "../../src/lib/lms/suspend-data.ts";
import { lmsSaveFailed, lmsStartFailed } from "../../src/lib/lms/lms-wording.ts";
import type { PackageDescription } from "../../src/lib/lms/package-description.ts";
import { emptyProgress, type Progress } from "../../src/lib/progress/schema.ts";
import { courseQuizzes } from "../support/lms-course.ts";

const LESSON = "garder-des-preuves";
const questions = courseQuizzes()[LESSON]!;
const PATH = `lecons/${LESSON}/index.html`;
const description: PackageDescription = {
  format: "relais-scorm",
  version: 1,
  id: "relais-x",
  title: "X",
  passPercent: 80,
  items: [{ kind: "lecon", id: LESSON, title: "Garder des preuves", path: PATH, scored: true }],
};
const at = "2027-02-01T10:00:00.000Z";
const right = Object.fromEntries(questions.map((q) => [q.id, q.expected]));
const passed: Progress = {
  ...emptyProgress(),
  lessons: { [LESSON]: { readAt: at }, ailleurs: { readAt: at } },
  quizzes: {
    [LESSON]: {
      answers: right,
      correct: questions.map((q) => q.id),
      total: questions.length,
      percent: 100,
      passed: true,
      at,
    },
  },
};
const input = {
  before: emptyProgress(),
  after: passed,
  description,
  course: { quizzes: { [LESSON]: questions } },
  page: PATH,
  interactions: 4,
  now: new Date(2027, 1, 1, 10),
};

describe("a report", () => {
  test("new interactions from the LMS's count, then status, score, location, suspend data", () => {
    const { values, interactions } = scormReport(input);
    expect(interactions).toBe(4 + questions.length);
    const elements = values.map(([element]) => element);
    expect(elements[0]).toBe("cmi.interactions.4.id");
    expect(elements.slice(-6)).toEqual([
      "cmi.core.lesson_status",
      "cmi.core.score.min",
      "cmi.core.score.max",
      "cmi.core.score.raw",
      "cmi.core.lesson_location",
      "cmi.suspend_data",
    ]);
    const byElement = Object.fromEntries(values);
    expect(byElement).toMatchObject({
      "cmi.core.lesson_status": "passed",
      "cmi.core.score.raw": "100",
      "cmi.core.lesson_location": PATH,
    });
    // Only the package's own lessons go to its LMS.
    expect(Object.keys(decodeSuspendData(byElement["cmi.suspend_data"]!)!.lessons)).toEqual([LESSON]);
  });

  test("nothing new: no interaction, the state written again; a page that is no item sets no location", () => {
    const { values, interactions } = scormReport({ ...input, before: passed, page: "index.html" });
    expect(interactions).toBe(4);
    expect(values.map(([e]) => e)).toEqual([
      "cmi.core.lesson_status",
      "cmi.core.score.min",
      "cmi.core.score.max",
      "cmi.core.score.raw",
      "cmi.suspend_data",
    ]);
  });

  test("without the package's description, answers and progress still go", () => {
    const { values } = scormReport({ ...input, description: undefined });
    const elements = values.map(([e]) => e);
    expect(elements).not.toContain("cmi.core.lesson_status");
    expect(elements.at(-1)).toBe("cmi.suspend_data");
    expect(elements).toContain("cmi.interactions.4.result");
  });

  test("session time as CMITimespan", () => {
    expect(scormTimespan(0)).toBe("0000:00:00");
    expect(scormTimespan(3_723_900)).toBe("0001:02:03");
    expect(scormTimespan(-5)).toBe("0000:00:00");
  });
});

describe("package progress", () => {
  test("keeps the package's lessons, quizzes and simulations, nothing else", () => {
    const all: Progress = {
      ...passed,
      simulations: { s: { ending: "e", endingTitle: "E", score: 1, best: 2, at } },
      learnerName: "Léa",
    };
    expect(packageProgress(all, description)).toEqual({
      version: 1,
      lessons: { [LESSON]: { readAt: at } },
      quizzes: passed.quizzes,
      simulations: {},
    });
  });
});

describe("finding the API", () => {
  const api = {
    LMSInitialize: () => "true",
    LMSFinish: () => "true",
    LMSGetValue: () => "",
    LMSSetValue: () => "true",
    LMSCommit: () => "true",
    LMSGetLastError: () => "0",
    LMSGetErrorString: () => "",
  };
  /** A window `depth` frames under a top window holding `top`. */
  function nested(depth: number, top: Partial<WindowLike> = {}): WindowLike {
    const root: WindowLike = { parent: null, ...top };
    root.parent = root;
    let win = root;
    for (let i = 0; i < depth; i++) win = { parent: win };
    return win;
  }

  test("in a parent a few frames up", () => {
    expect(findScormApi(nested(3, { API: api }))).toBe(api);
  });

  test("not further than seven levels up", () => {
    expect(findScormApi(nested(7, { API: api }))).toBe(api);
    expect(findScormApi(nested(9, { API: api }))).toBeUndefined();
  });

  test("in the window that opened this one", () => {
    expect(findScormApi({ ...nested(0), opener: nested(1, { API: api }) })).toBe(api);
  });

  test("opened alone, or under a parent of another origin, or with something else called API: none", () => {
    expect(findScormApi(nested(2))).toBeUndefined();
    const foreign = {
      get parent(): WindowLike {
        throw new DOMException("cross-origin", "SecurityError");
      },
    };
    expect(findScormApi({ parent: foreign as unknown as WindowLike })).toBeUndefined();
    expect(findScormApi(nested(1, { API: { LMSInitialize: () => "true" } }))).toBeUndefined();
  });
});

describe("wording", () => {
  test("messages name the error, reassure, and use French spacing", () => {
    expect(lmsStartFailed("101", "General Exception")).toBe(
      "Votre plateforme de formation n’a pas ouvert le suivi (erreur 101\u00a0: General Exception). Votre progression reste gardée sur cet appareil\u00a0; si cela se répète, prévenez votre formateur.",
    );
    expect(lmsSaveFailed("405", "")).toMatch(
      /^Votre plateforme de formation n’a pas enregistré votre progression \(erreur 405\)\. Elle reste gardée/,
    );
  });
});
