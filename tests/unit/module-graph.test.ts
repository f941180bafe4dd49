import { afterAll, expect, test } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { inGraph, staticImports } from "../../src/integrations/module-graph.ts";
import { learnerCoreGraph } from "../../src/integrations/learner-core.ts";
import { ROOT } from "../support/paths.ts";

// The learner core (astro.config.mjs) is what a few entry modules reach through their imports.
const dir = mkdtempSync(join(tmpdir(), "relais-module-graph-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (files: Record<string, string>) => {
  for (const [name, code] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), code);
  }
};
const at = (name: string) => pathToFileURL(join(dir, name));
const names = (files: Set<string>) => [...files].map((file) => file.slice(dir.length + 1)).toSorted();

test("follows value imports and re-exports, never type-only ones; packages are named", () => {
  write({
    "a.ts": [
      'import * as v from "valibot";',
      'import { b, type B } from "./b";',
      'import type { T } from "./types-only";',
      'import { type U } from "./also-types";',
      "export {\n  c,\n} from './lib/c.ts';",
      'import "./side-effect";',
      'const later = () => import("./later");',
    ].join("\n"),
    "b.ts": 'import { x } from "@scope/pkg/sub";\nexport const b = 1;\nexport type B = number;',
    "lib/c.ts": 'import { d } from "../d";\nexport const c = d;',
    "d/index.ts": "export const d = 1;",
    "side-effect.ts": "",
    "types-only.ts": "export type T = 1;",
    "also-types.ts": "export type U = 1;",
    "later.ts": "export const later = 1;",
  });
  const graph = staticImports([at("a.ts")], dir);
  expect(names(graph.files)).toEqual(["a.ts", "b.ts", "d/index.ts", "lib/c.ts", "side-effect.ts"]);
  expect([...graph.packages].toSorted()).toEqual(["@scope/pkg", "valibot"]);
  const test = inGraph(graph);
  expect(test(join(dir, "b.ts"))).toBe(true);
  expect(test(`${join(dir, "lib/c.ts")}?v=1`)).toBe(true);
  expect(test(join(dir, "types-only.ts"))).toBe(false);
  expect(test("/x/node_modules/valibot/dist/index.js")).toBe(true);
  expect(test("/x/node_modules/.pnpm/@scope+pkg@1/node_modules/@scope/pkg/sub.js")).toBe(true);
  expect(test("/x/node_modules/valibotx/index.js")).toBe(false);
});

test("a renamed entry or an import that resolves to nothing stops the build, naming the file", () => {
  write({ "broken.ts": 'import { gone } from "./gone";' });
  expect(() => staticImports([at("renamed.ts")], dir)).toThrow("le module renamed.ts n'existe plus");
  expect(() => staticImports([at("broken.ts")], dir)).toThrow(
    "«\u00a0./gone\u00a0», importé par broken.ts, est introuvable",
  );
});

test("the real learner core: the store, its schemas and changes, valibot; no restoring, no trainer, no island", () => {
  const files = [...learnerCoreGraph().files].map((file) => file.slice(ROOT.length));
  for (const file of ["progress/store.ts", "progress/schema.ts", "progress/json-store.ts", "progress/records.ts"]) {
    expect(files).toContain(`src/lib/${file}`);
  }
  expect(learnerCoreGraph().packages).toContain("valibot");
  for (const file of files) expect(file).not.toMatch(/merge|backup|trainer|set-aside|-element\.ts$/);
});
