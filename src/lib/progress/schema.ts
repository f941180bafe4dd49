import * as v from "valibot";
import { assignmentSchema, nameSchema, storageKey } from "../assignments/assignment-schema";
import { MAX_MISSES, reviewKey, type ReviewEntry, type Reviews } from "../review/review-state";

// What Relais keeps on the learner's device, validated on every read.
// Validated with valibot rather than zod: the same checks for a third of the
// bytes, which every interactive page loads (a lesson with its quiz stays under
// its 12 KB JavaScript budget). Content schemas, checked at build time, use zod.
//
// Versions and migrations:
// - v1 (2026-11): lessons read, quiz results, simulation endings; then checklist
//   answers, accepted assignments and the learner's name, as optional fields so
//   data saved before them still reads; then (2026-12) each quiz result's shuffle
//   seeds and each simulation's history of plays, optional likewise; then (2027-01) the
//   questions under review (« Révisions », `reviews`), optional likewise: data saved before
//   them reads as having none; then the days reviews were answered on (`reviewDays`, for an
//   assignment's review streak), optional likewise.
// A future v2 adds a migrate step from v1 in store.ts and a new key, so an
// older tab never overwrites newer data it cannot read.
import { PROGRESS_KEY, PROGRESS_VERSION } from "./key";
export { PROGRESS_KEY, PROGRESS_VERSION };
/** Prefix of the keys a corrupt value is moved to (never deleted: support may recover it). */
export const CORRUPT_PREFIX = "relais:progress:corrompu:";

/** An attempt's seed: eight base-36 characters (newSeed in src/lib/shuffle.ts). */
const ATTEMPT = /^[0-9a-z]{8}$/;
/** The most questions a quiz may have (the content schema enforces it). */
export const MAX_QUESTIONS = 30;
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d\d-\d\dT/));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(120));
const int = v.pipe(v.number(), v.integer());

const quizResultSchema = v.object({
  /** Option ids picked, or step ids in the order given, per question id. */
  answers: v.record(id, v.pipe(v.array(id), v.maxLength(30))),
  /** Question ids answered right. */
  correct: v.array(id),
  total: v.pipe(int, v.minValue(1)),
  percent: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  passed: v.boolean(),
  at: isoDate,
  /**
   * Per question, the attempt its options were last shuffled in (its seed is questionSeed(attempt,
   * question)), so the result shows as it was answered. Bounded like the quiz itself.
   */
  seeds: v.optional(
    v.pipe(
      v.record(id, v.pipe(v.string(), v.regex(ATTEMPT))),
      v.check((r) => Object.keys(r).length <= MAX_QUESTIONS),
    ),
  ),
  /**
   * Each attempt that beat every earlier one, oldest first: a passed quiz stays passed
   * for assignments, dated by the first attempt that reached their pass score.
   */
  records: v.optional(
    v.pipe(
      v.array(
        v.object({ percent: v.pipe(v.number(), v.minValue(0), v.maxValue(100)), passed: v.boolean(), at: isoDate }),
      ),
      v.minLength(1),
      v.maxLength(101),
    ),
  ),
});

/** How many plays of one simulation are kept in its history. */
export const MAX_PLAYS = 200;
const playSchema = v.object({ ending: id, endingTitle: v.pipe(v.string(), v.maxLength(200)), score: int, at: isoDate });

const simulationResultSchema = v.object({
  /** The ending step reached. */
  ending: id,
  endingTitle: v.pipe(v.string(), v.maxLength(200)),
  score: int,
  /** The highest score any ending of this simulation gives. */
  best: int,
  at: isoDate,
  /** Each ending that scored more than every earlier one, oldest first. */
  records: v.optional(v.pipe(v.array(playSchema), v.minLength(1), v.maxLength(200))),
  /** Every play, oldest first (the last MAX_PLAYS): the history « Mon parcours » shows. */
  plays: v.optional(v.pipe(v.array(playSchema), v.minLength(1), v.maxLength(MAX_PLAYS))),
  /** Each ending ever reached, once, in the order found: kept apart from plays, which are cut. */
  found: v.optional(
    v.pipe(
      v.array(v.object({ ending: id, endingTitle: v.pipe(v.string(), v.maxLength(200)) })),
      v.minLength(1),
      v.maxLength(100),
    ),
  ),
});

const checklistAnswerSchema = v.object({
  included: v.nullable(v.boolean()),
  // Checked against the owner list by the checklist itself.
  owner: v.nullable(v.pipe(v.string(), v.maxLength(40))),
  note: v.pipe(v.string(), v.maxLength(2_000)),
});

/** A date as toISOString writes it, that parses (the scheduler computes with it). */
const instant = v.pipe(
  isoDate,
  v.maxLength(40),
  v.check((s) => !Number.isNaN(Date.parse(s))),
);
const count = v.pipe(int, v.minValue(0));
const amount = v.pipe(v.number(), v.finite(), v.minValue(0));

