// What the learner reads of an assignment's review days (issue 19): on the offer and in « Mon
// parcours ». Apart from learner-wording.ts so the certificate page, which shares that module,
// does not carry it.
import { agree, plural, quote } from "../french";
import { streakMet, type ReviewSummary } from "../review/review-streak";
import type { Assignment } from "./assignment-schema";

const NBSP = "\u00a0";

/** What an assignment's review streak asks, in the learner's words. */
const reviewAsked = (days: number) =>
  `répondre à des questions dans ${quote("Révisions")} ${days < 2 ? "au moins un jour" : `${plural(days, "jour")} différents`}`;

/** Where the learner stands on the review days asked: « Révisions : 2 jours de révision sur 5 demandés… ». */
export function reviewLine(summary: ReviewSummary, asked: number): string {
  if (streakMet(summary, asked))
    return `Révisions${NBSP}: objectif atteint, ${plural(summary.days, "jour")} de révision (${asked} ${agree(asked, "demandé")}).`;
  return `Révisions${NBSP}: ${plural(summary.days, "jour")} de révision sur ${asked} ${agree(asked, "demandé")}. Les questions manquées dans les quiz reviennent dans ${quote("Révisions")}${NBSP}; sans question à revoir ce jour-là, ${quote("S’entraîner en avance")} compte aussi.`;
}

/** The offer's line about review days, as term and description; none when the assignment asks none. */
export const reviewFacts = (assignment: Assignment): [string, string][] =>
  assignment.reviewStreak === undefined ? [] : [["Révisions", reviewAsked(assignment.reviewStreak)]];
