// « Révisions »: the questions a learner missed, kept in their progress until they are known.
// Lessons load this file to record misses and pages to count what is due, so it holds no
// scheduler: a miss is only noted here (pending), and the review page applies pending misses
// with ts-fsrs (schedule.ts) when it opens. A miss always brings its question back a day later
// (schedule.ts keeps that promise), so the due date written here is the one the page computes.

/** A ts-fsrs Card as JSON keeps it: dates as ISO strings. */
export interface StoredCard {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: 0 | 1 | 2 | 3;
  last_review?: string;
}

/** One question under review, keyed by reviewKey(lesson, question). */
export interface ReviewEntry {
  lesson: string;
  question: string;
  /** questionFingerprint of the question when it was missed: another means it was rewritten. */
  fingerprint: string;
  /** When it is next due (ISO). */
  due: string;
  /** Misses recorded in lessons not yet applied to the card (ISO, oldest first, at most 20). */
  misses: string[];
  /** Its scheduling state, once a miss or a review has been applied (none after a reset). */
  card?: StoredCard;
}

export type Reviews = Record<string, ReviewEntry>;

/** The most pending misses an entry keeps (the latest ones). */
export const MAX_MISSES = 20;
/** A missed question comes back this long after the miss. */
export const DAY_MS = 86_400_000;

export const reviewKey = (lesson: string, question: string) => `${lesson}/${question}`;

const time = (iso: string) => Date.parse(iso);

/**
 * Misses still to apply to `card`: sorted, each instant once, those at or before its last review
 * dropped (already applied, or older than the review that followed them), the last MAX_MISSES.
 */
export function pendingMisses(misses: readonly string[], card: StoredCard | undefined): string[] {
  const after = card?.last_review === undefined ? -Infinity : time(card.last_review);
  const instants = new Set(misses.map(time).filter((t) => t > after));
  return [...instants]
    .toSorted((a, b) => a - b)
    .slice(-MAX_MISSES)
    .map((t) => new Date(t).toISOString());
}

/**
 * The entry with these misses pending, and due as settle will make it: a day after the last
 * one; with none, when its card says (or as it was, with no card).
 */
export function withMisses(entry: ReviewEntry, misses: readonly string[]): ReviewEntry {
  const pending = pendingMisses(misses, entry.card);
  const last = pending.at(-1);
  const due = last ? new Date(time(last) + DAY_MS).toISOString() : (entry.card?.due ?? entry.due);
  return { ...entry, misses: pending, due };
}

/**
 * A quiz submitted in a lesson: each missed question gets a pending miss; a new entry is due the
 * next day (at + 24 h), and so is one already there (the miss counts as its latest review). An
 * entry whose fingerprint changed is reset (new fingerprint, no card, this miss only). Right
 * answers change nothing: passing a quiz never hides its missed questions. Pure.
 */
export function recordMisses(
  reviews: Reviews,
  lesson: string,
  missed: readonly { id: string; fingerprint: string }[],
  at: Date,
): Reviews {
  if (missed.length === 0) return reviews;
  const iso = at.toISOString();
  // Every key holds a "/": none is "__proto__", so plain assignment is safe.
  const out: Reviews = { ...reviews };
  for (const { id, fingerprint } of missed) {
    const key = reviewKey(lesson, id);
    const old = Object.hasOwn(out, key) ? out[key] : undefined;
    out[key] =
      old && old.fingerprint === fingerprint
        ? withMisses(old, [...old.misses, iso])
        : withMisses({ lesson, question: id, fingerprint, due: iso, misses: [] }, [iso]);
  }
  return out;
}

/** How many entries are due at `now` (due <= now). */
export function dueCount(reviews: Reviews, now: Date): number {
  const at = now.getTime();
  return Object.values(reviews).filter((entry) => time(entry.due) <= at).length;
}
