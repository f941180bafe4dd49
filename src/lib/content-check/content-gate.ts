import type { Loader, LoaderContext } from "astro/loaders";
import { ContentError, type ContentProblem } from "../course/content-problems.ts";

// Where a build's content check (src/integrations/content-check.ts, in a process of its own) meets
// Astro's content loaders (src/content.config.ts). The loaders read the content while the check runs,
// and say nothing until it is done: a build with content problems stops with the check's list, in
// French, at the lines; Astro's own words on the same files (the first schema error, in its way) are
// dropped. Both sides share the process's globalThis: Astro runs the content config in Node's realm.

const GATE = Symbol.for("relais.content-check");
type Gate = { [GATE]?: Promise<readonly ContentProblem[]> | undefined };

/** Opens the gate with the check under way (or done); undefined: no check, the loaders go on as they are. */
export function setContentCheck(problems: Promise<readonly ContentProblem[]> | undefined) {
  (globalThis as Gate)[GATE] = problems;
}

/** The check's problems, once it is done; none when no check is under way (the dev server, a test). */
export const contentCheckDone = (): Promise<readonly ContentProblem[]> =>
  (globalThis as Gate)[GATE] ?? Promise.resolve([]);

type Logger = LoaderContext["logger"];

/** A logger that keeps what it is told until `release()`, then says it and passes the rest on. */
export function heldLogger(logger: Logger): { logger: Logger; release: () => void } {
  let held: (() => void)[] | undefined = [];
  const later =
    (say: (message: string) => void) =>
    (message: string): void =>
      held ? void held.push(() => say(message)) : say(message);
  const quiet: Logger = Object.create(logger);
  quiet.info = later((message) => logger.info(message));
  quiet.warn = later((message) => logger.warn(message));
  quiet.error = later((message) => logger.error(message));
  return {
    logger: quiet,
    release: () => {
      const said = held ?? [];
      held = undefined;
      for (const say of said) say();
    },
  };
}

/**
 * `loader`, run beside the content check: its work is done while the check runs, its words and its
 * failure are given once the check has found nothing. A content problem fails the load with the
 * check's list instead.
 */
export function heldUntilChecked(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      const said = heldLogger(context.logger);
      const loading = loader.load({ ...context, logger: said.logger }).then(
        () => ({ failed: false as const }),
        (error: unknown) => ({ failed: true as const, error }),
      );
      const problems = await contentCheckDone();
      if (problems.length > 0) throw new ContentError(problems);
      said.release();
      const loaded = await loading;
      if (loaded.failed) throw loaded.error;
    },
  };
}
