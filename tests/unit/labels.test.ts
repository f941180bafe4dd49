import { expect, test } from "vitest";
import { frenchDate, plural } from "../../src/lib/french";

test("frenchDate writes what Intl would (but « 1er » for the first), without loading its locale data", () => {
  const intl = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2028, 0, 1); t += 7 * 3_600_000) {
    // Intl writes « 1 août » where French usage, and the course, write « 1er août ».
    expect(frenchDate(new Date(t))).toBe(intl.format(new Date(t)).replace(/^1 /, "1er "));
  }
  expect(frenchDate(new Date("2026-08-01T23:30:00Z"))).toBe("1er août 2026");
});

test("plural follows the French rule: 0 and 1 singular", () => {
  expect([0, 1, 2, 12].map((n) => plural(n, "leçon"))).toEqual([
    "0\u00a0leçon",
    "1\u00a0leçon",
    "2\u00a0leçons",
    "12\u00a0leçons",
  ]);
  expect(plural(3, "quiz", "quiz")).toBe("3\u00a0quiz");
});
