import { expect, test } from "vitest";
import { frenchDate } from "../../src/lib/labels";

test("frenchDate writes what Intl would, without loading its locale data", () => {
  const intl = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2028, 0, 1); t += 7 * 3_600_000) {
    expect(frenchDate(new Date(t))).toBe(intl.format(new Date(t)));
  }
  expect(frenchDate(new Date("2026-08-01T23:30:00Z"))).toBe("1 août 2026");
});
