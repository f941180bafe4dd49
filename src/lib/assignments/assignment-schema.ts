// The shape of an assignment: what a trainer asks a cohort to do, by when, and
// the score that counts as passed. Kept apart from the link codec so the
// progress store, which every interactive page loads, checks stored
// assignments without carrying the deflate code.
import * as v from "valibot";

export const MAX_MESSAGE = 600;
export const MAX_NAME = 80;
/** The longest review streak a trainer can ask for, in days. */
export const MAX_REVIEW_STREAK = 60;

/** Names are shown as text everywhere; refusing markup also keeps them honest in files and sheets. */
const HTML_IN_NAME = /[<>]/;
// C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional
// overrides and isolates that could make a name display as something else in a
// table or a file. Written as escapes so the source stays plain text.
const CONTROL = new RegExp("[\\u0000-\\u001f\\u007f-\\u009f\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069]");

/** A person's or a cohort's name: trimmed, one line, no markup. */
export const nameSchema = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, "est vide"),
  v.maxLength(MAX_NAME, `dépasse ${MAX_NAME} caractères`),
  v.check((s) => !HTML_IN_NAME.test(s), "contient des balises HTML\u00a0: «\u00a0<\u00a0» ou «\u00a0>\u00a0»"),
  v.check((s) => !CONTROL.test(s), "contient des caractères de contrôle ou invisibles"),
);

/** "lecon:<id>" or "simulation:<id>": a lesson (with its quiz) or a simulation. */
export type ItemRef = `lecon:${string}` | `simulation:${string}`;
const ITEM_REF = /^(lecon|simulation):[a-z0-9-]{1,100}$/;
export const itemRefSchema = v.custom<ItemRef>((s) => typeof s === "string" && ITEM_REF.test(s), "contenu inconnu");
/** A calendar day, YYYY-MM-DD, that exists (no 30 February). */
const daySchema = v.pipe(
  v.string(),
  v.isoDate(),
  // Also run after isoDate failed (valibot checks the whole pipe): never throws.
  v.check((day) => {
    const time = Date.parse(`${day}T00:00:00Z`);
    return Number.isFinite(time) && new Date(time).toISOString().startsWith(day);
  }, "n’existe pas"),
);

/**
 * Keys that plain-object records silently drop (valibot's `record` skips them to
 * guard prototypes): an id spelt like one would vanish from storage.
 */
const RESERVED_KEYS = new Set(["__proto__", "constructor", "prototype"]);
/** An id used as a record key on the device: lowercase letters and digits. */
export const storageKey = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]{8,24}$/),
  v.check((key) => !RESERVED_KEYS.has(key), "est un mot réservé"),
);

export const assignmentSchema = v.strictObject({
  /** Random, made when the link is created: reports name it. */
  id: storageKey,
  cohort: nameSchema,
  trainer: nameSchema,
  /** Last day to finish (inclusive), YYYY-MM-DD. */
  due: daySchema,
  /** Minimum quiz or simulation score, in percent, that counts as passed. */
  passScore: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
  message: v.pipe(v.string(), v.maxLength(MAX_MESSAGE)),
  items: v.pipe(
    v.array(itemRefSchema),
    v.minLength(1),
    v.maxLength(300),
    v.check((items) => new Set(items).size === items.length, "élément répété"),
  ),
  created: daySchema,
  /**
   * Optional: on how many different days the learner must answer questions in « Révisions »
   * (days, not days in a row: see src/lib/review/review-streak.ts). Absent from links made before
   * it, and when the trainer asks for none.
   */
  reviewStreak: v.exactOptional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_REVIEW_STREAK))),
  /** The id of the assignment this one, made by editing it, replaces (assignment-edit.ts). */
  replaces: v.optional(storageKey),
});
export type Assignment = v.InferOutput<typeof assignmentSchema>;

/** The assignment's identity and content, to tell "the same assignment" from "a tampered copy". */
export const sameAssignment = (a: Assignment, b: Assignment) =>
  a.id === b.id &&
  a.cohort === b.cohort &&
  a.trainer === b.trainer &&
  a.due === b.due &&
  a.passScore === b.passScore &&
  a.message === b.message &&
  a.created === b.created &&
  a.reviewStreak === b.reviewStreak &&
  a.replaces === b.replaces &&
  a.items.join() === b.items.join();
