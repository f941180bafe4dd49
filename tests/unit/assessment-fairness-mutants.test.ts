import { describe, expect, test } from "vitest";
import {
  checkFairness,
  checkGuessing,
  describeFairness,
  fairnessFigures,
  guessScore,
  type DecisionFacts,
  type QuestionFacts,
} from "../../src/lib/course/assessment-fairness.ts";

// Mutation-testing companions to assessment-fairness.test.ts: each case pins a behaviour a surviving mutant broke.

/** A question of `kind` in `file`, its options of the given lengths, right where `correct` says. */
const q = (file: string, kind: QuestionFacts["kind"], correct: boolean[], lengths: number[] = []): QuestionFacts => ({
  file,
  id: "q1",
  kind,
  options: correct.map((c, i) => ({ text: "x".repeat(lengths[i] ?? 10), correct: c })),
});
/** A single-answer question with the right option at `right` among four, never the longest. */
const at = (file: string, right: number, kind: QuestionFacts["kind"] = "single") =>
  q(
    file,
    kind,
    [0, 1, 2, 3].map((i) => i === right),
    [0, 1, 2, 3].map((i) => (i === (right + 1) % 4 ? 20 : 10)),
  );
const ordering: QuestionFacts = { file: "o.mdx", id: "q9", kind: "ordering" };
const step = (file: string, points: number[], labels: string[] = []): DecisionFacts => ({
  file,
  step: "s",
  choices: points.map((p, i) => ({ label: labels[i] ?? "choix", points: p })),
});

describe("fairnessFigures", () => {
  test("nothing to count gives zero shares, not NaN", () => {
    const figures = fairnessFigures([], []);
    expect(figures.longestRight).toEqual({ count: 0, share: 0 });
    expect(figures.singleAnswer).toEqual({ count: 0, byPosition: [], worstPosition: 0, worstShare: 0 });
    expect(figures.multipleRightFirst).toEqual({ total: 0, count: 0, share: 0 });
    expect(figures.simulationLongestBest).toEqual({ count: 0, share: 0 });
  });

  test("the worst position is where most right answers are, even past the first", () => {
    const figures = fairnessFigures([at("a", 2), at("b", 2), at("c", 1)], []);
    expect(figures.singleAnswer).toEqual({ count: 3, byPosition: [0, 1, 2], worstPosition: 2, worstShare: 66 });
  });

  test("single-answer and scenario questions count, multiple and ordering ones do not", () => {
    const figures = fairnessFigures(
      [at("a", 1), at("b", 1, "scenario"), q("m", "multiple", [true, false], [30, 10]), ordering],
      [],
    );
    expect(figures.singleAnswer).toEqual({ count: 2, byPosition: [0, 2], worstPosition: 1, worstShare: 100 });
    expect(figures.longestRight).toEqual({ count: 0, share: 0 });
  });

  test("a single-answer question without a right option counts no position and is never the longest", () => {
    const figures = fairnessFigures([q("a", "single", [false, false], [30, 10]), at("b", 0)], []);
    expect(figures.singleAnswer).toEqual({ count: 1, byPosition: [1], worstPosition: 0, worstShare: 100 });
    expect(figures.longestRight).toEqual({ count: 0, share: 0 });
  });

  test("a step with a single choice is not a decision", () => {
    const figures = fairnessFigures([], [step("s", [3]), step("s", [0, 2], ["a", "bb"])]);
    expect(figures.simulationBest).toEqual({ count: 1, byPosition: [0, 1], worstPosition: 1, worstShare: 100 });
    expect(figures.simulationLongestBest).toEqual({ count: 1, share: 100 });
  });
});

