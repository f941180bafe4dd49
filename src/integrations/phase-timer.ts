import type { AstroIntegration } from "astro";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

// What each phase of `astro build` costs, for `npm run bench -- --compare`: `timed([...])` wraps
// the site's integrations and, only when RELAIS_PHASES_FILE names a file, writes there
// { phases: [{ name, ms }] }: configuration and content sync (from the start of the process to
// astro:build:start), Astro's rendering (to astro:build:generated), what Astro does after it,
// each integration's astro:build:done by its name, and the total. Without the variable, the
// integrations are returned as they are: an ordinary build runs no line of this.

export interface Phase {
  name: string;
  ms: number;
}

type Listed = AstroIntegration | false | null | undefined;
type BuildDone = NonNullable<AstroIntegration["hooks"]["astro:build:done"]>;

/** An integration whose astro:build:done hook reports how long it took. */
function withTimedDone(
  integration: AstroIntegration,
  done: BuildDone,
  record: (ms: number) => void,
  now: () => number,
) {
  const timedDone: BuildDone = async (params) => {
    const start = now();
    await done(params);
    record(now() - start);
  };
  return { ...integration, hooks: { ...integration.hooks, "astro:build:done": timedDone } };
}

/**
 * The integrations, flattened as Astro flattens them, each astro:build:done hook timed, and
 * last an integration that writes the phases to `file` once every other build:done has run.
 * `now` is in milliseconds since the process started (performance.now()).
 */
export function timed(
  integrations: readonly (Listed | readonly Listed[])[],
  file = process.env["RELAIS_PHASES_FILE"],
  now = () => performance.now(),
): AstroIntegration[] {
  const listed = integrations.flat().filter((i): i is AstroIntegration => Boolean(i));
  if (!file) return listed;
  const moments = { start: 0, generated: 0 };
  const steps: Phase[] = [];
  let firstDone: number | undefined;
  const wrapped = listed.map((integration) => {
    const done = integration.hooks["astro:build:done"];
    if (!done) return integration;
    return withTimedDone(
      integration,
      done,
      (ms) => {
        firstDone ??= now() - ms;
        steps.push({ name: integration.name, ms });
      },
      now,
    );
  });
  const timer: AstroIntegration = {
    name: "relais:phase-timer",
    hooks: {
      "astro:build:start": () => {
        moments.start = now();
      },
      "astro:build:generated": () => {
        moments.generated = now();
      },
      "astro:build:done": ({ logger }) => {
        const end = now();
        const phases: Phase[] = [
          { name: "configuration + synchronisation du contenu", ms: moments.start },
          { name: "rendu Astro", ms: moments.generated - moments.start },
          { name: "fin de la construction Astro", ms: (firstDone ?? end) - moments.generated },
          ...steps,
          { name: "total", ms: end },
        ];
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, `${JSON.stringify({ phases }, null, 2)}\n`);
        logger.info(`durée de chaque phase écrite dans ${file}`);
      },
    },
  };
  return [...wrapped, timer];
}
