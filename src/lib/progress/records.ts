// A new attempt replaces the last one, but each attempt that beat all earlier
// ones is kept: an assignment counts a quiz or simulation passed once, even if
// the learner replays it later and does worse (to see the other answers or
// endings), and dates it by the first attempt that reached its pass score.
import { MAX_PLAYS, type QuizResult, type SimulationResult } from "./schema";

type QuizRecord = NonNullable<QuizResult["records"]>[number];
type EndingRecord = NonNullable<SimulationResult["records"]>[number];

const quizRecord = ({ percent, passed, at }: QuizResult): QuizRecord => ({ percent, passed, at });
const endingRecord = ({ ending, endingTitle, score, at }: SimulationResult): EndingRecord => ({
  ending,
  endingTitle,
  score,
  at,
});

/** A quiz's record-setting attempts, oldest first (a result saved before records existed is its own). */
export const quizRecords = (result: QuizResult): QuizRecord[] => result.records ?? [quizRecord(result)];
/** A simulation's record-setting endings, oldest first. */
export const endingRecords = (result: SimulationResult): EndingRecord[] => result.records ?? [endingRecord(result)];

/** The new quiz result, with the records so far (a tie is no record: the earlier attempt keeps its date). */
export function withQuizRecords(previous: QuizResult | undefined, next: QuizResult): QuizResult {
  const records = previous ? quizRecords(previous) : [];
  const best = records.at(-1);
  return { ...next, records: best && best.percent >= next.percent ? records : [...records, quizRecord(next)] };
}

/**
 * Every play of a simulation, oldest first. A result saved before plays were kept
 * gives what it knew: its record-setting endings, then its last play.
 */
export function simulationPlays(result: SimulationResult): EndingRecord[] {
  if (result.plays) return result.plays;
  const records = endingRecords(result);
  const last = endingRecord(result);
  return records.some((r) => r.at === last.at && r.ending === last.ending) ? records : [...records, last];
}

/** The endings found so far, each once, in the order they were first reached. */
export const endingsFound = (result: SimulationResult): { ending: string; endingTitle: string }[] => [
  ...new Map(
    [...(result.found ?? []), ...endingRecords(result), ...simulationPlays(result)].map((p) => [
      p.ending,
      { ending: p.ending, endingTitle: p.endingTitle },
    ]),
  ).values(),
];

/** The new simulation ending, with the records so far and this play added to the history. */
export function withEndingRecords(previous: SimulationResult | undefined, next: SimulationResult): SimulationResult {
  const records = previous ? endingRecords(previous) : [];
  const best = records.at(-1);
  const plays = [...(previous ? simulationPlays(previous) : []), endingRecord(next)].slice(-MAX_PLAYS);
  const found = endingsFound({ ...next, ...(previous ? { found: endingsFound(previous) } : {}), plays });
  return {
    ...next,
    records: best && best.score >= next.score ? records : [...records, endingRecord(next)],
    plays,
    found: found.slice(0, 100),
  };
}
