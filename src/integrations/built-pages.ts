import { join } from "node:path";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { plural } from "../lib/french.ts";

// What the post-build steps share: the built pages read and written through `PageFiles`
// (the disk in the build, a Map in unit tests), and the error that stops the build naming
// the pages a step could not change, when leaving them as they are would ship something wrong.

/** Reads and writes built pages by their path in the site ("lecons/x/index.html"). */
export interface PageFiles {
  read(file: string): string;
  write(file: string, html: string): void;
}

/**
 * The built site on disk. Synchronous reads and writes: a thousand pages go several times
 * faster than with promises in the busy build process.
 */
export const diskPages = (site: string): PageFiles => ({
  read: (file) => readFileSync(join(site, file), "utf8"),
  write: (file, html) => writeFileSync(join(site, file), html),
});

/** Every HTML page of the built site, as paths in it. */
export const htmlPages = (site: string) =>
  readdirSync(site, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".html"));

const SHOWN = 10;
/** « 3 pages : a.html, b.html, c.html », the list cut after ten. */
export function namedPages(files: readonly string[]): string {
  const shown = files.slice(0, SHOWN).join(", ");
  const more = files.length > SHOWN ? ` et ${files.length - SHOWN} autres` : "";
  return `${plural(files.length, "page")}\u00a0: ${shown}${more}`;
}
