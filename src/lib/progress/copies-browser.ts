// The page's access to progress values set aside whole (for « Mon parcours »): apart from
// browser.ts, so that lessons, which only save progress, do not carry it.
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

/** Forgets set-aside copies; true when storage allowed it. */
export function removeCopies(keys: readonly string[]): boolean {
  try {
    const storage = localStorageOrNull();
    if (!storage) return false;
    for (const key of keys) if (key.startsWith(CORRUPT_PREFIX)) storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
