// The French text primitives (src/lib/french.ts) every message of the site is built from.
import { expect, test } from "vitest";
import { agree, duration, frenchDate, frenchDay, localFrenchDate, plural, quote } from "../../src/lib/french";

test("frenchDate writes what Intl would (but « 1er » for the first), without loading its locale data", () => {
  const intl = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2028, 0, 1); t += 7 * 3_600_000) {
    // Intl writes « 1 août » where French usage, and the course, write « 1er août ».
    expect(frenchDate(new Date(t))).toBe(intl.format(new Date(t)).replace(/^1 /, "1er "));
  }
  expect(frenchDate(new Date("2026-08-01T23:30:00Z"))).toBe("1er août 2026");
});

test("frenchDay reads a calendar day as that day, wherever the device is", () => {
  expect(frenchDay("2026-12-04")).toBe("4 décembre 2026");
  expect(frenchDay("2027-01-01")).toBe("1er janvier 2027");
});

test("localFrenchDate takes the day by the device's clock", () => {
  // Noon on the device: the same day in every time zone the test may run in.
  expect(localFrenchDate(new Date(2026, 10, 12, 12))).toBe("12 novembre 2026");
  expect(localFrenchDate(new Date(2026, 7, 1, 12).toISOString())).toBe("1er août 2026");
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

test("agree gives the form alone, by the same rule", () => {
  expect([0, 1, 2].map((n) => agree(n, "a", "ont"))).toEqual(["a", "a", "ont"]);
  expect(agree(5, "lue")).toBe("lues");
});

test("quote puts no-break spaces inside the guillemets", () => {
  expect(quote("Rejouer")).toBe("«\u00a0Rejouer\u00a0»");
});

test("duration writes minutes as French does, hours and minutes apart by no-break spaces", () => {
  expect([45, 60, 90, 125, 180].map(duration)).toEqual([
    "45\u00a0min",
    "1\u00a0h",
    "1\u00a0h\u00a030",
    "2\u00a0h\u00a005",
    "3\u00a0h",
  ]);
});
