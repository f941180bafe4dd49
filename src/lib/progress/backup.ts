// A learner's progress as a file, to keep or to move to another device: written whole,
// read back with every check the device's own store makes, merged keeping the best.
// A file that fails any check changes nothing and says why, in French.
import { PROGRESS_VERSION, parseProgress, type Progress } from "./schema";
import { quizRecords, endingRecords, simulationPlays } from "./records";
import { mergeProgress } from "./merge";
import type { ReviewEntry } from "../review/review-state";

export const BACKUP_KIND = "relais-progression";
/** Larger than any progress a browser keeps (localStorage holds about 5 million characters). */
export const MAX_BACKUP_BYTES = 5_000_000;

export interface BackupFile {
  kind: typeof BACKUP_KIND;
  version: typeof PROGRESS_VERSION;
  exportedAt: string;
  progress: Progress;
}

/** The file to save: its name (with the day) and its text. */
export function backupFile(progress: Progress, now = new Date()): { name: string; text: string } {
  const file: BackupFile = { kind: BACKUP_KIND, version: PROGRESS_VERSION, exportedAt: now.toISOString(), progress };
  const day = now.toISOString().slice(0, 10);
  // Compact: a progress that fits in the browser's storage always fits under MAX_BACKUP_BYTES.
  return { name: `relais-progression-${day}.json`, text: `${JSON.stringify(file)}\n` };
}

export type BackupRead = { ok: true; progress: Progress; exportedAt: string } | { ok: false; message: string };

const refuse = (message: string): BackupRead => ({ ok: false, message });
const RESERVED = new Set(["__proto__", "constructor", "prototype"]);

/** Whether any object in the parsed value has a key a plain object would misread. */
function hasReservedKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasReservedKey);
  if (typeof value !== "object" || value === null) return false;
  return Object.keys(value).some((key) => RESERVED.has(key) || hasReservedKey((value as Record<string, unknown>)[key]));
}

/** Reads a backup file's text (`bytes` long). Every piece must pass: a file is taken whole or not at all. */
export function readBackup(text: string, bytes: number): BackupRead {
  if (bytes > MAX_BACKUP_BYTES)
    return refuse(
      "Ce fichier est trop gros pour être une sauvegarde de Relais (plus de 5 Mo)\u00a0: rien n’a été changé.",
    );
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refuse("Ce fichier n’est pas une sauvegarde de Relais (ce n’est pas du JSON)\u00a0: rien n’a été changé.");
  }
  const file = value as Partial<BackupFile> | null;
  if (typeof file !== "object" || file === null || file.kind !== BACKUP_KIND)
    return refuse(
      "Ce fichier n’est pas une sauvegarde de progression Relais (un rapport d’affectation, peut-être)\u00a0: rien n’a été changé.",
    );
  if (typeof file.version === "number" && file.version > PROGRESS_VERSION)
    return refuse(
      "Cette sauvegarde vient d’une version plus récente de Relais\u00a0: rechargez la page pour avoir la dernière version, puis réessayez. Rien n’a été changé.",
    );
  if (
    file.version !== PROGRESS_VERSION ||
    typeof file.exportedAt !== "string" ||
    Number.isNaN(Date.parse(file.exportedAt))
  )
    return refuse("Cette sauvegarde est incomplète ou a été modifiée\u00a0: rien n’a été changé.");
  if (hasReservedKey(value))
    return refuse("Cette sauvegarde contient des clés interdites (elle a été modifiée)\u00a0: rien n’a été changé.");
  // What the device had already set aside travels with the file, still aside; every other
  // piece must read as it left: a device sets a bad piece aside, a file is refused.
  const stored = file.progress as Record<string, unknown> | undefined;
  const live = parseProgress(
    typeof stored === "object" && stored !== null
      ? { ...stored, unread: undefined, unreadAssignments: undefined, unreadLearnerName: undefined }
      : stored,
  );
  if (!live) return refuse("Cette sauvegarde est incomplète ou a été modifiée\u00a0: rien n’a été changé.");
  const bad = Object.keys(live.unread ?? {}).length + Object.keys(live.unreadAssignments ?? {}).length;
  if (bad > 0 || live.unreadLearnerName !== undefined)
    return refuse(
      "Une partie de cette sauvegarde ne se lit pas (elle a été modifiée, ou un nom contient des caractères refusés)\u00a0: rien n’a été changé.",
    );
  const progress = parseProgress(stored)!;
  return { ok: true, progress, exportedAt: file.exportedAt };
}

