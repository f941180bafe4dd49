// The page's access to values set aside whole (progress for « Mon parcours », the trainer's
// data for the trainer space): apart from browser.ts, so that lessons do not carry it.
import { CORRUPT_PREFIX } from "./schema";
import { localStorageOrNull } from "./browser";
import { setAsideCopies, type SetAsideCopy } from "./set-aside-copies";

/** The whole progress values set aside on this device because they could not be read. */
export const progressCopies = (): SetAsideCopy[] => setAsideCopies(localStorageOrNull(), CORRUPT_PREFIX);

/** A set-aside copy's text, or null when it is gone or storage cannot be read. */
export function readCopy(key: string): string | null {
  try {
    return localStorageOrNull()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Forgets set-aside copies (only keys under `prefix`); true when storage allowed it. */
export function removeCopies(keys: readonly string[], prefix = CORRUPT_PREFIX): boolean {
  try {
    const storage = localStorageOrNull();
    if (!storage) return false;
    for (const key of keys) if (key.startsWith(prefix)) storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
