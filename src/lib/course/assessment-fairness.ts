// Does the course's assessment give the answer away to a learner who does not read?
// Pure figures over the whole course, in the order authors wrote the options (the
// order a page shows without JavaScript): where the right answer sits, whether it is
// the longest option, and where a simulation's best choice sits. The build fails
// above the thresholds; `npm run fairness` prints the figures.
import type { ContentProblem } from "./content-problems.ts";

/** No option position may hold more than this share of right answers; nor may the right answer be the longest more often. */
export const MAX_SHARE = 40;
/**
 * Shares are judged from this many questions (or steps) on: below it a share is noise
 * (one new lesson in a three-question course moves it by 25 points), and each quiz is
 * still checked on its own against guessing (checkGuessing).
 */
export const MIN_SAMPLE = 10;

export interface OptionFacts {
  text: string;
  correct: boolean;
}
export interface QuestionFacts {
  /** Where the question lives, e.g. `content/lessons/crise/x.mdx` and `q2`. */
  file: string;
  id: string;
  kind: "single" | "multiple" | "scenario" | "ordering";
  options?: readonly OptionFacts[];
}
export interface DecisionFacts {
  file: string;
  step: string;
  /** The choices in file order, with their labels and points. */
  choices: readonly { label: string; points: number }[];
}

export interface PositionFigure {
  /** How many questions (or steps) were counted. */
  count: number;
  /** Right answers (or best choices) per position, 0 for the first. */
  byPosition: number[];
  /** The position holding the most, and its share in whole percent (rounded down). */
  worstPosition: number;
  worstShare: number;
}
export interface FairnessFigures {
  /** Single-answer and scenario questions: where the right answer is. */
  singleAnswer: PositionFigure;
  /** Single-answer and scenario questions whose right answer is the longest option (ties count). */
  longestRight: { count: number; share: number };
  /** Multiple-answer questions whose right options are exactly the first ones. */
  multipleRightFirst: { total: number; count: number; share: number };
  /** Simulation steps: where the choice with the most points is. */
  simulationBest: PositionFigure;
  /** Simulation steps whose best choice has the longest label. */
  simulationLongestBest: { count: number; share: number };
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.floor((part * 100) / whole));

function positions(indexes: readonly number[]): PositionFigure {
  const byPosition: number[] = [];
  for (const index of indexes) byPosition[index] = (byPosition[index] ?? 0) + 1;
  for (let i = 0; i < byPosition.length; i++) byPosition[i] ??= 0;
  const most = Math.max(0, ...byPosition);
  return {
    count: indexes.length,
    byPosition,
    worstPosition: Math.max(0, byPosition.indexOf(most)),
    worstShare: share(most, indexes.length),
  };
}

const isLongest = (texts: readonly string[], index: number) =>
  texts.every((text) => text.length <= texts[index]!.length);

export function fairnessFigures(
  questions: readonly QuestionFacts[],
  decisions: readonly DecisionFacts[],
): FairnessFigures {
  const single = questions.filter((q) => (q.kind === "single" || q.kind === "scenario") && q.options);
  const rightIndexes = single.map((q) => q.options!.findIndex((o) => o.correct)).filter((i) => i >= 0);
  const longest = single.filter((q) => {
    const right = q.options!.findIndex((o) => o.correct);
    return (
      right >= 0 &&
      isLongest(
        q.options!.map((o) => o.text),
        right,
      )
    );
  }).length;
  const multiple = questions.filter((q) => q.kind === "multiple" && q.options);
  const rightFirst = multiple.filter((q) => {
    const flags = q.options!.map((o) => o.correct);
    const k = flags.filter(Boolean).length;
    return flags.every((flag, i) => flag === i < k);
  }).length;
  const scored = decisions.filter((d) => d.choices.length > 1);
  const bestIndex = (d: DecisionFacts) => {
    const most = Math.max(...d.choices.map((c) => c.points));
    return d.choices.findIndex((c) => c.points === most);
  };
  const longestBest = scored.filter((d) =>
    isLongest(
      d.choices.map((c) => c.label),
      bestIndex(d),
    ),
  ).length;
  return {
    singleAnswer: positions(rightIndexes),
    longestRight: { count: longest, share: share(longest, single.length) },
    multipleRightFirst: { total: multiple.length, count: rightFirst, share: share(rightFirst, multiple.length) },
    simulationBest: positions(scored.map(bestIndex)),
    simulationLongestBest: { count: longestBest, share: share(longestBest, scored.length) },
  };
}

