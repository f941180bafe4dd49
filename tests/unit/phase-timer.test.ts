// The build's phase timer (src/integrations/phase-timer.ts), driven as Astro drives integrations:
// each hook of each integration in turn. Fake integrations; the clock is a counter the fake hooks
// advance, so the figures are exact whatever the machine's load.
import { afterEach, beforeEach, expect, test } from "vitest";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AstroIntegration } from "astro";
import { timed, type Phase } from "../../src/integrations/phase-timer";

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "relais-phases-"));
  file = join(dir, "sous-dossier/phases.json");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

let clock = 0;
const calls: string[] = [];
/** An integration whose build:done takes `ms` of the fake clock (none when undefined). */
const fake = (name: string, ms?: number, fail = false): AstroIntegration => ({
  name,
  hooks: {
    "astro:config:setup": () => void calls.push(`${name} setup`),
    ...(ms === undefined
      ? {}
      : {
          "astro:build:done": async () => {
            calls.push(`${name} done`);
            clock += ms;
            if (fail) throw new Error(`${name} a échoué`);
          },
        }),
  },
});

/** Astro's order: every integration's build:start, then build:generated, then build:done, one after the other. */
async function build(integrations: AstroIntegration[], rendering = { sync: 100, render: 500, after: 5 }) {
  const params = { logger: { info: () => {} }, dir: new URL("file:///dist/"), pages: [], assets: new Map() } as never;
  clock = rendering.sync;
  for (const i of integrations) await i.hooks["astro:build:start"]?.(params);
  clock += rendering.render;
  for (const i of integrations) await i.hooks["astro:build:generated"]?.(params);
  clock += rendering.after;
  for (const i of integrations) await i.hooks["astro:build:done"]?.(params);
}
const phases = () => (JSON.parse(readFileSync(file, "utf8")) as { phases: Phase[] }).phases;

beforeEach(() => {
  calls.length = 0;
});

test("without a file to write, the integrations as Astro reads them, untouched", () => {
  const [a, b, c] = [fake("a", 1), fake("b"), fake("c", 2)];
  expect(timed([a, false, [b, null], undefined, c], undefined)).toEqual([a, b, c]);
  expect(timed([a, b, c], "")[0]).toBe(a);
});

test("one phase per step, in the order they ran: sync, rendering, Astro's end, each build:done by name, total", async () => {
  const integrations = timed([fake("relais:a", 30), fake("sans-build-done"), [fake("relais:c", 7)]], file, () => clock);
  expect(integrations.map((i) => i.name)).toEqual(["relais:a", "sans-build-done", "relais:c", "relais:phase-timer"]);
  await build(integrations);
  expect(phases()).toEqual([
    { name: "configuration + synchronisation du contenu", ms: 100 },
    { name: "rendu Astro", ms: 500 },
    { name: "fin de la construction Astro", ms: 5 },
    { name: "relais:a", ms: 30 },
    { name: "relais:c", ms: 7 },
    { name: "total", ms: 642 },
  ]);
});

test("the wrapped hooks still run, in order, and the other hooks are the integrations' own", async () => {
  const a = fake("a", 1);
  const integrations = timed([a, fake("b", 1)], file, () => clock);
  expect(integrations[0]!.hooks["astro:config:setup"]).toBe(a.hooks["astro:config:setup"]);
  await build(integrations);
  expect(calls).toEqual(["a done", "b done"]);
});

test("with the real clock: every phase is named once and none is negative", async () => {
  await build(timed([fake("a", 0), fake("b", 0)], file));
  const written = phases();
  expect(written.map((p) => p.name)).toEqual([
    "configuration + synchronisation du contenu",
    "rendu Astro",
    "fin de la construction Astro",
    "a",
    "b",
    "total",
  ]);
  for (const phase of written) expect(phase.ms, phase.name).toBeGreaterThanOrEqual(0);
});

test("a build:done that fails still fails the build, and no figures are written", async () => {
  await expect(build(timed([fake("a", 1, true), fake("b", 1)], file, () => clock))).rejects.toThrow("a a échoué");
  expect(calls).toEqual(["a done"]);
  expect(existsSync(file)).toBe(false);
});
