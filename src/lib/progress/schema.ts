import * as v from "valibot";
import { assignmentSchema, nameSchema, storageKey } from "../assignments/assignment-schema";

// What Relais keeps on the learner's device, validated on every read.
// Validated with valibot rather than zod: the same checks for a third of the
// bytes, which every interactive page loads (a lesson with its quiz stays under
// its 12 KB JavaScript budget). Content schemas, checked at build time, use zod.
//
// Versions and migrations:
// - v1 (2026-11): lessons read, quiz results, simulation endings; then checklist
//   answers, accepted assignments and the learner's name, as optional fields so
//   data saved before them still reads; then (2026-12) each quiz result's shuffle
//   seeds and each simulation's history of plays, optional likewise.
// A future v2 adds a migrate step from v1 in store.ts and a new key, so an
// older tab never overwrites newer data it cannot read.
export const PROGRESS_VERSION = 1;
export const PROGRESS_KEY = `relais:progress:v${PROGRESS_VERSION}`;
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

const acceptedSchema = v.object({
  assignment: assignmentSchema,
  acceptedAt: isoDate,
  /** Random, made on accepting: the trainer's table tells learners apart by it. */
  learnerKey: storageKey,
});

const progressEntries = {
  version: v.literal(PROGRESS_VERSION),
  lessons: v.record(id, v.object({ readAt: isoDate })),
  quizzes: v.record(id, quizResultSchema),
  simulations: v.record(id, simulationResultSchema),
  /** Answers per checklist, per item id. */
  checklists: v.optional(v.record(id, v.record(id, checklistAnswerSchema))),
  /**
   * Assignments accepted from a trainer's link, per assignment id. Each is
   * checked on its own (see parseProgress), so one bad entry costs only itself.
   */
  assignments: v.optional(v.record(id, v.unknown())),
  /** Entries that failed their check, kept as they were (support may recover them). */
  unreadAssignments: v.optional(v.record(id, v.unknown())),
  /** The name the learner puts on their reports (checked in parseProgress: a bad name costs only itself). */
  learnerName: v.optional(v.unknown()),
  /** A saved name that failed its check, kept as it was until the learner saves a new one. */
  unreadLearnerName: v.optional(v.unknown()),
};
// Loose at the top: keys a newer release adds survive an older tab's save.
const storedSchema = v.looseObject(progressEntries);

export type Progress = Omit<
  v.InferOutput<v.ObjectSchema<typeof progressEntries, undefined>>,
  "assignments" | "learnerName"
> & {
  assignments?: Record<string, AcceptedAssignment>;
  learnerName?: string;
};
export type QuizResult = v.InferOutput<typeof quizResultSchema>;
export type SimulationResult = v.InferOutput<typeof simulationResultSchema>;
export type AcceptedAssignment = v.InferOutput<typeof acceptedSchema>;

export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, lessons: {}, quizzes: {}, simulations: {} });

/** The stored value, if it is a valid v1 state; accepted assignments that fail their check are set aside. */
export function parseProgress(value: unknown): Progress | undefined {
  const result = v.safeParse(storedSchema, value);
  if (!result.success) return undefined;
  const { assignments, learnerName, ...rest } = result.output;
  const name = v.safeParse(nameSchema, learnerName);
  // A name that fails its check (saved under looser rules) is kept aside, for the learner to correct.
  const progress: Progress = name.success
    ? { ...rest, learnerName: name.output }
    : learnerName === undefined
      ? rest
      : { ...rest, unreadLearnerName: learnerName };
  if (!assignments) return progress;
  const readable: Record<string, AcceptedAssignment> = {};
  const unread: Record<string, unknown> = { ...progress.unreadAssignments };
  for (const [key, entry] of Object.entries(assignments)) {
    const accepted = v.safeParse(acceptedSchema, entry);
    if (accepted.success && accepted.output.assignment.id === key) readable[key] = accepted.output;
    else unread[key] = entry;
  }
  return Object.keys(unread).length > 0
    ? { ...progress, assignments: readable, unreadAssignments: unread }
    : { ...progress, assignments: readable };
}
