import { defineConfig } from "vitest/config";

// Three suites, run by `npm test` after the site is built:
// unit (pure logic), content (fixture sites that must fail to build), browser (the built site).
export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" } },
      {
        test: {
          name: "content",
          include: ["tests/content/**/*.test.ts"],
          testTimeout: 120_000,
          // Each case is a full Astro build: two at a time on a two-core machine.
          maxConcurrency: 2,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: "site",
          include: ["tests/built/**/*.test.ts", "tests/browser/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Chromium instances compete for the two cores: one test file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
