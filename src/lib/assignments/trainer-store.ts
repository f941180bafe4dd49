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

export const trainerSpec: StoreSpec<TrainerData> = {
  key: TRAINER_KEY,
  corruptPrefix: "relais:formateur:corrompu:",
  parse: parseTrainerData,
  empty: () => ({ version: 1, assignments: {}, cohorts: {} }),
};

/** A copy set aside whole, as stored, read as trainer data; undefined when it is not that at all. */
export function readTrainerCopy(raw: string): TrainerData | undefined {
  try {
    return parseTrainerData(JSON.parse(raw));
  } catch {
    return undefined;
  }
}
