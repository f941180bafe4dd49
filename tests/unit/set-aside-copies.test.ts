// Whole values set aside because they could not be read (src/lib/progress/set-aside-copies.ts).
import { expect, test } from "vitest";
import { setAsideCopies, type ListableStorage } from "../../src/lib/progress/set-aside-copies.ts";

const PREFIX = "relais:corrupt:";

/** A Storage double listing its keys in insertion order, like localStorage. */
function storage(entries: Record<string, string>): ListableStorage {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

test("lists every key under the prefix, oldest first, with its date and size", () => {
  const s = storage({
    [`${PREFIX}2026-03-02T10:00:00.000Z`]: "abcdef",
    "relais:progress": "{}",
    [`${PREFIX}2026-01-15T08:30:00.000Z`]: "xyz",
    "autre:relais:corrupt:2025-01-01T00:00:00.000Z": "nope",
    [`${PREFIX}2026-02-01T00:00:00.000Z`]: "",
  });
  expect(setAsideCopies(s, PREFIX)).toEqual([
    { key: `${PREFIX}2026-01-15T08:30:00.000Z`, at: "2026-01-15T08:30:00.000Z", size: 3 },
    { key: `${PREFIX}2026-02-01T00:00:00.000Z`, at: "2026-02-01T00:00:00.000Z", size: 0 },
    { key: `${PREFIX}2026-03-02T10:00:00.000Z`, at: "2026-03-02T10:00:00.000Z", size: 6 },
  ]);
});

test("the first and last keys are read too", () => {
  const s = storage({ [`${PREFIX}a`]: "1", other: "2", [`${PREFIX}b`]: "22" });
  expect(setAsideCopies(s, PREFIX)).toEqual([
    { key: `${PREFIX}a`, at: "a", size: 1 },
    { key: `${PREFIX}b`, at: "b", size: 2 },
  ]);
  expect(setAsideCopies(storage({ [`${PREFIX}z`]: "123" }), PREFIX)).toEqual([{ key: `${PREFIX}z`, at: "z", size: 3 }]);
});

test("a key ending with the prefix is not one of them", () => {
  expect(setAsideCopies(storage({ [`x${PREFIX}`]: "1" }), PREFIX)).toEqual([]);
});

test("none without storage, none with nothing set aside, none when storage throws", () => {
  expect(setAsideCopies(null, PREFIX)).toEqual([]);
  expect(setAsideCopies(storage({ "relais:progress": "{}" }), PREFIX)).toEqual([]);
  const broken: ListableStorage = {
    length: 1,
    key: () => {
      throw new Error("SecurityError");
    },
    getItem: () => null,
    setItem: () => undefined,
    removeItem: () => undefined,
  };
  expect(setAsideCopies(broken, PREFIX)).toEqual([]);
});
