import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "vitest";
import { ROOT } from "../support/paths.ts";

// Astro first imports astro.config.mjs with Node itself, and only when that fails starts a Vite
// server to load it, each module of ours then transformed one by one: half a second more at every
// build (the course builds in 5.9–6.4 s instead of 6.7–7.9 s). Node loads it only if every module
// it reaches names its extension and holds TypeScript Node can strip (tsconfig's
// erasableSyntaxOnly checks the second). Vitest transforms what it imports, so the proof is a
// separate Node process, the one npm scripts run.
const run = promisify(execFile);

test("Node loads astro.config.mjs and every module it imports, without Vite", async () => {
  const load = `const config = (await import(${JSON.stringify(`${ROOT}astro.config.mjs`)})).default;
process.stdout.write(JSON.stringify(config.integrations.map((i) => i.name)));`;
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", load], { cwd: ROOT, timeout: 60_000 });
  expect(JSON.parse(stdout)).toEqual(
    expect.arrayContaining(["relais:content-check", "relais:pagefind", "relais:scorm-packages"]),
  );
});
