import { localStorageOrNull } from "../progress/browser";
import { createJsonStore, type JsonStore } from "../progress/json-store";
import { trainerSpec, type TrainerData } from "./trainer-store";
import { setAsideCopies, type SetAsideCopy } from "../progress/set-aside-copies";

// The trainer pages' store, apart from browser.ts so learner pages don't carry
// the report schema.
let trainer: JsonStore<TrainerData> | undefined;

export function trainerStore(): JsonStore<TrainerData> {
  trainer ??= createJsonStore(localStorageOrNull(), trainerSpec, { events: window });
  return trainer;
}

/** The trainer's data set aside whole on this device because it could not be read. */
export const trainerCopies = (): SetAsideCopy[] => setAsideCopies(localStorageOrNull(), trainerSpec.corruptPrefix);
