import type { StorageLike } from "./json-store";
import { createProgressStore, type ProgressStore } from "./store";
import type { ListableStorage } from "./set-aside-copies";

// The page's progress store. Reading `window.localStorage` itself throws
// when storage is disabled (privacy settings, some embedded browsers).
let store: ProgressStore | undefined;

export function progressStore(): ProgressStore {
  store ??= createProgressStore(localStorageOrNull(), { events: window });
  return store;
}

export function localStorageOrNull(): (StorageLike & ListableStorage) | null {
  try {
    const storage = window.localStorage;
    storage.getItem("relais:probe"); // throws where storage is disabled; a full storage still reads
    return storage;
  } catch {
    return null;
  }
}
