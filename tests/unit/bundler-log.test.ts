import { expect, test, vi } from "vitest";
import { isAstroHeadInjectWarning, withoutHeadInjectWarnings } from "../../src/integrations/bundler-log.ts";

// Rolldown's warning, as it gives it for a lesson (its message's first line).
const headInject = {
  code: "MODULE_LEVEL_DIRECTIVE",
  message:
    'The semantics of the module level directive "use astro:head-inject" in "content/lessons/alpha/premiere.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};
const useClient = {
  code: "MODULE_LEVEL_DIRECTIVE",
  message: 'The semantics of the module level directive "use client" in "src/x.ts" may not be preserved when bundling.',
};
const unresolved = { code: "UNRESOLVED_IMPORT", message: 'Could not resolve "./absent.ts" from "src/x.ts"' };

test("only Rolldown's warning about Astro's head-inject mark is recognised", () => {
  expect(isAstroHeadInjectWarning(headInject)).toBe(true);
  expect(isAstroHeadInjectWarning(useClient)).toBe(false);
  expect(isAstroHeadInjectWarning({ message: headInject.message })).toBe(false);
  expect(isAstroHeadInjectWarning(unresolved)).toBe(false);
});

test("that warning is dropped; every other log reaches Vite's handler as it came", () => {
  const handler = vi.fn();
  withoutHeadInjectWarnings("warn", headInject, handler);
  expect(handler).not.toHaveBeenCalled();
  for (const [level, log] of [
    ["warn", useClient],
    ["warn", unresolved],
    ["info", headInject],
  ] as const) {
    withoutHeadInjectWarnings(level, log, handler);
    expect(handler).toHaveBeenLastCalledWith(level, log);
  }
  expect(handler).toHaveBeenCalledTimes(3);
});
