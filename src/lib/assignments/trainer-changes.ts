// Every change the trainer's pages make to what their device keeps (assignments created,
// cohort tables, data set aside), as a named pure function: (data, …what happened) → new
// data. Islands call `trainerStore().update((t) => change(t, …))` with one of these and only
// render; the rules live here, unit-tested without a browser (tests/unit/trainer-changes.test.ts).
import type { Assignment } from "./assignment-schema";
import type { Report } from "./report";
import { parseTrainerData, readTrainerCopy, type TrainerData } from "./trainer-store";

// ── Assignments ──

/**
 * `assignment` kept on this device (one created here, or added from its link): a copy of it
 * set aside as unreadable has no use left. An assignment already there under its id is replaced.
 */
export const addAssignment = (data: TrainerData, assignment: Assignment): TrainerData =>
  withoutReplacedUnread(
    { ...data, assignments: { ...data.assignments, [assignment.id]: assignment } },
    assignment.id,
    "assignment",
  );

/** The assignment `id` gone from this device with everything of it: its cohort table and set-aside copies. */
export function deleteAssignment(data: TrainerData, id: string): TrainerData {
  const { [id]: _assignment, ...assignments } = data.assignments;
  const { [id]: _reports, ...cohorts } = data.cohorts;
  return withoutReplacedUnread({ ...data, assignments, cohorts }, id, "everything");
}

// ── Cohort tables ──

/**
 * `reports` in the cohort table of assignment `id`, each on its learner's row (a row already
 * there is replaced: the table asks the trainer first). The set-aside copies of the rows that
 * changed are forgotten; an identical report changes nothing.
 */
export function addReports(data: TrainerData, id: string, reports: readonly Report[]): TrainerData {
  const before = Object.hasOwn(data.cohorts, id) ? data.cohorts[id]! : {};
  const table = { ...before };
  for (const report of reports) table[report.learner.key] = report;
  const changed = Object.keys(table).filter((key) => table[key] !== before[key]);
  return withoutReplacedUnread({ ...data, cohorts: { ...data.cohorts, [id]: table } }, id, changed);
}

/** The cohort table of assignment `id` emptied; the assignment itself stays. */
export function clearCohort(data: TrainerData, id: string): TrainerData {
  const { [id]: _cleared, ...cohorts } = data.cohorts;
  return { ...data, cohorts };
}

// ── Data set aside ──

/** The set-aside entries deleted, once the trainer confirmed; everything readable stays. */
export function dropSetAside(data: TrainerData): TrainerData {
  const { unread: _unread, ...rest } = data;
  return rest;
}

/**
 * Everything set aside read again: the entries that now pass come back (restoreTrainerUnread),
 * then each whole copy (`copies`, as stored) that reads as trainer data is merged in, never
 * replacing what is there. A copy that does not read changes nothing.
 */
export const restoreSetAside = (data: TrainerData, copies: readonly string[]): TrainerData =>
  copies.reduce((restored, raw) => restoreTrainerCopy(restored, raw) ?? restored, restoreTrainerUnread(data));

/**
 * The set-aside entries of one assignment that came back: once the assignment is added again
 * ("assignment"), some learners' reports imported again (their keys), or everything of the
 * assignment deleted ("everything"), the unreadable copies have no use left.
 */
export function withoutReplacedUnread(
  data: TrainerData,
  assignment: string,
  replaced: "assignment" | "everything" | readonly string[],
): TrainerData {
  const { unread, ...rest } = data;
  const kept = (unread ?? []).filter((value) => {
    const entry = value as { assignment?: unknown; learner?: unknown };
    if (entry.assignment !== assignment) return true;
    if (replaced === "everything") return false;
    if (replaced === "assignment") return entry.learner !== undefined;
    return typeof entry.learner !== "string" || !replaced.includes(entry.learner);
  });
  return kept.length > 0 ? { ...rest, unread: kept } : rest;
}

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
              // Its table's assignment, for a report kept short (trainer-store.ts).
              assignments: Object.hasOwn(restored.assignments, id)
                ? Object.fromEntries([[id, restored.assignments[id]]])
                : {},
              cohorts: Object.fromEntries([[id, Object.fromEntries([[entry.learner, entry.entry]])]]),
            }
          : { version: 1, assignments: Object.fromEntries([[id, entry.entry]]), cohorts: {} };
    const read = candidate ? parseTrainerData(candidate) : undefined;
    // Back only when the very entry was read (a key the store cannot hold reads as nothing).
    const back =
      read &&
      !read.unread &&
      typeof id === "string" &&
      (typeof entry.learner === "string"
        ? Object.hasOwn(read.cohorts, id) && Object.hasOwn(read.cohorts[id]!, entry.learner)
        : Object.hasOwn(read.assignments, id));
    if (back) restored = mergeTrainerData(restored, read);
    else still.push(value);
  }
  return still.length > 0 ? { ...restored, unread: still } : restored;
}

/** A whole value set aside earlier, read entry by entry and merged in; undefined when it is not trainer data at all. */
export function restoreTrainerCopy(data: TrainerData, raw: string): TrainerData | undefined {
  const read = readTrainerCopy(raw);
  return read ? mergeTrainerData(data, read) : undefined;
}
