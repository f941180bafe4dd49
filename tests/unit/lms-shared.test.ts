// The shapes both LMS runtimes share (src/lib/lms/): the package description, each question kind
// of the course as an interaction, and the events found between two progress values.
import { describe, expect, test } from "vitest";
import { parsePackageDescription, type PackageDescription } from "../../src/lib/lms/package-description.ts";
import {
  identifier,
  interactionId,
  isRightResponse,
  questionInteraction,
  type QuizQuestion,
} from "../../src/lib/lms/question-interaction.ts";
import { progressEvents } from "../../src/lib/lms/progress-events.ts";
import { emptyProgress, type Progress, type QuizResult } from "../../src/lib/progress/schema.ts";
import { courseQuizzes } from "../support/lms-course.ts";

const description: PackageDescription = {
  format: "relais-scorm",
  version: 1,
  id: "relais-crise",
  title: "Gérer une crise",
  passPercent: 80,
  items: [
    {
      kind: "lecon",
      id: "garder-des-preuves",
      title: "Garder des preuves",
      path: "lecons/garder-des-preuves/index.html",
      scored: true,
    },
    {
      kind: "simulation",
      id: "le-troll-du-dimanche",
      title: "Le troll",
      path: "simulations/le-troll-du-dimanche/index.html",
      scored: true,
    },
  ],
};

describe("package description", () => {
  test("a description as the packager writes it reads back the same", () => {
    expect(parsePackageDescription(JSON.parse(JSON.stringify(description)))).toEqual(description);
  });

  test.each([
    ["another format", { ...description, format: "relais-cmi5" }],
    ["a newer version", { ...description, version: 2 }],
    ["a pass mark over 100", { ...description, passPercent: 120 }],
    ["no items", { ...description, items: [] }],
    ["a path out of the package", { ...description, items: [{ ...description.items[0]!, path: "../../etc/passwd" }] }],
    ["an absolute path", { ...description, items: [{ ...description.items[0]!, path: "/lecons/x/index.html" }] }],
    [
      "a path to another site",
      { ...description, items: [{ ...description.items[0]!, path: "https://ailleurs.example/" }] },
    ],
    ["an unknown kind", { ...description, items: [{ ...description.items[0]!, kind: "guide" }] }],
  ])("%s is refused", (_, value) => {
    expect(parsePackageDescription(value)).toBeUndefined();
  });
});

const quizzes = courseQuizzes();
const all = Object.entries(quizzes).flatMap(([lesson, questions]) => questions.map((q) => ({ lesson, q })));
const first = (kind: QuizQuestion["kind"]) => all.find(({ q }) => q.kind === kind)!;

describe("question → interaction, for each kind of the course", () => {
  test("the course has questions of every kind", () => {
    expect(new Set(all.map(({ q }) => q.kind))).toEqual(new Set(["single", "multiple", "scenario", "ordering"]));
  });

  test.each(["single", "scenario"] as const)("a %s question is a choice with its one right option", (kind) => {
    const { lesson, q } = first(kind);
    const wrong = q.choices.find((c) => !q.expected.includes(c.id))!;
    const interaction = questionInteraction(lesson, q, [wrong.id]);
    expect(interaction).toEqual({
      id: `${lesson}.${q.id}`,
      type: "choice",
      description: q.prompt,
      choices: q.choices,
      correct: q.expected,
      response: [wrong.id],
      result: "wrong",
    });
    expect(q.expected).toHaveLength(1);
    expect(questionInteraction(lesson, q, q.expected).result).toBe("correct");
  });

  test("a multiple question is right with every right option in any order, wrong with one missing", () => {
    const { lesson, q } = all.find(({ q }) => q.kind === "multiple" && q.expected.length > 1)!;
    expect(questionInteraction(lesson, q, q.expected.toReversed())).toMatchObject({
      type: "choice",
      result: "correct",
    });
    expect(questionInteraction(lesson, q, q.expected.slice(1)).result).toBe("wrong");
  });

  test("an ordering question is a sequencing, right only in the right order", () => {
    const { lesson, q } = first("ordering");
    const interaction = questionInteraction(lesson, q, q.expected.toReversed());
    expect(interaction).toMatchObject({ type: "sequencing", correct: q.expected, result: "wrong" });
    expect(interaction.choices.map((c) => c.id)).toEqual(q.expected);
    expect(isRightResponse(q, q.expected)).toBe(true);
  });

  test("the verdict the quiz stored wins over checking again", () => {
    const { lesson, q } = first("single");
    expect(questionInteraction(lesson, q, q.expected, false).result).toBe("wrong");
  });

  test("every interaction id of the course is a short identifier, and unique", () => {
    const ids = all.map(({ lesson, q }) => interactionId(lesson, q.id));
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9._-]{3,255}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(identifier("a b/é".repeat(100))).toMatch(/^[A-Za-z0-9._-]{255}$/);
  });
});