/** What importing would change, item by item: nothing is ever lowered or removed. */
export interface BackupChanges {
  lessonsAdded: number;
  quizzesAdded: number;
  quizzesImproved: number;
  simulationsAdded: number;
  simulationsImproved: number;
  checklistsAdded: number;
  /** Answers of sheets already on the device that the file adds (the device's own stay). */
  checklistItemsAdded: number;
  /** Plays of simulations already played here that the file adds to their history. */
  playsAdded: number;
  assignmentsAdded: number;
  /** Questions under review the device does not have. */
  reviewsAdded: number;
  /** Questions under review here that the file moves on (a later review, misses not yet applied). */
  reviewsUpdated: number;
  /** The merged progress, to save once the learner agrees. */
  merged: Progress;
}

const bestQuiz = (result: Progress["quizzes"][string]) => Math.max(...quizRecords(result).map((r) => r.percent));
const bestPlay = (result: Progress["simulations"][string]) => Math.max(...endingRecords(result).map((r) => r.score));
/** What a learner would see change in a review: when it is due, its card, its misses, its question. */
const reviewState = (entry: ReviewEntry | undefined) =>
  JSON.stringify([entry?.fingerprint, entry?.due, entry?.misses, entry?.card?.last_review, entry?.card?.reps]);

export function backupChanges(current: Progress, incoming: Progress): BackupChanges {
  const merged = mergeProgress(current, incoming);
  const has = <T>(record: Record<string, T> | undefined, key: string) => !!record && Object.hasOwn(record, key);
  const count = <T>(record: Record<string, T> | undefined, test: (key: string, value: T) => boolean) =>
    Object.entries(record ?? {}).filter(([key, value]) => test(key, value)).length;
  return {
    lessonsAdded: count(incoming.lessons, (id) => !has(current.lessons, id)),
    quizzesAdded: count(incoming.quizzes, (id) => !has(current.quizzes, id)),
    quizzesImproved: count(
      incoming.quizzes,
      (id, result) => has(current.quizzes, id) && bestQuiz(result) > bestQuiz(current.quizzes[id]!),
    ),
    simulationsAdded: count(incoming.simulations, (id) => !has(current.simulations, id)),
    simulationsImproved: count(
      incoming.simulations,
      (id, result) => has(current.simulations, id) && bestPlay(result) > bestPlay(current.simulations[id]!),
    ),
    checklistsAdded: count(incoming.checklists, (id) => !has(current.checklists, id)),
    checklistItemsAdded: Object.entries(incoming.checklists ?? {})
      .filter(([id]) => has(current.checklists, id))
      .reduce((n, [id, answers]) => n + count(answers, (item) => !has(current.checklists![id], item)), 0),
    playsAdded: Object.entries(incoming.simulations)
      .filter(([id]) => has(current.simulations, id))
      .reduce((n, [id, result]) => {
        const known = new Set(simulationPlays(current.simulations[id]!).map((p) => `${p.at}|${p.ending}|${p.score}`));
        return n + simulationPlays(result).filter((p) => !known.has(`${p.at}|${p.ending}|${p.score}`)).length;
      }, 0),
    assignmentsAdded: count(incoming.assignments, (id) => !has(current.assignments, id)),
    reviewsAdded: count(incoming.reviews, (id) => !has(current.reviews, id)),
    reviewsUpdated: count(
      incoming.reviews,
      (id) => has(current.reviews, id) && reviewState(merged.reviews?.[id]) !== reviewState(current.reviews![id]),
    ),
    merged,
  };
}
