// A new attempt replaces the last one, but the best so far is kept beside it:
// an assignment counts a quiz or simulation passed once, even if the learner
// replays it later and does worse (to see the other answers or endings).
import type { QuizResult, SimulationResult } from "./schema";

/** The new quiz result, carrying the best attempt so far (the earliest on a tie). */
export function withBestQuiz(previous: QuizResult | undefined, next: QuizResult): QuizResult {
  const before = previous && (previous.best ?? { percent: previous.percent, at: previous.at });
  const best = before && before.percent >= next.percent ? before : { percent: next.percent, at: next.at };
  return { ...next, best };
}

/** The new simulation ending, carrying the best ending reached so far (the earliest on a tie). */
export function withTopEnding(previous: SimulationResult | undefined, next: SimulationResult): SimulationResult {
  const ending = ({ ending, endingTitle, score, at }: SimulationResult) => ({ ending, endingTitle, score, at });
  const before = previous && (previous.top ?? ending(previous));
  const top = before && before.score >= next.score ? before : ending(next);
  return { ...next, top };
}
