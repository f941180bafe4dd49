import type { BuildEnvironmentOptions } from "vite";

// What the bundler says during a build, with one warning left out: Astro marks each MDX module's
// head content with a "use astro:head-inject" directive, and Rolldown warns that a module-level
// directive may not survive bundling, once per lesson (about 12 lines each: 56 on the real course,
// two thirds of its build log; a thousand at a thousand lessons), though Astro reads the mark
// before bundling and nothing is lost. An author would no longer see a real warning among them.
// Astro's issue withastro/astro#18087; when it is fixed, this filter has nothing left to drop.
// Every other warning, the same warning about any other directive included, is shown as before.

type OnLog = NonNullable<NonNullable<BuildEnvironmentOptions["rolldownOptions"]>["onLog"]>;

/** A log Rolldown gives (a warning's code and message); true for the one left out. */
export const isAstroHeadInjectWarning = (log: { code?: string; message: string }) =>
  log.code === "MODULE_LEVEL_DIRECTIVE" && log.message.includes('"use astro:head-inject"');

/** For `vite.build.rolldownOptions.onLog`: every log goes to Vite's handler but that warning. */
export const withoutHeadInjectWarnings: OnLog = (level, log, handler) => {
  if (level === "warn" && isAstroHeadInjectWarning(log)) return;
  handler(level, log);
};
