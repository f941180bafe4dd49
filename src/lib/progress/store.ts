import { CORRUPT_PREFIX, PROGRESS_KEY, emptyProgress, parseProgress, type Progress } from "./schema";

// The one module that touches localStorage for learner progress. It never throws:
// a corrupt value is set aside and replaced by an empty state, a full or disabled
// storage leaves the page working on an in-memory copy, and changes made in another
// tab reach subscribers.

/** The part of the Storage API this module uses (window.localStorage or a test double). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type SaveStatus = { saved: true } | { saved: false; reason: "quota" | "unavailable" };

export interface ProgressStore {
  read(): Progress;
  /** Applies a change and saves it; the change holds in memory even when saving fails. */
  update(change: (progress: Progress) => Progress): SaveStatus;
  /** Forgets everything saved on this device. */
  reset(): SaveStatus;
  /** Called with the new state after any change, here or in another tab. */
  subscribe(listener: (progress: Progress) => void): () => void;
  /** Where a corrupt value was moved on this page load, if one was. */
  readonly recoveredKey: string | null;
  /** Whether the last save reached storage. */
  readonly lastSave: SaveStatus;
}

interface Options {
  /** Source of `storage` events from other tabs (window in the browser). */
  events?: Pick<Window, "addEventListener" | "removeEventListener"> | undefined;
  now?: () => Date;
}

export function createProgressStore(
  storage: StorageLike | null,
  { events, now = () => new Date() }: Options = {},
): ProgressStore {
  const listeners = new Set<(progress: Progress) => void>();
  let recoveredKey: string | null = null;
  let lastSave: SaveStatus = storage ? { saved: true } : { saved: false, reason: "unavailable" };

  function load(): Progress {
    let raw: string | null;
    try {
      raw = storage?.getItem(PROGRESS_KEY) ?? null;
    } catch {
      return emptyProgress();
    }
    if (raw === null) return emptyProgress();
    const parsed = parseProgress(safeJson(raw));
    if (parsed) return parsed;
    recoveredKey = setAside(raw);
    write(emptyProgress());
    return emptyProgress();
  }

  function setAside(raw: string): string | null {
    const key = `${CORRUPT_PREFIX}${now().toISOString()}`;
    try {
      storage?.setItem(key, raw);
      return key;
    } catch {
      return null; // no room to keep it: the empty state still replaces it
    }
  }

  function write(progress: Progress): SaveStatus {
    if (!storage) return (lastSave = { saved: false, reason: "unavailable" });
    try {
      storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
      return (lastSave = { saved: true });
    } catch (error) {
      const quota = error instanceof DOMException && error.name === "QuotaExceededError";
      return (lastSave = { saved: false, reason: quota ? "quota" : "unavailable" });
    }
  }

  let current = load();
  const notify = () => listeners.forEach((listener) => listener(current));

  const onStorage = (event: Event) => {
    const key = (event as StorageEvent).key;
    if (key !== PROGRESS_KEY && key !== null) return; // null: another tab cleared storage
    current = load();
    notify();
  };

  return {
    read: () => current,
    update(change) {
      current = change(current);
      const status = write(current);
      notify();
      return status;
    },
    reset() {
      current = emptyProgress();
      const status = write(current);
      notify();
      return status;
    },
    subscribe(listener) {
      if (listeners.size === 0) events?.addEventListener("storage", onStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) events?.removeEventListener("storage", onStorage);
      };
    },
    get recoveredKey() {
      return recoveredKey;
    },
    get lastSave() {
      return lastSave;
    },
  };
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
