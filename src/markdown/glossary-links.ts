import { readFileSync, readdirSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import type { ElementContent } from "hast";
import type { HastNode, HastPluginDefinition, HastPluginEntry, HastVisitorContext } from "satteri";
import type { Plugin, RunnableDevEnvironment } from "vite";
import {
  UNLINKED_ELEMENTS,
  linkGlossaryTerms,
  linksByPlace,
  textWalk,
  type GlossaryTerm,
} from "../lib/course/glossary-links.ts";

// Links the glossary terms a lesson uses to their entry where the lesson's MDX becomes HTML, in
// Sätteri (Astro's default Markdown processor, MDX included): `astro dev` and `astro build` render
// lessons the same way, so both show the links. The rules are src/lib/course/glossary-links.ts.

/**
 * Links the terms in one document's tree (a lesson's text), by the processor's own changes, in two
 * walks of its text nodes in reading order: the first reads them, the second replaces those that
 * get a link. Only text nodes and the few elements whose words are never linked (headings, links,
 * code…) cross from the processor's tree: a walk of the whole tree from a `before` hook would have
 * it built whole in JavaScript (at a thousand lessons, over a second of the build's processor time).
 */
export function glossaryLinksPlugin(
  terms: readonly GlossaryTerm[],
  href: (id: string) => string,
): HastPluginDefinition[] {
  const walk = textWalk();
  const unlinked = {
    filter: UNLINKED_ELEMENTS,
    visit(node: Readonly<HastNode>, ctx: HastVisitorContext) {
      walk.enter(() => ctx.textContent(node));
    },
  };
  const read: HastPluginDefinition = {
    name: "relais:glossary-links",
    element: unlinked,
    mdxJsxTextElement: unlinked,
    mdxJsxFlowElement: unlinked,
    text(node) {
      walk.text(node.value);
    },
    // Should the walk not have been in reading order, the tree is read whole, and linked here.
    after(root, ctx) {
      if (walk.read()) return;
      for (const { text, parts } of linkGlossaryTerms(root, terms, href)) ctx.replaceNode(text, parts);
    },
  };
  let links: Map<number, ElementContent[]> | undefined;
  let at = -1;
  const link: HastPluginDefinition = {
    name: "relais:glossary-links (liens)",
    text(node, ctx) {
      at += 1;
      links ??= linksByPlace(walk.read(), terms, href);
      const parts = links.get(at);
      // The same walk as the first: the same node at the same place (checked, as a link misplaced is worse than none).
      if (parts && walk.read()?.values[at] === node.value) ctx.replaceNode(node, parts);
    },
  };
  return [read, link];
}

/**
 * The glossary's terms, one YAML file each, named by their anchor. An entry without its text is
 * left out: the glossary's schema tells the author what is missing. No folder, no term.
 */
function readTerms(dir: string): GlossaryTerm[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((file) => file.endsWith(".yaml"));
  } catch {
    return [];
  }
  return files.flatMap((file) => {
    const data: unknown = parseYaml(readFileSync(join(dir, file), "utf8"));
    const { term, short } = (data ?? {}) as Partial<Record<string, unknown>>;
    return typeof term === "string" && typeof short === "string"
      ? [{ id: file.replace(/\.yaml$/, ""), term, short }]
      : [];
  });
}

export interface GlossaryLinksOptions {
  /** The content folder (RELAIS_CONTENT): lessons are under its `lessons/`, terms in its `glossary/`. */
  contentDir: string;
  /** The site's base path, ending with "/": links lead to `${base}glossaire/#<term>`. */
  base: string;
}

export interface GlossaryLinks {
  /**
   * For `satteri({ hastPlugins })`: the links in every lesson, and nowhere else. The terms are read
   * at the first lesson, then kept. Throws when a lesson is rendered but the glossary has no term.
   */
  hast: HastPluginEntry;
  /**
   * For `vite.plugins`, in `astro dev`: a glossary file added, saved or removed makes the terms be
   * read again and drops the lessons' compiled modules, so the next request renders them with the
   * new terms; the browser reloads. A build reads the glossary once and needs none of it.
   */
  vite: Plugin;
}

export function glossaryLinks({ contentDir, base }: GlossaryLinksOptions): GlossaryLinks {
  const lessons = resolve(contentDir, "lessons") + sep;
  const glossary = resolve(contentDir, "glossary") + sep;
  const href = (id: string) => `${base}glossaire/#${id}`;
  let terms: GlossaryTerm[] | undefined;
  return {
    hast: ({ fileURL }) => {
      const file = fileURL?.protocol === "file:" ? fileURLToPath(fileURL) : "";
      if (!file.startsWith(lessons)) return null;
      terms ??= readTerms(glossary);
      if (terms.length === 0) {
        throw new Error(
          `Glossaire\u00a0: aucun terme lu (${join(glossary, "*.yaml")}) pour lier les termes de ${file}.`,
        );
      }
      return glossaryLinksPlugin(terms, href);
    },
    vite: {
      name: "relais:glossary-links",
      apply: "serve",
      configureServer(server) {
        const relink = (file: string) => {
          if (!file.startsWith(glossary) || !file.endsWith(".yaml")) return;
          terms = undefined;
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
    },
  };
}
