// One list of private pages (src/lib/private-pages.ts): exactly the pages marked noindex, and
// none of them in the sitemap.
import { expect, test } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join, sep } from "node:path";
import { PRIVATE_PAGES } from "../../src/lib/private-pages.ts";
import { sitemapPaths } from "../support/sitemap.ts";
import { DIST } from "../support/paths.ts";

/** "parcours/index.html" → "/parcours/", "404.html" → "/404.html". */
const pathOf = (file: string) => `/${file.split(sep).join("/")}`.replace(/index\.html$/, "");
const pages = readdirSync(DIST, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".html"));

test("the pages marked noindex are the private pages, all of them", () => {
  const noindex = pages
    .filter((file) => readFileSync(join(DIST, file), "utf8").includes('<meta name="robots" content="noindex">'))
    .map(pathOf);
  expect(noindex.toSorted()).toEqual(PRIVATE_PAGES.toSorted());
});

test("no private page is in the sitemap, and every other page is", () => {
  const listed = sitemapPaths(DIST);
  for (const path of PRIVATE_PAGES) expect(listed).not.toContain(path);
  const others = pages.map(pathOf).filter((path) => !PRIVATE_PAGES.includes(path) && !path.startsWith("/pagefind/"));
  expect(listed.toSorted()).toEqual(others.toSorted());
});
