import { describe, expect, test } from "vitest";
import {
  checkFairness,
  checkGuessing,
  describeFairness,
  MIN_SAMPLE,
  fairnessFigures,
  guessScore,
  quizFacts,
  simulationFacts,
  type QuestionFacts,
} from "../../src/lib/course/assessment-fairness.ts";

/** A single-answer question whose right option is at `right` (0 first) among `n`, option lengths as given. */
const question = (right: number, n = 4, lengths: number[] = []): QuestionFacts => ({
  file: `f${right}.mdx`,
  id: "q1",
  kind: "single",
  options: Array.from({ length: n }, (_, i) => ({ text: "x".repeat(lengths[i] ?? 10), correct: i === right })),
});
/** Questions with the right answer at these positions, never the longest option. */
const spread = (positions: number[]) =>
  positions.map((p) =>
    question(
      p,
      4,
      [0, 1, 2, 3].map((i) => (i === (p + 1) % 4 ? 20 : 10)),
    ),
  );

describe("fairnessFigures", () => {
  test("counts the right answer's position and whether it is the longest", () => {
    const figures = fairnessFigures([question(0, 3, [30, 10, 10]), question(1, 3, [10, 12, 20]), question(2)], []);
    expect(figures.singleAnswer.byPosition).toEqual([1, 1, 1]);
    expect(figures.singleAnswer.worstShare).toBe(33);
    // The first is the longest; the third ties with every other option, which counts too.
    expect(figures.longestRight).toEqual({ count: 2, share: 66 });
  });

  test("multiple-answer questions whose right options are all first are counted", () => {
    const multiple = (flags: boolean[]): QuestionFacts => ({
      file: "m.mdx",
      id: "q",
      kind: "multiple",
      options: flags.map((correct, i) => ({ text: `option ${i}`, correct })),
    });
    const figures = fairnessFigures(
      [multiple([true, true, false]), multiple([false, true, true]), multiple([true, false, true])],
      [],
    );
    expect(figures.multipleRightFirst).toEqual({ total: 3, count: 1, share: 33 });
  });

  test("a simulation step's best choice is located by its points", () => {
    const decisions = simulationFacts("s.yaml", {
      steps: [
        {
          id: "a",
          choices: [
            { label: "court", points: 3 },
            { label: "plus long", points: -1 },
          ],
        },
        {
          id: "b",
          choices: [
            { label: "x", points: 0 },
            { label: "y", points: 1 },
            { label: "zz", points: 2 },
          ],
        },
        { id: "fin" },
      ],
    });
    const figures = fairnessFigures([], decisions);
    expect(figures.simulationBest.byPosition).toEqual([1, 0, 1]);
    expect(figures.simulationLongestBest.count).toBe(1);
  });
});

describe("checkFairness", () => {
  test("a course with answers spread over positions passes", () => {
    expect(checkFairness(spread([0, 1, 2, 3, 1, 2, 0, 3, 2, 1]), [])).toEqual([]);
  });

  test("more than 40\u00a0% of right answers in one position fails, naming files to change", () => {
    const problems = checkFairness(spread([0, 0, 0, 0, 0, 1, 2, 3, 1, 2]), []);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(
      /^la bonne réponse est en 1re position dans 5 questions à réponse unique sur 10 \(50\u00a0%, au plus 40\u00a0%\)/,
    );
    expect(problems[0]!.message).toContain("f0.mdx");
  });

  test("exactly 40\u00a0% passes: the threshold is inclusive", () => {
    expect(checkFairness(spread([0, 0, 0, 0, 1, 2, 3, 1, 2, 3]), [])).toEqual([]);
  });

  test("below MIN_SAMPLE questions a share is not judged (each quiz still is, against guessing)", () => {
    expect(MIN_SAMPLE).toBe(10);
    expect(checkFairness(spread([0, 0, 0, 0, 0, 0, 0, 0, 0]), [])).toEqual([]);
    expect(checkFairness(spread([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), [])).toHaveLength(1);
  });

  test("the right answer longest in more than 40\u00a0% of questions fails", () => {
    const long = [0, 1, 2, 3, 0, 1, 2, 3, 0, 1].map((p) =>
      question(
        p,
        4,
        [0, 1, 2, 3].map((i) => (i === p ? 40 : 10)),
      ),
    );
    expect(checkFairness(long, []).map((p) => p.message)).toEqual([
      expect.stringMatching(/^la bonne réponse est l'option la plus longue dans 10 questions à réponse unique sur 10/),
    ]);
  });

  test("the figures read as sentences", () => {
    const lines = describeFairness(fairnessFigures(spread([0, 1]), []));
    expect(lines[0]).toBe(
      "Questions à réponse unique et mises en situation\u00a0: 2. Position de la bonne réponse\u00a0: 1re\u00a0: 1 (50\u00a0%), 2e\u00a0: 1 (50\u00a0%).",
    );
  });
});

describe("guessing", () => {
  const quiz = quizFacts("l.mdx", {
    questions: [
      {
        id: "q1",
        kind: "single",
        options: [{ text: "bonne", correct: true }, { text: "mauvaise, plus longue" }] as never,
      },
      {
        id: "q2",
        kind: "scenario",
        options: [{ text: "fausse" }, { text: "juste et longue", correct: true }] as never,
      },
      { id: "q3", kind: "ordering" },
    ],
  });

  test("always the first and always the longest score what they would get", () => {
    expect(guessScore(quiz, "first")).toBe(33);
    expect(guessScore(quiz, "longest")).toBe(33);
  });

  test("a quiz passed by a guess is refused, and one that is not passes", () => {
    expect(checkGuessing([{ file: "l.mdx", passScore: 30, questions: quiz }]).map((p) => p.message)).toEqual([
      "cocher toujours la première option suffit à réussir ce quiz (33\u00a0%, seuil 30\u00a0%)\u00a0: changez l'ordre ou la longueur des options",
      "cocher toujours l'option la plus longue suffit à réussir ce quiz (33\u00a0%, seuil 30\u00a0%)\u00a0: changez l'ordre ou la longueur des options",
    ]);
    expect(checkGuessing([{ file: "l.mdx", passScore: 70, questions: quiz }])).toEqual([]);
  });
});
