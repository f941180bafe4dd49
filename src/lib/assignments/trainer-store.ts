// What the trainer's device keeps: the assignments they created and, per
// assignment, the latest report of each learner. Its own key, so clearing a
// cohort table never touches the trainer's own learning progress.
import * as v from "valibot";
import type { StoreSpec } from "../progress/store";
import { assignmentSchema } from "./assignment-schema";
import { reportSchema } from "./report";

export const TRAINER_KEY = "relais:formateur:v1";
const id = v.pipe(v.string(), v.regex(/^[a-z0-9]{8,24}$/));

const trainerSchema = v.object({
  version: v.literal(1),
  /** Assignments created on this device, per id. */
  assignments: v.record(id, assignmentSchema),
  /** Per assignment id, the reports imported, per learner key. */
  cohorts: v.record(id, v.record(id, reportSchema)),
});

export type TrainerData = v.InferOutput<typeof trainerSchema>;

export const trainerSpec: StoreSpec<TrainerData> = {
  key: TRAINER_KEY,
  corruptPrefix: "relais:formateur:corrompu:",
  parse(value) {
    const result = v.safeParse(trainerSchema, value);
    return result.success ? result.output : undefined;
  },
  empty: () => ({ version: 1, assignments: {}, cohorts: {} }),
};
