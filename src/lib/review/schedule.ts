// When a question under review comes back, by ts-fsrs. Only the review page loads this file (and
// ts-fsrs with it); lessons note misses as pending (review-state.ts), applied here in order.
import { Rating, createEmptyCard, fsrs, type Card, type Grade } from "ts-fsrs";
import { DAY_MS, pendingMisses, type ReviewEntry, type Reviews, type StoredCard } from "./review-state";

/**
 * The scheduler: FSRS with enable_short_term off (no steps of minutes: « missed today → due
 * tomorrow ») and fuzz off (the same answers give the same dates, on every device and in tests).
 * Answered well, a question's interval grows; answered badly, it comes back the next day.
 */
export const scheduler = fsrs({ enable_short_term: false, enable_fuzz: false });

const toCard = ({ due, last_review, ...rest }: StoredCard): Card => ({
  ...rest,
  due: new Date(due),
  ...(last_review === undefined ? {} : { last_review: new Date(last_review) }),
});

const toStored = ({ due, last_review, state, ...rest }: Card): StoredCard => ({
  ...rest,
  state: state as StoredCard["state"],
  due: due.toISOString(),
  ...(last_review === undefined ? {} : { last_review: last_review.toISOString() }),
});

/**
 * `card` rated at `at`. A time before its last review (another device's clock) counts as that
 * review's, as ts-fsrs refuses to go back. A miss brings the question back a day later at most:
 * FSRS would wait days after a lapse of a well-known question, but a crisis playbook forgotten
 * once is seen again tomorrow (its stability, what FSRS learnt, stays as FSRS made it). A card
 * ts-fsrs refuses (a hand-edited memory state it cannot continue) starts again at `at`.
 */
function rate(card: Card | undefined, grade: Grade, at: Date): Card {
  const last = card?.last_review?.getTime() ?? -Infinity;
  const when = new Date(Math.max(at.getTime(), last));
  let next: Card;
  try {
    next = scheduler.next(card ?? createEmptyCard(when), when, grade).card;
  } catch {
    next = scheduler.next(createEmptyCard(at), at, grade).card;
  }
  const cap = (next.last_review ?? when).getTime() + DAY_MS;
  if (grade !== Rating.Again || next.due.getTime() <= cap) return next;
  return { ...next, due: new Date(cap), scheduled_days: 1 };
}

/**
 * Pending misses applied to the card in order (each a Rating.Again at its time; a card is
 * created at the first), misses emptied, due = card.due. An entry with none is returned as is.
 */
export function settle(entry: ReviewEntry): ReviewEntry {
  const misses = pendingMisses(entry.misses, entry.card);
  if (misses.length === 0)
    return entry.misses.length === 0 ? entry : { ...entry, misses: [], due: entry.card?.due ?? entry.due };
  let card = entry.card && toCard(entry.card);
  for (const miss of misses) card = rate(card, Rating.Again, new Date(miss));
  const stored = toStored(card!);
  return { ...entry, misses: [], card: stored, due: stored.due };
}

/** A review answered at `now`: settle first, then Rating.Good if right, Rating.Again if wrong. */
export function answerReview(entry: ReviewEntry, right: boolean, now: Date): ReviewEntry {
  const settled = settle(entry);
  const card = toStored(rate(settled.card && toCard(settled.card), right ? Rating.Good : Rating.Again, now));
  return { ...settled, card, due: card.due };
}

const time = (iso: string) => Date.parse(iso);

/** Keys whose due date is (`due`) or is not yet (`!due`) past at `now`, soonest due first (then by key), at most `limit`. */
function queue(reviews: Reviews, now: Date, limit: number, due: boolean): string[] {
  const at = now.getTime();
  return Object.entries(reviews)
    .filter(([, entry]) => time(entry.due) <= at === due)
    .toSorted(([a, x], [b, y]) => time(x.due) - time(y.due) || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, Math.max(0, limit))
    .map(([key]) => key);
}

/** Keys due at `now`, most overdue first (then by key), at most `limit`. */
export const dueQueue = (reviews: Reviews, now: Date, limit = 10) => queue(reviews, now, limit, true);

/**
 * Keys not yet due, the soonest first, at most `limit`: practice ahead when nothing is due (an
 * assignment's review days, or a crisis tomorrow). Answered early, a card is rated at `now` as any.
 */
export const aheadQueue = (reviews: Reviews, now: Date, limit = 10) => queue(reviews, now, limit, false);

/**
 * The reviews against the course as built (review key → current questionFingerprint). An entry
 * whose question is gone is dropped; one whose fingerprint differs (options or steps rewritten)
 * starts again: the new fingerprint, no card, no pending miss, due at `now` (the learner missed
 * the old version: the new one is shown at the next session). `dropped` and `reset` count them,
 * for the page to say (review-wording.ts, reconcileNotice).
 */
export function reconcile(
  reviews: Reviews,
  course: ReadonlyMap<string, string>,
  now: Date,
): { reviews: Reviews; dropped: number; reset: number } {
  let dropped = 0;
  let reset = 0;
  const kept: [string, ReviewEntry][] = [];
  for (const [key, entry] of Object.entries(reviews)) {
    const fingerprint = course.get(key);
    if (fingerprint === undefined) dropped++;
    else if (fingerprint === entry.fingerprint) kept.push([key, entry]);
    else {
      reset++;
      const { lesson, question } = entry;
      kept.push([key, { lesson, question, fingerprint, due: now.toISOString(), misses: [] }]);
    }
  }
  return { reviews: dropped + reset === 0 ? reviews : Object.fromEntries(kept), dropped, reset };
}

/** How many entries come back, by when: due already, within a day, 2–7 days, 8–30 days, later. */
export interface Upcoming {
  /** Due at `now` already (more than a session's worth, or reset). */
  now: number;
  tomorrow: number;
  week: number;
  month: number;
  later: number;
}

/** What comes next, for the end of a session: entries by how far ahead they are due. */
export function upcoming(reviews: Reviews, now: Date): Upcoming {
  const counts: Upcoming = { now: 0, tomorrow: 0, week: 0, month: 0, later: 0 };
  for (const entry of Object.values(reviews)) {
    const days = (time(entry.due) - now.getTime()) / DAY_MS;
    if (days <= 0) counts.now++;
    else if (days <= 1) counts.tomorrow++;
    else if (days <= 7) counts.week++;
    else if (days <= 30) counts.month++;
    else counts.later++;
  }
  return counts;
}