/** Exact comparison: 41 of 100 is over 40 %, 40 of 100 is not. */
const over = (part: number, whole: number) => whole >= MIN_SAMPLE && part * 100 > MAX_SHARE * whole;

const ordinal = (i: number) => (i === 0 ? "1re" : `${i + 1}e`);

/** What gives the answer away, course-wide, as problems the build reports. */
export function checkFairness(
  questions: readonly QuestionFacts[],
  decisions: readonly DecisionFacts[],
  where = "quiz du cours",
): ContentProblem[] {
  const figures = fairnessFigures(questions, decisions);
  const problems: ContentProblem[] = [];
  const { singleAnswer, longestRight, multipleRightFirst, simulationBest, simulationLongestBest } = figures;
  const single = questions.filter((q) => (q.kind === "single" || q.kind === "scenario") && q.options);
  const filesWith = (predicate: (q: QuestionFacts) => boolean) =>
    [...new Set(single.filter(predicate).map((q) => q.file))].slice(0, 8).join(", ");
  const most = singleAnswer.byPosition[singleAnswer.worstPosition] ?? 0;
  if (over(most, singleAnswer.count)) {
    problems.push({
      file: where,
      message: `la bonne réponse est en ${ordinal(singleAnswer.worstPosition)} position dans ${most} questions à réponse unique sur ${singleAnswer.count} (${singleAnswer.worstShare}\u00a0%, au plus ${MAX_SHARE}\u00a0%)\u00a0: déplacez-la dans d'autres questions, par exemple dans ${filesWith((q) => q.options!.findIndex((o) => o.correct) === singleAnswer.worstPosition)}`,
    });
  }
  if (over(longestRight.count, single.length)) {
    problems.push({
      file: where,
      message: `la bonne réponse est l'option la plus longue dans ${longestRight.count} questions à réponse unique sur ${single.length} (${longestRight.share}\u00a0%, au plus ${MAX_SHARE}\u00a0%)\u00a0: étoffez les mauvaises options, par exemple dans ${filesWith(
        (q) =>
          isLongest(
            q.options!.map((o) => o.text),
            q.options!.findIndex((o) => o.correct),
          ),
      )}`,
    });
  }
  if (over(multipleRightFirst.count, multipleRightFirst.total)) {
    problems.push({
      file: where,
      message: `dans ${multipleRightFirst.count} questions à plusieurs réponses sur ${multipleRightFirst.total} (${multipleRightFirst.share}\u00a0%, au plus ${MAX_SHARE}\u00a0%), les bonnes options sont toutes en tête de liste\u00a0: mélangez-les aux autres`,
    });
  }
  const best = simulationBest.byPosition[simulationBest.worstPosition] ?? 0;
  if (over(best, simulationBest.count)) {
    problems.push({
      file: "simulations du cours",
      message: `le meilleur choix est en ${ordinal(simulationBest.worstPosition)} position dans ${best} étapes sur ${simulationBest.count} (${simulationBest.worstShare}\u00a0%, au plus ${MAX_SHARE}\u00a0%)\u00a0: changez l'ordre des choix dans certaines étapes`,
    });
  }
  if (over(simulationLongestBest.count, simulationBest.count)) {
    problems.push({
      file: "simulations du cours",
      message: `le meilleur choix a le libellé le plus long dans ${simulationLongestBest.count} étapes sur ${simulationBest.count} (${simulationLongestBest.share}\u00a0%, au plus ${MAX_SHARE}\u00a0%)\u00a0: étoffez les autres choix`,
    });
  }
  return problems;
}

