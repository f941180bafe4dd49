import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { readFile, readdir } from "node:fs/promises";
import { readFileSync, writeFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { linkGlossaryTerms, type GlossaryTerm } from "../lib/glossary-links";

// After the build, links the first use of each glossary term in every lesson to
// its entry (before Pagefind indexes the pages). Terms are read from the same
// YAML files the glossary page is built from, already validated by the build.
export function glossaryLinks(contentDir: string): AstroIntegration {
  let base = "/";
  return {
    name: "relais:glossary-links",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.replace(/\/?$/, "/");
      },
      "astro:build:done": async ({ dir, logger }) => {
        const glossaryDir = join(contentDir, "glossary");
        const terms: GlossaryTerm[] = await Promise.all(
          (await readdir(glossaryDir))
            .filter((file) => file.endsWith(".yaml"))
            .map(async (file) => {
              const data = parseYaml(await readFile(join(glossaryDir, file), "utf8")) as {
                term: string;
                short: string;
              };
              return { id: file.replace(/\.yaml$/, ""), term: data.term, short: data.short };
            }),
        );
        const lessonsDir = join(fileURLToPath(dir), "lecons");
        let links = 0;
        for (const lesson of await readdir(lessonsDir)) {
          const file = join(lessonsDir, lesson, "index.html");
          // Synchronous: for a thousand lessons, several times faster than promises in the build process.
          const html = readFileSync(file, "utf8");
          const linked = linkGlossaryTerms(html, terms, (id) => `${base}glossaire/#${id}`);
          links += (linked.match(/class="glossary-link"/g) ?? []).length;
          writeFileSync(file, linked);
        }
        logger.info(`${links} liens vers le glossaire ajoutés dans les leçons`);
      },
    },
  };
}
