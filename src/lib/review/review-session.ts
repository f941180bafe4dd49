// The review page's changes to progress, named so the island only renders (lib/review/schedule.ts
// decides): opening the page brings the stored reviews in line with the course and applies the
// misses recorded in lessons; answering a question moves its schedule.
import type { Progress } from "../progress/schema";
import { answerReview, reconcile, settle } from "./schedule";
import { localDay } from "../assignments/status";

type Course = ReadonlyMap<string, string>;

/** What opening the page will change: questions gone from the course, and rewritten ones. */
export const courseChanges = (progress: Progress, course: Course, now: Date) => {
  const { dropped, reset } = reconcile(progress.reviews ?? {}, course, now);
  return { dropped, reset };
};

/** The reviews in line with the course, every pending miss applied. */
export function openReviews(progress: Progress, course: Course, now: Date): Progress {
  const { reviews } = reconcile(progress.reviews ?? {}, course, now);
  return {
    ...progress,
    reviews: Object.fromEntries(Object.entries(reviews).map(([key, entry]) => [key, settle(entry)])),
  };
}

/** A question answered on the review page, right or not, at `now`: its schedule moves and the day counts. */
export function answerInReview(progress: Progress, key: string, right: boolean, now: Date): Progress {
  const entry = progress.reviews?.[key];
  if (!entry) return progress;
  const day = localDay(now);
  const answered = (progress.reviewDays?.[day]?.answered ?? 0) + 1;
  return {
    ...progress,
    reviews: { ...progress.reviews, [key]: answerReview(entry, right, now) },
    reviewDays: { ...progress.reviewDays, [day]: { answered } },
  };
}