/** The figures as lines a person reads (build output and `npm run fairness`). */
export function describeFairness(figures: FairnessFigures): string[] {
  const spread = (figure: PositionFigure) =>
    figure.byPosition.map((n, i) => `${ordinal(i)}\u00a0: ${n} (${share(n, figure.count)}\u00a0%)`).join(", ");
  return [
    `Questions à réponse unique et mises en situation\u00a0: ${figures.singleAnswer.count}. Position de la bonne réponse\u00a0: ${spread(figures.singleAnswer)}.`,
    `Bonne réponse la plus longue\u00a0: ${figures.longestRight.count} (${figures.longestRight.share}\u00a0%).`,
    `Questions à plusieurs réponses\u00a0: ${figures.multipleRightFirst.total}, bonnes options toutes en tête\u00a0: ${figures.multipleRightFirst.count} (${figures.multipleRightFirst.share}\u00a0%).`,
    `Étapes de simulation\u00a0: ${figures.simulationBest.count}. Position du meilleur choix\u00a0: ${spread(figures.simulationBest)}.`,
    `Meilleur choix au libellé le plus long\u00a0: ${figures.simulationLongestBest.count} (${figures.simulationLongestBest.share}\u00a0%).`,
    `Seuil\u00a0: ${MAX_SHARE}\u00a0% au plus pour chaque chiffre, jugé à partir de ${MIN_SAMPLE} questions ou étapes.`,
  ];
}

/** The facts of a lesson's quiz, from its frontmatter (parsed by Astro or read raw). */
export function quizFacts(
  file: string,
  quiz: { questions: readonly { id: string; kind: QuestionFacts["kind"]; options?: readonly OptionFacts[] }[] },
): QuestionFacts[] {
  return quiz.questions.map((q) => ({
    file,
    id: q.id,
    kind: q.kind,
    ...(q.options ? { options: q.options.map((o) => ({ text: o.text, correct: o.correct === true })) } : {}),
  }));
}

/** The decision steps of a simulation, in file order. */
export function simulationFacts(
  file: string,
  simulation: { steps: readonly { id: string; choices?: readonly { label: string; points: number }[] }[] },
): DecisionFacts[] {
  return simulation.steps
    .filter((s) => (s.choices ?? []).length > 0)
    .map((s) => ({ file, step: s.id, choices: s.choices!.map((c) => ({ label: c.label, points: c.points })) }));
}

/** A learner who answers without reading: always the first option, or always the longest. */
export type Guess = "first" | "longest";

/**
 * The share of a quiz (whole percent) that a guess gets right in file order. An ordering
 * question counts as missed: its steps are never shown solved. A multiple-answer question
 * is answered with the one guessed option.
 */
export function guessScore(questions: readonly QuestionFacts[], guess: Guess): number {
  if (questions.length === 0) return 0;
  const right = questions.filter((q) => {
    if (!q.options) return false;
    const pick =
      guess === "first"
        ? 0
        : q.options.reduce((best, o, i) => (o.text.length > q.options![best]!.text.length ? i : best), 0);
    const expected = q.options.flatMap((o, i) => (o.correct ? [i] : []));
    return expected.length === 1 && expected[0] === pick;
  }).length;
  return Math.floor((right * 100) / questions.length);
}

/** Each quiz that a learner passes without reading, by always taking the first or the longest option. */
export function checkGuessing(
  quizzes: readonly { file: string; passScore: number; questions: readonly QuestionFacts[] }[],
): ContentProblem[] {
  const said: Record<Guess, string> = { first: "la première option", longest: "l'option la plus longue" };
  return quizzes.flatMap(({ file, passScore, questions }) =>
    (["first", "longest"] as const)
      .filter((guess) => guessScore(questions, guess) >= passScore)
      .map((guess) => ({
        file,
        field: "quiz",
        message: `cocher toujours ${said[guess]} suffit à réussir ce quiz (${guessScore(questions, guess)}\u00a0%, seuil ${passScore}\u00a0%)\u00a0: changez l'ordre ou la longueur des options`,
      })),
  );
}