const at = (minute: number) => `2027-02-01T10:${String(minute).padStart(2, "0")}:00.000Z`;

describe("progress events", () => {
  const { lesson, q } = first("single");
  const questions = quizzes[lesson]!;
  const right = Object.fromEntries(questions.map((x) => [x.id, x.expected]));
  const wrongAnswer = q.choices.find((c) => !q.expected.includes(c.id))!.id;
  const result = (answers: Record<string, string[]>, minute: number): QuizResult => {
    const correct = questions.filter((x) => isRightResponse(x, answers[x.id] ?? [])).map((x) => x.id);
    const percent = Math.floor((correct.length * 100) / questions.length);
    return { answers, correct, total: questions.length, percent, passed: percent >= 70, at: at(minute) };
  };
  const course = { quizzes };

  test("nothing changed, nothing to send", () => {
    const p: Progress = { ...emptyProgress(), lessons: { [lesson]: { readAt: at(1) } } };
    expect(progressEvents(p, { ...p }, course)).toEqual([]);
  });

  test("a lesson read, then a quiz with a wrong answer: read, each question answered, the score", () => {
    const before = emptyProgress();
    const read: Progress = { ...before, lessons: { [lesson]: { readAt: at(1) } } };
    expect(progressEvents(before, read, course)).toEqual([{ kind: "read", lesson }]);
    const failed = { ...read, quizzes: { [lesson]: result({ ...right, [q.id]: [wrongAnswer] }, 2) } };
    const events = progressEvents(read, failed, course);
    expect(events.map((e) => e.kind)).toEqual([...questions.map(() => "answered"), "quiz"]);
    expect(events.find((e) => e.kind === "answered" && e.interaction.id === `${lesson}.${q.id}`)).toMatchObject({
      interaction: { response: [wrongAnswer], result: "wrong" },
    });
    const { percent, passed } = failed.quizzes[lesson]!;
    expect(percent).toBeLessThan(100);
    expect(events.at(-1)).toEqual({ kind: "quiz", lesson, percent, passed });
  });

  test("a retry sends only the questions answered again, not those right and left alone", () => {
    const failed = { ...emptyProgress(), quizzes: { [lesson]: result({ ...right, [q.id]: [wrongAnswer] }, 2) } };
    const passed = { ...failed, quizzes: { [lesson]: result(right, 3) } };
    const events = progressEvents(failed, passed, course);
    expect(events).toEqual([
      { kind: "answered", interaction: questionInteraction(lesson, q, q.expected, true) },
      { kind: "quiz", lesson, percent: 100, passed: true },
    ]);
  });

  test("a quiz the runtime cannot describe still sends its score", () => {
    const p = { ...emptyProgress(), quizzes: { [lesson]: result(right, 2) } };
    expect(progressEvents(emptyProgress(), p, { quizzes: {} })).toEqual([
      { kind: "quiz", lesson, percent: 100, passed: true },
    ]);
  });

  test("a simulation played, and played again", () => {
    const play = { ending: "fin", endingTitle: "Fin", score: 3, best: 5 };
    const once = { ...emptyProgress(), simulations: { s: { ...play, at: at(1) } } };
    const twice = { ...emptyProgress(), simulations: { s: { ...play, score: 5, at: at(2) } } };
    expect(progressEvents(emptyProgress(), once, course)).toEqual([{ kind: "simulation", id: "s", score: 3, best: 5 }]);
    expect(progressEvents(once, twice, course)).toEqual([{ kind: "simulation", id: "s", score: 5, best: 5 }]);
  });
});
