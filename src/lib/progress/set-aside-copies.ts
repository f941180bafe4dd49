// Whole values set aside because they could not be read at all (under the store's corrupt
// prefix, one key per time it happened): listed, read back and deleted, for « Mon parcours ».
import type { StorageLike } from "./json-store";

/** Storage that can also list its keys (window.localStorage or a test double). */
export interface ListableStorage extends StorageLike {
  readonly length: number;
  key(index: number): string | null;
}

export interface SetAsideCopy {
  key: string;
  /** When it was set aside (ISO), from the key itself. */
  at: string;
  /** Its length in characters, to say how much it held. */
  size: number;
}

/** The copies kept under `prefix`, oldest first; none when storage cannot be read. */
export function setAsideCopies(storage: ListableStorage | null, prefix: string): SetAsideCopy[] {
  if (!storage) return [];
  try {
    const copies: SetAsideCopy[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (!key?.startsWith(prefix)) continue;
      copies.push({ key, at: key.slice(prefix.length), size: storage.getItem(key)?.length ?? 0 });
    }
    return copies.toSorted((a, b) => a.at.localeCompare(b.at));
  } catch {
    return [];
  }
}
