// Validates a cmi5 course structure against the specification's XSD (tests/fixtures/cmi5/) with
// Debian's xmllint: the exit code and what xmllint said.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./paths.ts";

export const CMI5_XSD = join(ROOT, "tests/fixtures/cmi5/cmi5_CourseStructure.xsd");

export function validateCmi5(xml: string): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), "relais-cmi5-"));
  const file = join(dir, "cmi5.xml");
  writeFileSync(file, xml);
  try {
    const run = spawnSync("xmllint", ["--noout", "--schema", CMI5_XSD, file], { encoding: "utf8" });
    if (run.error) throw run.error;
    return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
