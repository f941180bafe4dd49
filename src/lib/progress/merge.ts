// Putting two progress values together, keeping the best of each item: what was read
// stays read, no score is lowered, no play, ending, assignment or question under review is
// dropped (nor a miss not yet applied to it). Restoring
// what was set aside is the same merge, with what now reads again.
import {
  MAX_PLAYS,
  PROGRESS_VERSION,
  joinAside,
  parseProgress,
  type Progress,
  type QuizResult,
  type SimulationResult,
} from "./schema";
import { endingRecords, endingsFound, quizRecords, simulationPlays } from "./records";
import { mergeReview } from "../review/review-merge";

// A date that does not parse (a hand-edited value) never wins over one that does.
const time = (iso: string, missing: number) => (Number.isNaN(Date.parse(iso)) ? missing : Date.parse(iso));
const earlier = (a: string, b: string) => (time(a, Infinity) <= time(b, Infinity) ? a : b);
const later = <T extends { at: string }>(a: T, b: T) => (time(b.at, -Infinity) > time(a.at, -Infinity) ? b : a);

/** Record-setting entries of two histories, oldest first: each beats every earlier one. */
function records<T extends { at: string }>(all: T[], value: (record: T) => number): T[] {
  const out: T[] = [];
  for (const record of all.toSorted((a, b) => Date.parse(a.at) - Date.parse(b.at))) {
    const best = out.at(-1);
    if (!best || value(record) > value(best)) out.push(record);
  }
  return out;
}

/** The same entry seen twice (a backup imported twice) counts once. */
const unique = <T extends { at: string }>(all: T[], key: (entry: T) => string) => [
  ...new Map(all.map((entry) => [`${entry.at}|${key(entry)}`, entry])).values(),
];

function mergeQuiz(a: QuizResult, b: QuizResult): QuizResult {
  const all = unique([...quizRecords(a), ...quizRecords(b)], (r) => String(r.percent));
  return { ...later(a, b), records: records(all, (r) => r.percent) };
}

function mergeSimulation(a: SimulationResult, b: SimulationResult): SimulationResult {
  const all = unique([...endingRecords(a), ...endingRecords(b)], (r) => `${r.ending}|${r.score}`);
  const plays = unique([...simulationPlays(a), ...simulationPlays(b)], (p) => `${p.ending}|${p.score}`).toSorted(
    (x, y) => Date.parse(x.at) - Date.parse(y.at),
  );
  const found = [...new Map([...endingsFound(a), ...endingsFound(b)].map((f) => [f.ending, f])).values()];
  return {
    ...later(a, b),
    best: Math.max(a.best, b.best),
    records: records(all, (r) => r.score),
    plays: plays.slice(-MAX_PLAYS),
    found: found.slice(0, 100),
  };
}

/** Each key of either record, merged with `both` (an entry only one side has, with itself). */
function mergeRecords<T>(a: Record<string, T> = {}, b: Record<string, T> = {}, both: (x: T, y: T) => T) {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return Object.fromEntries(
    [...keys].map((key) => {
      const x = Object.hasOwn(a, key) ? a[key] : undefined;
      const y = Object.hasOwn(b, key) ? b[key] : undefined;
      // One side alone is merged with itself: its history comes out in the same form as a joined one.
      const one = (x ?? y)!;
      return [key, x !== undefined && y !== undefined ? both(x, y) : both(one, one)];
    }),
  );
}

/**
 * `base` and `incoming` as one. Where both hold an item: the first reading counts, quiz and
 * simulation histories are joined (the best stays the best), a checklist answer already here
 * stays, an assignment already accepted here keeps its learner key, a question under review keeps
 * the card further along and the misses of both (review-merge.ts). Set-aside entries of both
 * stay set aside.
 */
export function mergeProgress(base: Progress, incoming: Progress): Progress {
  const merged: Progress = {
    ...incoming,
    ...base,
    version: PROGRESS_VERSION,
    lessons: mergeRecords(base.lessons, incoming.lessons, (x, y) => ({ readAt: earlier(x.readAt, y.readAt) })),
    quizzes: mergeRecords(base.quizzes, incoming.quizzes, mergeQuiz),
    simulations: mergeRecords(base.simulations, incoming.simulations, mergeSimulation),
  };
  if (base.checklists || incoming.checklists)
    merged.checklists = mergeRecords(base.checklists, incoming.checklists, (here, there) => ({ ...there, ...here }));
  if (base.assignments || incoming.assignments)
    merged.assignments = mergeRecords(base.assignments, incoming.assignments, (here) => here);
  if (base.reviews || incoming.reviews) merged.reviews = mergeRecords(base.reviews, incoming.reviews, mergeReview);
  // The same day on two devices (or a backup of this one) counts once, at its larger count.
  if (base.reviewDays || incoming.reviewDays)
    merged.reviewDays = mergeRecords(base.reviewDays, incoming.reviewDays, (x, y) => ({
      answered: Math.max(x.answered, y.answered),
    }));
  const unreadAssignments = joinAside(base.unreadAssignments ?? {}, incoming.unreadAssignments ?? {});
  if (Object.keys(unreadAssignments).length > 0) merged.unreadAssignments = unreadAssignments;
  else delete merged.unreadAssignments;
  const unread = mergeRecords(base.unread ?? {}, incoming.unread ?? {}, joinAside);
  if (Object.keys(unread).length > 0) merged.unread = unread;
  else delete merged.unread;
  if (!base.learnerName && incoming.learnerName) merged.learnerName = incoming.learnerName;
  return merged;
}

/** Progress without its set-aside entries (once the learner chose to delete them). */
export function withoutUnread(progress: Progress): Progress {
  const { unread: _unread, unreadAssignments: _assignments, ...rest } = progress;
  return rest;
}

/**
 * Reads the set-aside entries again: those that now pass (a newer release's rules, a repaired
 * value) are merged back, the others stay aside. Applying it twice changes nothing more.
 */
export function restoreUnread(progress: Progress): Progress {
  const { unread = {}, unreadAssignments } = progress;
  const again = parseProgress({
    version: PROGRESS_VERSION,
    lessons: unread.lessons ?? {},
    quizzes: unread.quizzes ?? {},
    simulations: unread.simulations ?? {},
    ...(unread.checklists ? { checklists: unread.checklists } : {}),
    ...(unread.reviews ? { reviews: unread.reviews } : {}),
    ...(unread.reviewDays ? { reviewDays: unread.reviewDays } : {}),
    ...(unreadAssignments ? { assignments: unreadAssignments } : {}),
  })!;
  return mergeProgress(withoutUnread(progress), again);
}

export type CopyRead = { ok: true; progress: Progress } | { ok: false; reason: "json" | "shape" };

/**
 * A whole value set aside earlier (a copy under relais:progress:corrompu:…), read entry by
 * entry: what still fails is set aside within it. Merging it (mergeProgress) restores it.
 */
export function parseCopy(raw: string): CopyRead {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, reason: "json" };
  }
  const read = parseProgress(value);
  return read ? { ok: true, progress: read } : { ok: false, reason: "shape" };
}

/** A set-aside copy merged into the current progress, when it reads. */
export function restoreCopy(progress: Progress, raw: string): CopyRead {
  const read = parseCopy(raw);
  return read.ok ? { ok: true, progress: mergeProgress(progress, read.progress) } : read;
}
