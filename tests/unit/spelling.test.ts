// The French spell check of `npm run lint:content` really catches a misspelling.
import { expect, test } from "vitest";
import { spawnSync } from "node:child_process";
import { ROOT } from "../support/paths.ts";

// cspell takes 4 to 6 s to start on a quiet machine, 15 to 20 s beside two builds. spawnSync holds
// the test's thread, so no vitest timeout can stop it: the process has its own bound, under the
// test's, and a cspell killed there fails the test with what it printed (status null).
const CSPELL_TIMEOUT = 90_000;
const TEST_TIMEOUT = 120_000;

const cspell = (file: string) => {
  const run = spawnSync(`${ROOT}node_modules/.bin/cspell`, ["--no-progress", "-c", "cspell.config.yaml", file], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: CSPELL_TIMEOUT,
  });
  return { ...run, said: `${run.error ?? ""}\n${run.stdout}\n${run.stderr}` };
};

test(
  "a misspelt French word fails the check and is named",
  () => {
    const run = cspell("tests/fixtures/spelling/faute.mdx");
    expect(run.status, run.said).toBe(1);
    expect(run.stdout).toContain("Unknown word (comunity)");
  },
  TEST_TIMEOUT,
);

test(
  "correct French passes",
  () => {
    const run = cspell("tests/fixtures/spelling/juste.mdx");
    expect(run.status, run.said).toBe(0);
  },
  TEST_TIMEOUT,
);
