// The one module that touches localStorage. A JSON store keeps one versioned key: it never
// throws. A value that cannot be read at all is set aside whole (the store's parser salvages a
// readable one entry by entry) and replaced by an empty state; a full or disabled storage leaves
// the page working on an in-memory copy; changes made in another tab reach subscribers.
// The learner's progress (store.ts) and the trainer's data (assignments/trainer-store.ts) are two such stores.

/** The part of the Storage API this module uses (window.localStorage or a test double). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type SaveStatus = { saved: true } | { saved: false; reason: "quota" | "unavailable" };

export interface JsonStore<T> {
  read(): T;
  /** Applies a change and saves it; the change holds in memory even when saving fails. */
  update(change: (value: T) => T): SaveStatus;
  /** Forgets everything saved under this store's key on this device. */
  reset(): SaveStatus;
  /** Called with the new state after any change, here or in another tab. */
  subscribe(listener: (value: T) => void): () => void;
  /** Where a corrupt value was moved on this page load, if one was. */
  readonly recoveredKey: string | null;
  /**
   * True when a corrupt value could not be set aside for lack of room: it stays under its key,
   * untouched, and nothing is saved over it on this page (every save reports "quota").
   */
  readonly keptInPlace: boolean;
  /** Whether the last save reached storage. */
  readonly lastSave: SaveStatus;
}

/** What a store keeps, and how to check it. */
export interface StoreSpec<T> {
  key: string;
  /** Where a corrupt value is moved (the date is appended). */
  corruptPrefix: string;
  parse(value: unknown): T | undefined;
  empty(): T;
  /** The value as written, when it is kept in a shorter form than it is used in (`parse` reads both). */
  serialize?(value: T): unknown;
}

export interface StoreOptions {
  /** Source of `storage` events from other tabs (window in the browser). */
  events?: Pick<Window, "addEventListener" | "removeEventListener"> | undefined;
  now?: () => Date;
}

export function createJsonStore<T>(
  storage: StorageLike | null,
  { key: storeKey, corruptPrefix, parse, empty, serialize = (value: T): unknown => value }: StoreSpec<T>,
  { events, now = () => new Date() }: StoreOptions = {},
): JsonStore<T> {
  const listeners = new Set<(value: T) => void>();
  let recoveredKey: string | null = null;
  let keptInPlace = false;
  let lastSave: SaveStatus = storage ? { saved: true } : { saved: false, reason: "unavailable" };

  function load(): T {
    let raw: string | null;
    try {
      raw = storage?.getItem(storeKey) ?? null;
    } catch {
      return empty();
    }
    if (raw === null) return empty();
    const parsed = parse(safeJson(raw));
    if (parsed) return parsed;
    recoveredKey = setAside(raw);
    // Never replaced when it could not be kept elsewhere: the page works on an empty state in
    // memory, and nothing is written over the value until there is room to set it aside.
    if (recoveredKey) write(empty());
    else if (storage) {
      keptInPlace = true;
      lastSave = { saved: false, reason: "quota" };
    }
    return empty();
  }

  function setAside(raw: string): string | null {
    const key = `${corruptPrefix}${now().toISOString()}`;
    try {
      storage?.setItem(key, raw);
      return key;
    } catch {
      // No room for a copy beside it (a value of megabytes): move it instead, freeing its place first.
    }
    try {
      storage?.removeItem(storeKey);
      storage?.setItem(key, raw);
      return key;
    } catch {
      // Not even moved: put it back where it was, as it was.
      try {
        if (storage?.getItem(storeKey) === null) storage.setItem(storeKey, raw);
      } catch {
        // The storage refuses every write: the value is still wherever the browser left it.
      }
      return null;
    }
  }

  function write(value: T): SaveStatus {
    if (!storage) return (lastSave = { saved: false, reason: "unavailable" });
    if (keptInPlace) return (lastSave = { saved: false, reason: "quota" });
    try {
      storage.setItem(storeKey, JSON.stringify(serialize(value)));
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
    if (key !== storeKey && key !== null) return; // null: another tab cleared storage
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
      current = empty();
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
    get keptInPlace() {
      return keptInPlace;
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