describe("checkFairness", () => {
  test("the files named are those with the right answer at the worst position, eight at most", () => {
    const questions = [
      at("autre.mdx", 1),
      at("sc.mdx", 0, "scenario"),
      q("m.mdx", "multiple", [true, false]),
      ordering,
      ...Array.from({ length: 10 }, (_, i) => at(`f${i}.mdx`, 0)),
    ];
    expect(checkFairness(questions, [])).toEqual([
      {
        file: "quiz du cours",
        message:
          "la bonne réponse est en 1re position dans 11 questions à réponse unique sur 12 (91\u00a0%, au plus 40\u00a0%)\u00a0: " +
          "déplacez-la dans d'autres questions, par exemple dans sc.mdx, f0.mdx, f1.mdx, f2.mdx, f3.mdx, f4.mdx, f5.mdx, f6.mdx",
      },
    ]);
    expect(checkFairness(questions, [], "quiz de la leçon")[0]!.file).toBe("quiz de la leçon");
  });

  test("multiple-answer questions with their right options first fail from 10 on", () => {
    const multiple = Array.from({ length: 10 }, (_, i) => q(`m${i}.mdx`, "multiple", [true, true, false]));
    expect(checkFairness(multiple, [])).toEqual([
      {
        file: "quiz du cours",
        message:
          "dans 10 questions à plusieurs réponses sur 10 (100\u00a0%, au plus 40\u00a0%), les bonnes options sont toutes en tête de liste\u00a0: mélangez-les aux autres",
      },
    ]);
  });

  test("simulation steps with the best choice first, or longest, fail", () => {
    const firstAndLongest = Array.from({ length: 10 }, () => step("s.yaml", [2, 0, 1], ["le plus long", "b", "c"]));
    expect(checkFairness([], firstAndLongest)).toEqual([
      {
        file: "simulations du cours",
        message:
          "le meilleur choix est en 1re position dans 10 étapes sur 10 (100\u00a0%, au plus 40\u00a0%)\u00a0: changez l'ordre des choix dans certaines étapes",
      },
      {
        file: "simulations du cours",
        message:
          "le meilleur choix a le libellé le plus long dans 10 étapes sur 10 (100\u00a0%, au plus 40\u00a0%)\u00a0: étoffez les autres choix",
      },
    ]);
  });
});

describe("describeFairness", () => {
  test("every line reads as a sentence", () => {
    const figures = fairnessFigures(
      [at("a", 0), q("b", "single", [false, true], [10, 30]), q("m", "multiple", [true, false])],
      [step("s", [1, 0], ["long", "c"]), step("s", [0, 1])],
    );
    expect(describeFairness(figures)).toEqual([
      "Questions à réponse unique et mises en situation\u00a0: 2. Position de la bonne réponse\u00a0: 1re\u00a0: 1 (50\u00a0%), 2e\u00a0: 1 (50\u00a0%).",
      "Bonne réponse la plus longue\u00a0: 1 (50\u00a0%).",
      "Questions à plusieurs réponses\u00a0: 1, bonnes options toutes en tête\u00a0: 1 (100\u00a0%).",
      "Étapes de simulation\u00a0: 2. Position du meilleur choix\u00a0: 1re\u00a0: 1 (50\u00a0%), 2e\u00a0: 1 (50\u00a0%).",
      "Meilleur choix au libellé le plus long\u00a0: 2 (100\u00a0%).",
      "Seuil\u00a0: 40\u00a0% au plus pour chaque chiffre, jugé à partir de 10 questions ou étapes.",
    ]);
  });
});

describe("guessScore and checkGuessing", () => {
  test("an empty quiz scores 0", () => {
    expect(guessScore([], "first")).toBe(0);
    expect(guessScore([], "longest")).toBe(0);
  });

  test("the first and the longest option are different guesses", () => {
    const quiz = [q("l", "single", [true, false, false], [5, 10, 30])];
    expect(guessScore(quiz, "first")).toBe(100);
    expect(guessScore(quiz, "longest")).toBe(0);
  });

  test("the longest is the first of the longest options", () => {
    const quiz = [q("l", "single", [false, true, false, false], [5, 20, 20, 3])];
    expect(guessScore(quiz, "longest")).toBe(100);
    expect(guessScore(quiz, "first")).toBe(0);
  });

  test("one guessed option never answers a question with several right ones", () => {
    expect(guessScore([q("l", "multiple", [true, true])], "first")).toBe(0);
    expect(guessScore([q("l", "multiple", [true, false]), q("l", "single", [false, true])], "first")).toBe(50);
  });

  test("a guess scoring exactly the pass score passes the quiz, and is reported on the quiz field", () => {
    const questions = [q("l", "single", [true, false], [5, 30]), q("l", "single", [false, true], [5, 30])];
    expect(checkGuessing([{ file: "l.mdx", passScore: 50, questions }])).toEqual([
      {
        file: "l.mdx",
        field: "quiz",
        message:
          "cocher toujours la première option suffit à réussir ce quiz (50\u00a0%, seuil 50\u00a0%)\u00a0: changez l'ordre ou la longueur des options",
      },
      {
        file: "l.mdx",
        field: "quiz",
        message:
          "cocher toujours l'option la plus longue suffit à réussir ce quiz (50\u00a0%, seuil 50\u00a0%)\u00a0: changez l'ordre ou la longueur des options",
      },
    ]);
    expect(checkGuessing([{ file: "l.mdx", passScore: 51, questions }])).toEqual([]);
  });
});
