// Pins the details of createJsonStore that mutation testing found unchecked.
import { describe, expect, test, vi } from "vitest";
import { createJsonStore, type StorageLike } from "../../src/lib/progress/json-store.ts";

const KEY = "test:store";
const spec = {
  key: KEY,
  corruptPrefix: "test:corrompu:",
  parse: (value: unknown) => (typeof value === "number" ? value : undefined),
  empty: () => 0,
};
const memory = (): StorageLike & { items: Map<string, string> } => {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
};
const storageEvent = (key: string | null) => Object.assign(new Event("storage"), { key });

describe("setting a corrupt value aside", () => {
  test("with room for a copy, the value is copied beside, not moved", () => {
    const storage = memory();
    storage.setItem(KEY, "{oops");
    const removeItem = vi.spyOn(storage, "removeItem");
    const store = createJsonStore(storage, spec, { now: () => new Date("2026-12-01T09:00:00Z") });
    expect(removeItem).not.toHaveBeenCalled();
    expect(storage.getItem(store.recoveredKey!)).toBe("{oops");
    expect(storage.getItem(KEY)).toBe("0");
  });
});

describe("subscribers", () => {
  test("hear of updates and resets", () => {
    const store = createJsonStore(memory(), spec);
    const heard: number[] = [];
    store.subscribe((value) => heard.push(value));
    store.update(() => 5);
    store.reset();
    expect(heard).toEqual([5, 0]);
  });
  test("hear of a change to this key in another tab", () => {
    const storage = memory();
    const events = new EventTarget();
    const store = createJsonStore(storage, spec, { events });
    const heard: number[] = [];
    store.subscribe((value) => heard.push(value));
    storage.setItem(KEY, "7");
    events.dispatchEvent(storageEvent("autre:clef"));
    expect(heard).toEqual([]);
    events.dispatchEvent(storageEvent(KEY));
    expect(heard).toEqual([7]);
    storage.items.clear();
    events.dispatchEvent(storageEvent(null));
    expect(heard).toEqual([7, 0]);
  });
  test("the storage listener is added once and removed with the last subscriber only", () => {
    const storage = memory();
    const events = new EventTarget();
    const add = vi.spyOn(events, "addEventListener");
    const remove = vi.spyOn(events, "removeEventListener");
    const store = createJsonStore(storage, spec, { events });
    const first: number[] = [];
    const second: number[] = [];
    const stopFirst = store.subscribe((value) => first.push(value));
    const stopSecond = store.subscribe((value) => second.push(value));
    expect(add).toHaveBeenCalledTimes(1);
    stopFirst();
    expect(remove).not.toHaveBeenCalled();
    storage.setItem(KEY, "3");
    events.dispatchEvent(storageEvent(KEY));
    expect(second).toEqual([3]);
    stopSecond();
    expect(remove).toHaveBeenCalledTimes(1);
    expect(remove).toHaveBeenCalledWith("storage", add.mock.calls[0]![1]);
    storage.setItem(KEY, "4");
    events.dispatchEvent(storageEvent(KEY));
    expect(store.read()).toBe(3);
    expect(first).toEqual([]);
  });
});
