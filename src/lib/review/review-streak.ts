// How regularly a learner reviews, for an assignment that asks for a review streak: the days they
// answered questions in « Révisions » (progress.reviewDays, their device's calendar days) since
// they accepted it, and the longest run of days in a row among them.
//
// What an assignment asks (`reviewStreak`) is a number of review DAYS, not of days in a row:
// spaced repetition brings a question back at growing intervals by design, so a learner who knows
// their questions often has nothing due tomorrow; days in a row would reward cramming. The longest
// run is reported beside it for the trainer.

import type { AcceptedAssignment, Progress } from "../progress/schema";
import { localDay } from "../assignments/status";

/** What a report says of the learner's reviews since they accepted the assignment. */
export interface ReviewSummary {
  /** Days with at least one review answered. */
  days: number;
  /** The longest run of consecutive such days. */
  streak: number;
  /** The last such day, YYYY-MM-DD, or null when none. */
  last: string | null;
}

const DAY_MS = 86_400_000;
/** Days since 1970 of a YYYY-MM-DD calendar day (time zones play no part: both ends are days). */
const dayNumber = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);

/** The review days on or after `since` (YYYY-MM-DD), summed up. */
export function reviewSummary(
  reviewDays: Readonly<Record<string, { answered: number }>> | undefined,
  since: string,
): ReviewSummary {
  const days = Object.keys(reviewDays ?? {})
    .filter((day) => day >= since)
    .sort();
  let streak = 0;
  let run = 0;
  let previous = Number.NaN;
  for (const day of days) {
    const n = dayNumber(day);
    run = n === previous + 1 ? run + 1 : 1;
    streak = Math.max(streak, run);
    previous = n;
  }
  return { days: days.length, streak, last: days.at(-1) ?? null };
}

/** Whether the summary meets the review days an assignment asks for (none asked: met). */
export const streakMet = (summary: ReviewSummary, asked: number | undefined) =>
  asked === undefined || summary.days >= asked;

/**
 * The learner's reviews since they accepted the assignment (their device's day), when it asks for
 * review days; undefined when it asks for none.
 */
export const assignmentReview = (
  progress: Progress,
  { assignment, acceptedAt }: Pick<AcceptedAssignment, "assignment" | "acceptedAt">,
): ReviewSummary | undefined =>
  assignment.reviewStreak === undefined
    ? undefined
    : reviewSummary(progress.reviewDays, localDay(new Date(acceptedAt)));