/** A ts-fsrs card, as StoredCard in src/lib/review/review-state.ts. */
const cardSchema = v.object({
  due: instant,
  // ts-fsrs's bounds (S_MAX, difficulty 1–10; 0 for a card never reviewed).
  stability: v.pipe(amount, v.maxValue(36_500)),
  difficulty: v.pipe(amount, v.maxValue(10)),
  elapsed_days: amount,
  scheduled_days: amount,
  learning_steps: count,
  reps: count,
  lapses: count,
  state: v.picklist([0, 1, 2, 3]),
  last_review: v.exactOptional(instant),
});

/** A question under review, as ReviewEntry in src/lib/review/review-state.ts (a unit test checks they agree). */
export const reviewSchema = v.object({
  lesson: id,
  question: id,
  fingerprint: id,
  due: instant,
  misses: v.pipe(v.array(instant), v.maxLength(MAX_MISSES)),
  card: v.exactOptional(cardSchema),
});

const acceptedSchema = v.object({
  assignment: assignmentSchema,
  acceptedAt: isoDate,
  /** Random, made on accepting: the trainer's table tells learners apart by it. */
  learnerKey: storageKey,
});

/** The collections of progress, each checked entry by entry: one bad entry costs only itself. */
const entrySchemas = {
  lessons: v.object({ readAt: isoDate }),
  quizzes: quizResultSchema,
  simulations: simulationResultSchema,
  /** Answers per checklist, per item id (a list is no answers: valibot's record would take it). */
  checklists: v.pipe(
    v.custom<Record<string, unknown>>((x) => typeof x === "object" && x !== null && !Array.isArray(x)),
    v.record(id, checklistAnswerSchema),
  ),
  /** Questions under review (« Révisions »), per reviewKey(lesson, question). */
  reviews: reviewSchema,
  /** Days the learner answered review questions (their device's calendar day): an assignment's streak. */
  reviewDays: v.object({ answered: v.pipe(int, v.minValue(1)) }),
} as const;
export type Collection = keyof typeof entrySchemas;
export const COLLECTIONS = Object.keys(entrySchemas) as Collection[];
/** Where a whole collection that is not a record at all is kept, in `unread`. */
export const WHOLE = "*";

const progressEntries = {
  version: v.literal(PROGRESS_VERSION),
  lessons: v.optional(v.unknown()),
  quizzes: v.optional(v.unknown()),
  simulations: v.optional(v.unknown()),
  checklists: v.optional(v.unknown()),
  reviews: v.optional(v.unknown()),
  reviewDays: v.optional(v.unknown()),
  /**
   * Assignments accepted from a trainer's link, per assignment id. Each is
   * checked on its own (see parseProgress), so one bad entry costs only itself.
   */
  assignments: v.optional(v.unknown()),
  /** Assignments that failed their check, kept as they were, per assignment id. */
  unreadAssignments: v.optional(v.unknown()),
  /** Other entries that failed their check, per collection and id, kept as they were until restored or deleted. */
  unread: v.optional(v.unknown()),
  /** The name the learner puts on their reports (checked in parseProgress: a bad name costs only itself). */
  learnerName: v.optional(v.unknown()),
  /** A saved name that failed its check, kept as it was until the learner saves a new one. */
  unreadLearnerName: v.optional(v.unknown()),
};
// Loose at the top: keys a newer release adds survive an older tab's save.
const storedSchema = v.looseObject(progressEntries);

export type QuizResult = v.InferOutput<typeof quizResultSchema>;
export type SimulationResult = v.InferOutput<typeof simulationResultSchema>;
export type AcceptedAssignment = v.InferOutput<typeof acceptedSchema>;
export type ChecklistAnswers = v.InferOutput<(typeof entrySchemas)["checklists"]>;
export type SetAside = Partial<Record<Collection, Record<string, unknown>>>;

export interface Progress {
  version: typeof PROGRESS_VERSION;
  lessons: Record<string, { readAt: string }>;
  quizzes: Record<string, QuizResult>;
  simulations: Record<string, SimulationResult>;
  checklists?: Record<string, ChecklistAnswers>;
  reviews?: Reviews;
  reviewDays?: Record<string, { answered: number }>;
  assignments?: Record<string, AcceptedAssignment>;
  unreadAssignments?: Record<string, unknown>;
  unread?: SetAside;
  learnerName?: string;
  unreadLearnerName?: unknown;
}

export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, lessons: {}, quizzes: {}, simulations: {} });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const validId = (key: string) => v.is(id, key);

