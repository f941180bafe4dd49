// What « Révisions » says: the count in the header and « Mon parcours », what comes next after a
// session, a session's score, and what changed when the course did.
import { agree, plural } from "../french";
import type { Upcoming } from "./schedule";

const NBSP = "\u00a0";

/** The page, the link and the session when nothing is due. */
export const NOTHING_DUE = "Aucune question à revoir pour l’instant.";

/** "3 questions à revoir": the count alone, in words. */
export const dueWords = (due: number) => `${plural(due, "question")} à revoir`;

/**
 * The link to the page: `text` as shown, « Révisions (3) » (no count when none is due), and
 * `label`, its accessible name, which starts with what is shown (« Révisions, 3 questions à
 * revoir ») so that voice control finds it by what it reads.
 */
export function reviewsLink(due: number): { text: string; label: string } {
  if (due <= 0) return { text: "Révisions", label: "Révisions" };
  return { text: `Révisions (${due})`, label: `Révisions, ${dueWords(due)}` };
}

/** "A, B et C". */
const list = (parts: readonly string[]) =>
  parts.length < 2 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} et ${parts.at(-1)}`;

/**
 * « 3 questions demain, 5 d’ici une semaine et 1 plus tard »: only the non-zero parts, « question »
 * said once, on the first. Empty when nothing is left to review.
 */
export function upcomingParts(next: Upcoming): string {
  const parts = (
    [
      [next.now, "dès maintenant"],
      [next.tomorrow, "demain"],
      [next.week, "d’ici une semaine"],
      [next.month, "d’ici un mois"],
      [next.later, "plus tard"],
    ] as const
  ).filter(([n]) => n > 0);
  return list(parts.map(([n, when], i) => (i === 0 ? `${plural(n, "question")} ${when}` : `${n}${NBSP}${when}`)));
}

/** The end of a session: « À venir : 3 questions demain et 5 d’ici une semaine. », or NOTHING_DUE. */
export function upcomingSentence(next: Upcoming): string {
  const parts = upcomingParts(next);
  return parts === "" ? NOTHING_DUE : `À venir${NBSP}: ${parts}.`;
}

/** A session's score: « 4 sur 6 justes ». */
export const sessionSummary = (right: number, total: number) => `${right} sur ${total} ${agree(right, "juste")}`;

/**
 * What reconcile changed, in a sentence or two, or null when nothing did: « 1 question retirée
 * du cours a quitté vos révisions. 2 questions modifiées repartent de zéro. »
 */
export function reconcileNotice({ dropped, reset }: { dropped: number; reset: number }): string | null {
  const sentences = [
    dropped > 0 &&
      `${plural(dropped, "question retirée", "questions retirées")} du cours ${agree(dropped, "a", "ont")} quitté vos révisions.`,
    reset > 0 &&
      `${plural(reset, "question modifiée", "questions modifiées")} ${agree(reset, "repart", "repartent")} de zéro.`,
  ].filter((s): s is string => typeof s === "string");
  return sentences.length > 0 ? sentences.join(" ") : null;
}
