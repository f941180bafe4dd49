// The French spell check of `npm run lint:content` really catches a misspelling.
import { expect, test } from "vitest";
import { spawnSync } from "node:child_process";
import { ROOT } from "../support/paths.ts";

// cspell takes 4 to 6 s to start on these machines, more under load: the wait is
// the process's, not the test's, so it gets a minute rather than vitest's 5 s.
const CSPELL_START = 60_000;

const cspell = (file: string) =>
  spawnSync(`${ROOT}node_modules/.bin/cspell`, ["--no-progress", "-c", "cspell.config.yaml", file], {
    cwd: ROOT,
    encoding: "utf8",
  });

test(
  "a misspelt French word fails the check and is named",
  () => {
    const run = cspell("tests/fixtures/spelling/faute.mdx");
    expect(run.status).not.toBe(0);
    expect(run.stdout).toContain("Unknown word (comunity)");
  },
  CSPELL_START,
);

test(
  "correct French passes",
  () => {
    expect(cspell("tests/fixtures/spelling/juste.mdx").status).toBe(0);
  },
  CSPELL_START,
);
