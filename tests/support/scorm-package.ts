// The SCORM packages a build wrote (dist/lms/scorm/*.zip), read or unpacked as an LMS would.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { unzipSync } from "fflate";

export const scormDir = (dist: string) => join(dist, "lms", "scorm");

/** The packages' file names ("relais-crise.zip"…). */
export const packageNames = (dist: string) =>
  readdirSync(scormDir(dist))
    .filter((file) => file.endsWith(".zip"))
    .toSorted();

/** A package's files by their path in it. */
export const readPackage = (dist: string, name: string) => unzipSync(readFileSync(join(scormDir(dist), name)));

/** The package unpacked into `folder` (made under a fresh temporary folder when not given); the folder. */
export function unpackPackage(dist: string, name: string, folder = mkdtempSync(join(tmpdir(), "relais-scorm-"))) {
  for (const [path, bytes] of Object.entries(readPackage(dist, name))) {
    if (path.endsWith("/")) continue;
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), bytes);
  }
  return folder;
}
