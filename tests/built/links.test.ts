// The built sites (at a host's root and under /relais/) have no broken internal
// link, asset or #anchor.
import { expect, test } from "vitest";
import { checkLinks } from "../support/link-checker.ts";
import { BASE_PATH, DIST, DIST_BASE } from "../support/paths.ts";

test.each([
  { name: "dist/ at the root of a host", dist: DIST, base: "/" },
  { name: `dist-base/ under ${BASE_PATH}`, dist: DIST_BASE, base: BASE_PATH },
])("$name has no broken link", ({ dist, base }) => {
  const { pages, links, broken } = checkLinks(dist, base);
  expect(pages).toBeGreaterThan(10);
  expect(links).toBeGreaterThan(pages * 5);
  expect(broken).toEqual([]);
});
