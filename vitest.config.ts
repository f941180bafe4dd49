import { defineConfig } from "vitest/config";

// Four suites, run by `npm test` after the site is built:
// unit (pure logic, and the content schemas parsed directly), content (full builds of fixture
// sites: the build stops and names the file), site (checks and Chromium over the built site),
// dev (the development server authors use shows what the build ships).
//
// Every wait has a bound that holds on a loaded machine (the suite must pass beside a second
// build on two cores): timeouts are several times what a quiet run takes, never vitest's
// defaults (5 s a test, 1 s an expect.poll), and a wait that misses its bound fails, never hangs.
// The fixture and dev-server builds the tests start send Astro no telemetry: a test run makes no
// request to another site.
process.env["ASTRO_TELEMETRY_DISABLED"] ??= "1";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          // Property tests run hundreds of cases and spelling.test.ts starts cspell (4–6 s, more under load).
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: "content",
          include: ["tests/content/**/*.test.ts"],
          // A fixture build takes 20–40 s alone, a few times that beside other builds; it is killed
          // before this (tests/support/fixture-site.ts), so a stuck build fails its test and frees the CPU.
          testTimeout: 300_000,
          // Each case is a full Astro build: two at a time on a two-core machine.
          maxConcurrency: 2,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: "site",
          include: ["tests/built/**/*.test.ts", "tests/browser/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // What a page does after a click (storage, a re-render, a worker) lands within a second
          // when the machine is quiet; a poll waits up to 15 s before it fails.
          expect: { poll: { timeout: 15_000 } },
          // Chromium instances compete for the two cores: one test file at a time, and at most
          // two tests of a file at once where a file asks for it (test.concurrent).
          fileParallelism: false,
          maxConcurrency: 2,
        },
      },
      {
        test: {
          name: "dev",
          include: ["tests/dev/**/*.test.ts"],
          // Starting `astro dev` and compiling a first page: a few seconds alone, more under load.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
