// Every built page, UI and content alike, follows French typography.
import { expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { typographyFaults } from "../support/french-typography.ts";
import { sitemapPaths, UNLISTED_PAGES } from "../support/sitemap.ts";
import { DIST } from "../support/paths.ts";

test.each([...sitemapPaths(DIST), ...UNLISTED_PAGES])("%s", (path) => {
  const file = path.endsWith(".html") ? join(DIST, path) : join(DIST, path, "index.html");
  expect(typographyFaults(readFileSync(file, "utf8"))).toEqual([]);
});
