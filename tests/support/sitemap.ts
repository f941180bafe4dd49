import { PRIVATE_PAGES } from "../../src/lib/private-pages.ts";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** Every page listed in the built sitemap(s), as paths ("/lecons/x/"). */
export function sitemapPaths(dist: string): string[] {
  const files = readdirSync(dist).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  const locs = files.flatMap((name) =>
    [...readFileSync(join(dist, name), "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!),
  );
  return locs.map((loc) => new URL(loc).pathname);
}

/** Pages built but left out of the sitemap (personal to a device, or the 404): tested all the same. */
export const UNLISTED_PAGES = PRIVATE_PAGES;
