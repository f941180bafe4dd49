import { localStorageOrNull } from "../progress/browser";
import { createJsonStore, type JsonStore } from "../progress/store";
import { trainerSpec, type TrainerData } from "./trainer-store";

// The trainer pages' store, apart from browser.ts so learner pages don't carry
// the report schema.
let trainer: JsonStore<TrainerData> | undefined;

export function trainerStore(): JsonStore<TrainerData> {
  trainer ??= createJsonStore(localStorageOrNull(), trainerSpec, { events: window });
  return trainer;
}
