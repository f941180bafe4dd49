import { createHash } from "node:crypto";
import { closeSync, openSync, readSync, readdirSync, statSync } from "node:fs";
import { join, sep } from "node:path";

// The offline worker's precache list: every file of the built site but those left out, each with
// the MD5 of its bytes as its revision (Workbox's precaching fetches a file again when its revision
// changes), in path order, so that the same site gives the same list. workbox-build's getManifest
// made the same list, but read each file whole: at a thousand lessons the 57 MB read stayed in
// memory until the next garbage collection, at the very end of the build, where its memory is
// highest (some 60 MB more). Here every file goes through one buffer of 1 MiB.

export interface PrecacheEntry {
  url: string;
  revision: string;
}

export interface PrecacheManifest {
  entries: PrecacheEntry[];
  /** Their bytes, all together. */
  size: number;
  /** Files larger than the bound: not precached, and the build says which. */
  tooLarge: string[];
}

const PIECE = 1024 * 1024;

/** MD5, in hex, of a file read piece by piece into `buffer`. */
function fileRevision(file: string, buffer: Buffer): string {
  const hash = createHash("md5");
  const fd = openSync(file, "r");
  try {
    for (
      let read = readSync(fd, buffer, 0, buffer.length, null);
      read > 0;
      read = readSync(fd, buffer, 0, buffer.length, null)
    )
      hash.update(buffer.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  return hash.digest("hex");
}

/**
 * The precache list of the site in `dir`: its files by their path in it ("lecons/x/index.html"),
 * except hidden ones (a name starting with a dot, or in such a folder) and those `leftOut` says,
 * each at most `maxBytes`.
 */
export function precacheManifest(dir: string, leftOut: (path: string) => boolean, maxBytes: number): PrecacheManifest {
  const buffer = Buffer.allocUnsafe(PIECE);
  const paths = readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((path) => path.split(sep).join("/"))
    .filter((path) => !path.split("/").some((part) => part.startsWith(".")) && !leftOut(path))
    .toSorted((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const manifest: PrecacheManifest = { entries: [], size: 0, tooLarge: [] };
  for (const path of paths) {
    const file = join(dir, path);
    const stat = statSync(file);
    if (!stat.isFile()) continue;
    if (stat.size > maxBytes) {
      manifest.tooLarge.push(path);
      continue;
    }
    manifest.entries.push({ url: path, revision: fileRevision(file, buffer) });
    manifest.size += stat.size;
  }
  return manifest;
}
