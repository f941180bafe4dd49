import * as z from "zod/mini";
import { OWNERS } from "../../schemas/checklist-owners";

// zod's fast path probes `new Function`, which the site's Content-Security-Policy
// forbids (and reports): validate without it.
z.config({ jitless: true });

// What Relais keeps on the learner's device, validated on every read.
//
// Versions and migrations:
// - v1 (2026-11): lessons read, quiz results, simulation endings; then checklist
//   answers, as an optional field so data saved before it still reads.
// A future v2 adds a migrate step from v1 in progress-store.ts and a new key, so an
// older tab never overwrites newer data it cannot read.
export const PROGRESS_VERSION = 1;
export const PROGRESS_KEY = `relais:progress:v${PROGRESS_VERSION}`;
/** Prefix of the keys a corrupt value is moved to (never deleted: support may recover it). */
export const CORRUPT_PREFIX = "relais:progress:corrompu:";

const isoDate = z.string().check(z.regex(/^\d{4}-\d\d-\d\dT/));
const id = z.string().check(z.minLength(1), z.maxLength(120));

export const quizResultSchema = z.object({
  /** Option ids picked, or step ids in the order given, per question id. */
  answers: z.record(id, z.array(id).check(z.maxLength(30))),
  /** Question ids answered right. */
  correct: z.array(id),
  total: z.number().check(z.int(), z.minimum(1)),
  percent: z.number().check(z.minimum(0), z.maximum(100)),
  passed: z.boolean(),
  at: isoDate,
});

export const simulationResultSchema = z.object({
  /** The ending step reached. */
  ending: id,
  endingTitle: z.string().check(z.maxLength(200)),
  score: z.number().check(z.int()),
  best: z.number().check(z.int()),
  at: isoDate,
});

export const checklistAnswerSchema = z.object({
  included: z.nullable(z.boolean()),
  owner: z.nullable(z.enum(OWNERS)),
  note: z.string().check(z.maxLength(2_000)),
});

export const progressSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  lessons: z.record(id, z.object({ readAt: isoDate })),
  quizzes: z.record(id, quizResultSchema),
  simulations: z.record(id, simulationResultSchema),
  /** Answers per checklist, per item id. */
  checklists: z.optional(z.record(id, z.record(id, checklistAnswerSchema))),
});

export type Progress = z.infer<typeof progressSchema>;
export type QuizResult = z.infer<typeof quizResultSchema>;
export type SimulationResult = z.infer<typeof simulationResultSchema>;

export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, lessons: {}, quizzes: {}, simulations: {} });
