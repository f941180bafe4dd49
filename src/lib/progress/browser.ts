import type { StorageLike } from "./json-store";
import { createProgressStore, type ProgressStore } from "./store";
import type { ListableStorage } from "./set-aside-copies";

// The page's progress store. Reading `window.localStorage` itself throws
// when storage is disabled (privacy settings, some embedded browsers).
// One per page, kept on the window: a script bundled apart (the SCORM bridge in a package,
// components/lms/scorm-bridge.ts) shares it with the page's islands, and hears their changes.
const page = window as { relaisProgress?: ProgressStore };

export function progressStore(): ProgressStore {
  return (page.relaisProgress ??= createProgressStore(localStorageOrNull(), { events: window }));
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
