import { CORRUPT_PREFIX, PROGRESS_KEY, emptyProgress, parseProgress, type Progress } from "./schema";
import { createJsonStore, type JsonStore, type StorageLike, type StoreSpec, type StoreOptions } from "./json-store";

// The learner's progress: one JSON store under its versioned key. Its changes are the named
// functions of changes.ts.

export type ProgressStore = JsonStore<Progress>;

const progressSpec: StoreSpec<Progress> = {
  key: PROGRESS_KEY,
  corruptPrefix: CORRUPT_PREFIX,
  parse: parseProgress,
  empty: emptyProgress,
};

export const createProgressStore = (storage: StorageLike | null, options: StoreOptions = {}): ProgressStore =>
  createJsonStore(storage, progressSpec, options);
