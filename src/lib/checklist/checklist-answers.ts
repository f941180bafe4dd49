// The answers given on a checklist, and what is made of them: the answers read back from
// the device and the live summary (checklist-sheet.ts makes the sheet of them). Plain data, no DOM.
import { OWNERS, type Owner } from "../../schemas/checklist-owners";
import type { ChecklistAnswers } from "../progress/schema";

export const OWNER_LABEL: Record<Owner, string> = {
  cm: "CM",
  direction: "Direction",
  "service-client": "Service client",
  partage: "Partagé",
  "hors-perimetre": "Hors périmètre",
};

export interface Answer {
  /** In the role (or planned), out, or not decided yet. */
  included: boolean | null;
  owner: Owner | null;
  note: string;
}
export type Answers = Record<string, Answer>;

export interface ChecklistShape {
  title: string;
  labels: { included: string; owner: string; note: string };
  sections: { id: string; title: string; items: { id: string; label: string; owner?: Owner | undefined }[] }[];
}

export const blankAnswer = (): Answer => ({ included: null, owner: null, note: "" });

/** The ids of every item of the checklist. */
export const itemIds = (checklist: ChecklistShape): Set<string> =>
  new Set(checklist.sections.flatMap((s) => s.items.map((i) => i.id)));

/** One of the owners every checklist offers, or null for anything else. */
export const knownOwner = (owner: string | null | undefined): Owner | null =>
  (OWNERS as readonly string[]).includes(owner ?? "") ? (owner as Owner) : null;

/**
 * Answers saved on the device, as this checklist reads them: an item it no longer has is
 * left out, an owner it does not know counts as none chosen.
 */
export function savedAnswers(checklist: ChecklistShape, saved: ChecklistAnswers | undefined): Answers {
  const known = itemIds(checklist);
  return Object.fromEntries(
    Object.entries(saved ?? {})
      .filter(([id]) => known.has(id))
      .map(([id, answer]) => [id, { ...answer, owner: knownOwner(answer.owner) }]),
  );
}

/** How many items have an answer or a note: what a sheet received by link would replace. */
export const answeredCount = (answers: Answers): number =>
  Object.values(answers).filter((a) => a.included !== null || a.note.trim() !== "").length;

export interface Summary {
  total: number;
  decided: number;
  included: number;
  byOwner: Record<Owner, number>;
}

/** Items in scope counted per owner (an item's suggested owner counts until someone chooses). */
export function summarize(checklist: ChecklistShape, answers: Answers): Summary {
  const items = checklist.sections.flatMap((s) => s.items);
  const byOwner = Object.fromEntries(Object.keys(OWNER_LABEL).map((o) => [o, 0])) as Record<Owner, number>;
  let included = 0;
  for (const item of items) {
    const answer = answers[item.id];
    if (answer?.included !== true) continue;
    included++;
    const owner = answer.owner ?? item.owner;
    if (owner) byOwner[owner]++;
  }
  const decided = items.filter((item) => answers[item.id]?.included != null).length;
  return { total: items.length, decided, included, byOwner };
}
