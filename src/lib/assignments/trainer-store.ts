// What the trainer's device keeps: the assignments they created and, per
// assignment, the latest report of each learner. Its own key, so clearing a
// cohort table never touches the trainer's own learning progress. Here: the data's shape,
// how it is read back, and the store's spec; every change to it is in trainer-changes.ts.
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
    const assignment = Object.hasOwn(assignments, id) ? assignments[id] : undefined;
    for (const [key, entry] of Object.entries(reports)) {
      // Set aside as stored (short or whole), never as expanded here.
      const checked = v.safeParse(reportSchema, expandReport(entry, assignment));
      if (checked.success && checked.output.learner.key === key && checked.output.assignment.id === id)
        kept[key] = checked.output;
      else unread.push({ assignment: id, learner: key, entry });
    }
    cohorts[id] = kept;
  }
  return { ...rest, assignments, cohorts, ...(unread.length > 0 ? { unread } : {}) };
}

// A report is kept short when its table's assignment is on the device: without its copy of
// the assignment (import checked it is the same), each status's item (the assignment's items,
// in order) or its empty fields. 500 reports of 40 contents take about 2 million characters
// instead of 4.2: a browser keeps about 5 million per site (Chromium: 5.24 million; one that
// counts 2 bytes a character against 5 MB, half that).
// Whole reports (older data, a table whose assignment is set aside) still read.

/** `report` as kept in the table of `assignment`. */
function shortReport(report: Report): unknown {
  const { assignment: _same, items, ...rest } = report;
  // A status's empty fields are left out too (most contents of a cohort are not started yet).
  return {
    ...rest,
    items: items.map(({ item: _known, ...status }) =>
      Object.fromEntries(Object.entries(status).filter(([, value]) => value !== null)),
    ),
  };
}

/** A stored report, whole again when it was kept short and its assignment is known; else as it was. */
export function expandReport(entry: unknown, assignment: Assignment | undefined): unknown {
  if (!assignment || typeof entry !== "object" || entry === null || Object.hasOwn(entry, "assignment")) return entry;
  const items = (entry as { items?: unknown }).items;
  if (!Array.isArray(items) || items.length !== assignment.items.length) return entry;
  return {
    ...entry,
    assignment,
    items: items.map((status: unknown, i) =>
      typeof status === "object" && status !== null && !Object.hasOwn(status, "item")
        ? { item: assignment.items[i], score: null, ending: null, at: null, ...status }
        : status,
    ),
  };
}

/** The trainer's data as written: each report short when its table's assignment is the very same. */
export function storedTrainerData(data: TrainerData): unknown {
  const cohorts = Object.fromEntries(
    Object.entries(data.cohorts).map(([id, reports]) => {
      const assignment = Object.hasOwn(data.assignments, id) ? JSON.stringify(data.assignments[id]) : undefined;
      return [
        id,
        Object.fromEntries(
          Object.entries(reports).map(([key, report]) => [
            key,
            JSON.stringify(report.assignment) === assignment ? shortReport(report) : report,
          ]),
        ),
      ];
    }),
  );
  return { ...data, cohorts };
}

export const trainerSpec: StoreSpec<TrainerData> = {
  key: TRAINER_KEY,
  corruptPrefix: "relais:formateur:corrompu:",
  parse: parseTrainerData,
  empty: () => ({ version: 1, assignments: {}, cohorts: {} }),
  serialize: storedTrainerData,
};

/** A copy set aside whole, as stored, read as trainer data; undefined when it is not that at all. */
export function readTrainerCopy(raw: string): TrainerData | undefined {
  try {
    return parseTrainerData(JSON.parse(raw));
  } catch {
    return undefined;
  }
}
