import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import type { HastPluginDefinition, HastPluginEntry } from "satteri";
import type { Plugin, RunnableDevEnvironment } from "vite";
import { linkGlossaryTerms, type GlossaryTerm } from "../lib/course/glossary-links";

// A plugin of the Markdown processor (Sätteri, Astro's default) that links the glossary terms a
// lesson uses to their entry, where the lesson's MDX becomes HTML: `astro dev` and `astro build`
// render lessons the same way, so both show the links. The rules are src/lib/course/glossary-links.ts.

/** Links the terms in one document's tree (a lesson's text), by the processor's own changes. */
export function glossaryLinksPlugin(
  terms: readonly GlossaryTerm[],
  href: (id: string) => string,
): HastPluginDefinition {
  return {
    name: "relais:glossary-links",
    before(root, ctx) {
      for (const { text, parts } of linkGlossaryTerms(root, terms, href)) ctx.replaceNode(text, parts);
    },
  };
}

/**
 * The glossary's terms, one YAML file each, named by their anchor; read again only when a file is
 * added, removed or saved (a lesson rendered by `npm run dev` then sees the new term). An entry
 * without its text is left out: the glossary's schema tells the author what is missing.
 */
function glossaryReader(dir: string): () => GlossaryTerm[] {
  let read: { stamp: string; terms: GlossaryTerm[] } | undefined;
  return () => {
    let files: string[];
    try {
      files = readdirSync(dir).filter((file) => file.endsWith(".yaml"));
    } catch {
      files = [];
    }
    const stamp = files
      .map((file) => `${file}:${statSync(join(dir, file), { throwIfNoEntry: false })?.mtimeMs}`)
      .join("\n");
    if (read?.stamp !== stamp) {
      const terms = files.flatMap((file) => {
        const data: unknown = parseYaml(readFileSync(join(dir, file), "utf8"));
        const { term, short } = (data ?? {}) as Partial<Record<string, unknown>>;
        return typeof term === "string" && typeof short === "string"
          ? [{ id: file.replace(/\.yaml$/, ""), term, short }]
          : [];
      });
      read = { stamp, terms };
    }
    return read.terms;
  };
}

export interface GlossaryLinksOptions {
  /** The content folder (RELAIS_CONTENT): lessons are under its `lessons/`, terms in its `glossary/`. */
  contentDir: string;
  /** The site's base path, ending with "/": links lead to `${base}glossaire/#<term>`. */
  base: string;
}

/**
 * For `satteri({ hastPlugins })`: the glossary links in every lesson, and nowhere else. Throws
 * when a lesson is rendered but the glossary has no term: the links would all be missing.
 */
export function glossaryLinks({ contentDir, base }: GlossaryLinksOptions): HastPluginEntry {
  const lessons = resolve(contentDir, "lessons") + sep;
  const glossary = resolve(contentDir, "glossary");
  const terms = glossaryReader(glossary);
  const href = (id: string) => `${base}glossaire/#${id}`;
  return ({ fileURL }) => {
    const file = fileURL?.protocol === "file:" ? fileURLToPath(fileURL) : "";
    if (!file.startsWith(lessons)) return null;
    const read = terms();
    if (read.length === 0) {
      throw new Error(`Glossaire : aucun terme lu (${join(glossary, "*.yaml")}) pour lier les termes de ${file}.`);
    }
    return glossaryLinksPlugin(read, href);
  };
}

/**
 * For `vite.plugins`: in `astro dev`, a glossary file added, saved or removed drops the lessons'
 * compiled modules, so the next request renders them with the new terms, and reloads the browser.
 * The build needs none of it: it renders each lesson once, after reading the glossary.
 */
export function relinkOnGlossaryChange(contentDir: string): Plugin {
  const lessons = resolve(contentDir, "lessons") + sep;
  const glossary = resolve(contentDir, "glossary") + sep;
  return {
    name: "relais:glossary-links-dev",
    apply: "serve",
    configureServer(server) {
      const relink = (file: string) => {
        if (!file.startsWith(glossary) || !file.endsWith(".yaml")) return;
        const timestamp = Date.now();
        for (const environment of Object.values(server.environments)) {
          const { runner } = environment as Partial<RunnableDevEnvironment>;
          for (const module of environment.moduleGraph.idToModuleMap.values()) {
            if (!module.file?.startsWith(lessons)) continue;
            environment.moduleGraph.invalidateModule(module, undefined, timestamp, true);
            for (const evaluated of runner?.evaluatedModules.getModulesByFile(module.file) ?? []) {
              runner?.evaluatedModules.invalidateModule(evaluated);
            }
          }
        }
        server.ws.send({ type: "full-reload" });
      };
      server.watcher.on("add", relink).on("change", relink).on("unlink", relink);
    },
  };
}
