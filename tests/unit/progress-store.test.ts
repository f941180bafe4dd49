import { describe, expect, test, vi } from "vitest";
import type { StorageLike } from "../../src/lib/progress/json-store.ts";
import { createProgressStore } from "../../src/lib/progress/store.ts";
import { CORRUPT_PREFIX, PROGRESS_KEY, emptyProgress, type Progress } from "../../src/lib/progress/schema.ts";

class MemoryStorage implements StorageLike {
  items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

const readLesson = (id: string) => (p: Progress) => ({
  ...p,
  lessons: { ...p.lessons, [id]: { readAt: "2026-11-22T10:00:00.000Z" } },
});
const quota = () => new DOMException("full", "QuotaExceededError");

describe("progress store", () => {
  test("starts empty and saves under the versioned key", () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(storage);
    expect(store.read()).toEqual(emptyProgress());
    expect(store.update(readLesson("a"))).toEqual({ saved: true });
    expect(JSON.parse(storage.getItem("relais:progress:v1")!).lessons.a.readAt).toBe("2026-11-22T10:00:00.000Z");
    expect(createProgressStore(storage).read().lessons).toHaveProperty("a");
  });

  test.each([
    ["unparsable JSON", "{oops"],
    ["a value that is no progress object", JSON.stringify(["all", "of", "them"])],
    ["an unknown version", JSON.stringify({ ...emptyProgress(), version: 7 })],
  ])("%s is moved aside and replaced by an empty state, without throwing", (_, raw) => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, raw);
    const store = createProgressStore(storage, { now: () => new Date("2026-11-22T08:00:00Z") });
    expect(store.read()).toEqual(emptyProgress());
    expect(store.recoveredKey).toBe(`${CORRUPT_PREFIX}2026-11-22T08:00:00.000Z`);
    expect(storage.getItem(store.recoveredKey!)).toBe(raw);
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!)).toEqual(emptyProgress());
  });

  test("a full storage reports 'quota' and the page keeps the change in memory", () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(storage);
    storage.setItem = () => {
      throw quota();
    };
    expect(store.update(readLesson("a"))).toEqual({ saved: false, reason: "quota" });
    expect(store.read().lessons).toHaveProperty("a");
    expect(store.lastSave).toEqual({ saved: false, reason: "quota" });
  });

  test("a corrupt value too large to copy beside itself is moved aside instead", () => {
    const storage = new MemoryStorage();
    const huge = `{${"x".repeat(1_000)}`;
    storage.items.set(PROGRESS_KEY, huge);
    const real = storage.setItem;
    // A quota that fits one copy of the value, not two.
    storage.setItem = (key, value) => {
      const used = [...storage.items.values()].reduce((n, v) => n + v.length, 0);
      if (used + value.length > 1_500) throw quota();
      real(key, value);
    };
    const store = createProgressStore(storage, { now: () => new Date("2026-11-22T08:00:00Z") });
    expect(store.recoveredKey).toBe(`${CORRUPT_PREFIX}2026-11-22T08:00:00.000Z`);
    expect(storage.getItem(store.recoveredKey!)).toBe(huge);
    expect(store.keptInPlace).toBe(false);
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!)).toEqual(emptyProgress());
  });

  test("a corrupt value with no room to set it aside stays where it is, and nothing is saved over it", () => {
    const storage = new MemoryStorage();
    storage.items.set(PROGRESS_KEY, "{oops");
    const real = storage.setItem;
    storage.setItem = (key, value) => {
      // Full: only putting a value back in the place it just left fits.
      if (key === PROGRESS_KEY && value === "{oops") return real(key, value);
      throw quota();
    };
    const store = createProgressStore(storage);
    expect(store.read()).toEqual(emptyProgress());
    expect(store.recoveredKey).toBeNull();
    expect(store.keptInPlace).toBe(true);
    expect(storage.getItem(PROGRESS_KEY)).toBe("{oops");
    storage.setItem = real; // room again, but this page load still writes nothing over it
    expect(store.update(readLesson("a"))).toEqual({ saved: false, reason: "quota" });
    expect(store.read().lessons).toHaveProperty("a");
    expect(storage.getItem(PROGRESS_KEY)).toBe("{oops");
  });

  test("disabled storage: works in memory and says it cannot save", () => {
    const store = createProgressStore(null);
    expect(store.lastSave).toEqual({ saved: false, reason: "unavailable" });
    expect(store.update(readLesson("a"))).toEqual({ saved: false, reason: "unavailable" });
    expect(store.read().lessons).toHaveProperty("a");
  });

  test("storage that throws on every access never breaks a read", () => {
    const hostile: StorageLike = {
      getItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
      setItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
      removeItem: () => {},
    };
    const store = createProgressStore(hostile);
    expect(store.read()).toEqual(emptyProgress());
    expect(store.update(readLesson("a"))).toEqual({ saved: false, reason: "unavailable" });
  });

  test("a change made in another tab reaches subscribers; unsubscribing stops it", () => {
    const storage = new MemoryStorage();
    const events = new EventTarget();
    const store = createProgressStore(storage, { events });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);

    createProgressStore(storage).update(readLesson("b")); // the other tab
    events.dispatchEvent(Object.assign(new Event("storage"), { key: PROGRESS_KEY }));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.read().lessons).toHaveProperty("b");

    events.dispatchEvent(Object.assign(new Event("storage"), { key: "something-else" }));
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    events.dispatchEvent(Object.assign(new Event("storage"), { key: PROGRESS_KEY }));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  test("reset empties what is saved", () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(storage);
    store.update(readLesson("a"));
    store.reset();
    expect(createProgressStore(storage).read()).toEqual(emptyProgress());
  });
});
