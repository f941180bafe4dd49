import { defineConfig } from "vitest/config";

// The unit project alone, for Stryker (npm run test:mutation): src/lib is mutated and only the
// unit tests judge it. Without the tests that read the built site or spawn tools (spelling):
// they do not exercise src/lib and would make every mutant slow. Nor the bench's synthetic lessons:
// bench/ is left out of Stryker's sandbox (stryker.config.json), and that test judges the bench.
export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    exclude: ["tests/unit/spelling.test.ts", "tests/unit/structure.test.ts", "tests/unit/bench-lessons.test.ts"],
    environment: "node",
    // cohort.test.ts sets TZ to test days in other time zones: worker threads ignore it, processes do not.
    pool: "forks",
    testTimeout: 60_000,
  },
});
