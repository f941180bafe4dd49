import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { expect, test } from "vitest";
import { ROOT } from "../support/paths.ts";

// Astro's Vite server loads src/content.config.ts, and everything it imports, module by module
// before a file of content is read. `astro:content` or `astro/content/runtime` there made it load
// Astro's whole rendering runtime too, some sixty modules more: half a second of every build and of
// every `astro dev` start. A type-only import costs nothing (erased).

/** Each module src/content.config.ts reaches (its own files), with what it imports at run time. */
function runtimeImports(entry: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    const text = readFileSync(file, "utf8");
    const specifiers = [
      ...text.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^;]*?\sfrom\s+)?["']([^"']+)["']/gm),
    ].map((m) => m[1]!);
    found.set(relative(ROOT, file), specifiers);
    for (const specifier of specifiers.filter((s) => s.startsWith("."))) {
      const target = join(dirname(file), specifier);
      visit(existsSync(target) ? target : `${target}.ts`);
    }
  };
  visit(entry);
  return found;
}

test("the content config and its schemas import no Astro runtime module", () => {
  const imports = runtimeImports(join(ROOT, "src/content.config.ts"));
  expect(imports.size).toBeGreaterThan(10);
  const heavy = [...imports].flatMap(([file, specifiers]) =>
    specifiers
      .filter((s) => s === "astro:content" || s.startsWith("astro/content/runtime"))
      .map((s) => `${file}: ${s}`),
  );
  expect(heavy).toEqual([]);
});

test("the Astro modules the content config reaches are taken from Node, not transformed by Vite one by one", async () => {
  const imports = runtimeImports(join(ROOT, "src/content.config.ts"));
  const astroModules = new Set([...imports.values()].flat().filter((s) => s.startsWith("astro/")));
  // astro/zod re-exports zod, one module: not worth a line in the configuration.
  astroModules.delete("astro/zod");
  const { default: config } = await import("../../astro.config.mjs");
  expect([...astroModules].sort()).toEqual(["astro/content/config", "astro/loaders"]);
  expect(config.vite?.resolve?.external).toEqual(expect.arrayContaining([...astroModules]));
});