/** A record's entries split into those that pass `check` and those set aside (records built with own keys only). */
function sortEntries<T>(
  value: unknown,
  check: (key: string, entry: unknown) => T | undefined,
  validKey: (key: string) => boolean = validId,
): { kept: Record<string, T>; aside: Record<string, unknown> } {
  if (value === undefined) return { kept: {}, aside: {} };
  if (!isRecord(value)) return { kept: {}, aside: { [WHOLE]: value } };
  const kept: [string, T][] = [];
  const aside: [string, unknown][] = [];
  for (const [key, entry] of Object.entries(value)) {
    const checked = validKey(key) ? check(key, entry) : undefined;
    if (checked === undefined) aside.push([key, entry]);
    else kept.push([key, checked]);
  }
  // fromEntries defines own properties: a key "__proto__" stays a plain key, never a prototype.
  return { kept: Object.fromEntries(kept), aside: Object.fromEntries(aside) };
}

const checkEntry = (collection: Collection) => (key: string, entry: unknown) => {
  const result = v.safeParse(entrySchemas[collection], entry);
  if (!result.success) return undefined;
  // A review is filed under its own lesson and question: any other key was tampered with.
  if (collection === "reviews") {
    const review = result.output as ReviewEntry;
    if (key !== reviewKey(review.lesson, review.question)) return undefined;
  }
  return result.output;
};
/** A calendar day, YYYY-MM-DD: the key of a review day. */
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** Review keys join two ids of 120 characters at most ("lesson/question"); review days are days; other keys are one id. */
const validKeyOf = (collection: Collection) =>
  collection === "reviews"
    ? (key: string) => key.length <= 241
    : collection === "reviewDays"
      ? (key: string) => DAY.test(key)
      : validId;
/** Collections absent until first used: data saved before them, or without them, has none. */
const OPTIONAL: readonly Collection[] = ["checklists", "reviews", "reviewDays"];
const checkAccepted = (key: string, entry: unknown) => {
  const accepted = v.safeParse(acceptedSchema, entry);
  return accepted.success && accepted.output.assignment.id === key ? accepted.output : undefined;
};

/**
 * Two sets of set-aside entries as one, losing none: the same entry twice is kept once, two
 * different entries under one id are both kept (the second as « id#2 », « id#3 »…).
 */
export function joinAside(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: [string, unknown][] = Object.entries(a);
  const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
  for (const [key, value] of Object.entries(b)) {
    const taken = out.filter(([k]) => k === key || k.startsWith(`${key}#`));
    if (taken.some(([, v]) => same(v, value))) continue;
    let n = taken.length + 1;
    while (out.some(([k]) => k === (n === 1 ? key : `${key}#${n}`))) n++;
    out.push([n === 1 ? key : `${key}#${n}`, value]);
  }
  return Object.fromEntries(out);
}

/** A set-aside value kept from before, as a record (anything else is kept whole). */
const asideOf = (value: unknown): Record<string, unknown> =>
  value === undefined ? {} : isRecord(value) ? value : { [WHOLE]: value };

/**
 * The stored value, salvaged entry by entry: a lesson, quiz, simulation, checklist, review or
 * assignment that fails its check is set aside alone (under `unread`, or `unreadAssignments`)
 * and the rest loads. Undefined only for a value that is not a v1 progress object at all.
 */
export function parseProgress(value: unknown): Progress | undefined {
  const result = v.safeParse(storedSchema, value);
  if (!result.success) return undefined;
  const {
    lessons,
    quizzes,
    simulations,
    checklists,
    reviews,
    reviewDays,
    assignments,
    unreadAssignments,
    unread,
    learnerName,
    ...rest
  } = result.output;
  const stored = { lessons, quizzes, simulations, checklists, reviews, reviewDays };
  const progress: Progress = { ...rest, ...emptyProgress() };
  const previous = isRecord(unread) ? unread : {};
  const setAside: SetAside = {};
  for (const collection of COLLECTIONS) {
    const { kept, aside } = sortEntries(stored[collection], checkEntry(collection), validKeyOf(collection));
    // Lessons, quizzes and simulations always exist; the optional collections only once used.
    if (!OPTIONAL.includes(collection) || stored[collection] !== undefined)
      Object.assign(progress, { [collection]: kept });
    const all = joinAside(asideOf(previous[collection]), aside);
    if (Object.keys(all).length > 0) setAside[collection] = all;
  }
  if (Object.keys(setAside).length > 0) progress.unread = setAside;
  const name = v.safeParse(nameSchema, learnerName);
  // A name that fails its check (saved under looser rules) is kept aside, for the learner to correct.
  if (name.success) progress.learnerName = name.output;
  else if (learnerName !== undefined) progress.unreadLearnerName = learnerName;
  else if (rest.unreadLearnerName !== undefined) progress.unreadLearnerName = rest.unreadLearnerName;
  if (assignments === undefined && unreadAssignments === undefined) return progress;
  const { kept, aside } = sortEntries(assignments, checkAccepted);
  if (assignments !== undefined) progress.assignments = kept;
  const unreadAll = joinAside(asideOf(unreadAssignments), aside);
  if (Object.keys(unreadAll).length > 0) progress.unreadAssignments = unreadAll;
  return progress;
}
