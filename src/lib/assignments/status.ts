// Where a learner stands on each item of an assignment, from the progress kept
// on their device. Lessons count as passed when their quiz reaches the
// assignment's pass score; simulations when the ending's score does.
import type { Progress } from "../progress/schema";
import type { Assignment, ItemRef } from "./assignment-schema";
import { endingRecords, quizRecords } from "../progress/records";
import { plural } from "../french";

export type ItemState = "non-commence" | "lu" | "a-refaire" | "reussi";

export interface ItemStatus {
  item: ItemRef;
  state: ItemState;
  /** Quiz or simulation score in percent, when there is one. */
  score: number | null;
  /** The simulation ending reached. */
  ending: string | null;
  /** When the item was last read, tried or finished (ISO). */
  at: string | null;
  /** In a report: the text of each question the stored quiz attempt got wrong (missed.ts). */
  missed?: string[] | undefined;
}

export const STATE_LABEL: Record<ItemState, string> = {
  "non-commence": "Pas commencé",
  lu: "Lu, quiz à faire",
  "a-refaire": "À refaire",
  reussi: "Réussi",
};

export function itemStatus(progress: Progress, item: ItemRef, passScore: number): ItemStatus {
  const [kind, id] = item.split(":") as ["lecon" | "simulation", string];
  const none = { item, state: "non-commence", score: null, ending: null, at: null } as const;
  if (kind === "simulation") {
    const result = own(progress.simulations, id);
    if (!result) return none;
    const records = endingRecords(result);
    const best = records.at(-1)!;
    // Compared exactly: 2 points out of 3 is 66.7 %, short of a 67 % pass score (and shown as 66 %).
    const share = (score: number) => (result.best > 0 ? (100 * Math.max(0, score)) / result.best : 100);
    const firstPass = records.find((record) => share(record.score) >= passScore);
    return {
      item,
      state: firstPass ? "reussi" : "a-refaire",
      score: Math.floor(share(best.score)),
      ending: best.endingTitle,
      at: (firstPass ?? best).at,
    };
  }
  const quiz = own(progress.quizzes, id);
  if (quiz) {
    const records = quizRecords(quiz);
    const best = records.at(-1)!;
    // Dated by the first attempt that reached the pass score, even if a later one did better.
    const firstPass = records.find((record) => record.percent >= passScore);
    const state = firstPass ? "reussi" : "a-refaire";
    return { item, state, score: Math.floor(best.percent), ending: null, at: (firstPass ?? best).at };
  }
  const read = own(progress.lessons, id);
  return read ? { ...none, state: "lu", at: read.readAt } : none;
}

/** A record's own entry: an item id never reaches Object.prototype. */
const own = <T>(record: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

export const statusesOf = (progress: Progress, assignment: Assignment): ItemStatus[] =>
  assignment.items.map((item) => itemStatus(progress, item, assignment.passScore));

/** Share of items passed, in whole percent. */
export function completion(statuses: readonly { state: ItemState }[]): number {
  if (statuses.length === 0) return 0;
  return Math.floor((100 * statuses.filter((s) => s.state === "reussi").length) / statuses.length);
}

/** Whole days from `today` to the due date (0 on the last day, negative once late). Dates are YYYY-MM-DD. */
export function daysLeft(due: string, today: string): number {
  return Math.round((Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/**
 * "il reste 5 jours", "dernier jour aujourd’hui", "en retard de 2 jours": in lower case, as it
 * always follows a colon or an opening parenthesis (« À terminer le 5 mars 2027 : il reste 42 jours »).
 */
export function dueLabel(days: number): string {
  if (days > 0) return `il reste ${plural(days, "jour")}`;
  if (days === 0) return "dernier jour aujourd’hui";
  return `en retard de ${plural(-days, "jour")}`;
}

/** Today as YYYY-MM-DD in the device's own time zone (a due date is a calendar day, not an instant). */
export function localDay(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
