// What the trainer's device keeps: the assignments they created and, per
// assignment, the latest report of each learner. Its own key, so clearing a
// cohort table never touches the trainer's own learning progress.
import * as v from "valibot";
import type { StoreSpec } from "../progress/json-store";
import { assignmentSchema, type Assignment } from "./assignment-schema";
import { reportSchema, type Report } from "./report";

export const TRAINER_KEY = "relais:formateur:v1";

// Each assignment and each report is checked on its own: one that fails (an
// older release's looser data, a hand edit) is set aside under `unread`, and
// the rest of the trainer's tables stay. Loose at the top for newer releases' keys.
const storedSchema = v.looseObject({
  version: v.literal(1),
  assignments: v.record(v.string(), v.unknown()),
  cohorts: v.record(v.string(), v.record(v.string(), v.unknown())),
  unread: v.optional(v.array(v.unknown())),
});

export interface TrainerData {
  version: 1;
  /** Assignments created on this device, per id. */
  assignments: Record<string, Assignment>;
  /** Per assignment id, the reports imported, per learner key. */
  cohorts: Record<string, Record<string, Report>>;
  /** Entries that failed their check, kept as they were (support may recover them). */
  unread?: unknown[];
}

export function parseTrainerData(value: unknown): TrainerData | undefined {
  const stored = v.safeParse(storedSchema, value);
  if (!stored.success) return undefined;
  const { unread: setAside, assignments: storedAssignments, cohorts: storedCohorts, ...rest } = stored.output;
  const unread = [...(setAside ?? [])];
  const assignments: Record<string, Assignment> = {};
  for (const [id, entry] of Object.entries(storedAssignments)) {
    const checked = v.safeParse(assignmentSchema, entry);
    if (checked.success && checked.output.id === id) assignments[id] = checked.output;
    else unread.push({ assignment: id, entry });
  }
  const cohorts: Record<string, Record<string, Report>> = {};
  for (const [id, reports] of Object.entries(storedCohorts)) {
    const kept: Record<string, Report> = {};
    for (const [key, entry] of Object.entries(reports)) {
      const checked = v.safeParse(reportSchema, entry);
      if (checked.success && checked.output.learner.key === key && checked.output.assignment.id === id)
        kept[key] = checked.output;
      else unread.push({ assignment: id, learner: key, entry });
    }
    cohorts[id] = kept;
  }
  return { ...rest, assignments, cohorts, ...(unread.length > 0 ? { unread } : {}) };
}

/** A set-aside entry: the assignment it belonged to and, for a report, the learner. */
interface UnreadEntry {
  assignment?: unknown;
  learner?: unknown;
}

/**
 * The data without the set-aside entries that came back: once an assignment is added again
 * ("assignment"), some learners' reports imported again (their keys), or everything of an
 * assignment deleted ("everything"), the unreadable copies have no use left.
 */
export function withoutReplacedUnread(
  data: TrainerData,
  assignment: string,
  replaced: "assignment" | "everything" | readonly string[],
): TrainerData {
  const { unread, ...rest } = data;
  const kept = (unread ?? []).filter((value) => {
    const entry = value as UnreadEntry;
    if (entry.assignment !== assignment) return true;
    if (replaced === "everything") return false;
    if (replaced === "assignment") return entry.learner !== undefined;
    return typeof entry.learner !== "string" || !replaced.includes(entry.learner);
  });
  return kept.length > 0 ? { ...rest, unread: kept } : rest;
}

export const trainerSpec: StoreSpec<TrainerData> = {
  key: TRAINER_KEY,
  corruptPrefix: "relais:formateur:corrompu:",
  parse: parseTrainerData,
  empty: () => ({ version: 1, assignments: {}, cohorts: {} }),
};

/**
 * `base` and `incoming` as one: every assignment and report of either, the device's own
 * kept where both hold one, and the set-aside entries of both (each once).
 */
export function mergeTrainerData(base: TrainerData, incoming: TrainerData): TrainerData {
  // Per learner, the later report (each is a snapshot of where the learner stood when exported).
  const later = (a: Report, b: Report) => (Date.parse(b.exportedAt) > Date.parse(a.exportedAt) ? b : a);
  const cohorts: Record<string, Record<string, Report>> = Object.fromEntries(
    [...new Set([...Object.keys(incoming.cohorts), ...Object.keys(base.cohorts)])].map((id) => {
      const mine = base.cohorts[id] ?? {};
      const theirs = incoming.cohorts[id] ?? {};
      const keys = [...new Set([...Object.keys(theirs), ...Object.keys(mine)])];
      return [
        id,
        Object.fromEntries(
          keys.map((key) => [
            key,
            mine[key] && theirs[key] ? later(mine[key]!, theirs[key]!) : (mine[key] ?? theirs[key])!,
          ]),
        ),
      ];
    }),
  );
  const seen = new Set<string>();
  const unread = [...(base.unread ?? []), ...(incoming.unread ?? [])].filter((entry) => {
    const key = JSON.stringify(entry);
    return seen.has(key) ? false : (seen.add(key), true);
  });
  const { unread: _unread, ...rest } = base;
  return {
    ...rest,
    assignments: { ...incoming.assignments, ...base.assignments },
    cohorts,
    ...(unread.length > 0 ? { unread } : {}),
  };
}

/**
 * Reads the set-aside entries again, one at a time: each that now passes comes back, every
 * other stays aside as it was (duplicates and odd ids included).
 */
export function restoreTrainerUnread(data: TrainerData): TrainerData {
  const { unread = [], ...rest } = data;
  let restored: TrainerData = { ...rest };
  const still: unknown[] = [];
  for (const value of unread) {
    const entry = value as { assignment?: unknown; learner?: unknown; entry?: unknown };
    const id = entry?.assignment;
    const candidate =
      typeof id !== "string"
        ? undefined
        : typeof entry.learner === "string"
          ? {
              version: 1,
              assignments: {},
              cohorts: Object.fromEntries([[id, Object.fromEntries([[entry.learner, entry.entry]])]]),
            }
          : { version: 1, assignments: Object.fromEntries([[id, entry.entry]]), cohorts: {} };
    const read = candidate ? parseTrainerData(candidate) : undefined;
    const back =
      read &&
      !read.unread &&
      (Object.keys(read.assignments).length > 0 || Object.values(read.cohorts).some((r) => Object.keys(r).length > 0));
    if (back) restored = mergeTrainerData(restored, read);
    else still.push(value);
  }
  return still.length > 0 ? { ...restored, unread: still } : restored;
}

/** A whole value set aside earlier, read entry by entry and merged in; undefined when it is not trainer data at all. */
export function restoreTrainerCopy(data: TrainerData, raw: string): TrainerData | undefined {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const read = parseTrainerData(value);
  return read ? mergeTrainerData(data, read) : undefined;
}
