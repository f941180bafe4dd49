import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { readFileSync, readdirSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { linkLesson, termsMentioned, type GlossaryTerm } from "../lib/course/glossary-links";
import { plural, quote } from "../lib/french";
import { diskPages, namedPages, type PageFiles } from "./built-pages";

// After the build, links the first use of each glossary term in every lesson to
// its entry (Pagefind indexed the pages as they were rendered: links change no text).
// Terms are read from the same YAML files the glossary page is built from, already validated by the build.
// A step that links nothing where terms are used would go unnoticed: the build stops instead.

/** The glossary's terms, one YAML file each, named by their anchor. */
function readTerms(glossaryDir: string): GlossaryTerm[] {
  return readdirSync(glossaryDir)
    .filter((file) => file.endsWith(".yaml"))
    .map((file) => {
      const data = parseYaml(readFileSync(join(glossaryDir, file), "utf8")) as { term: string; short: string };
      return { id: file.replace(/\.yaml$/, ""), term: data.term, short: data.short };
    });
}

/**
 * Links the glossary terms in every lesson page and returns how many links the pages now hold
 * (counted by the class the stylesheet gives them). Throws where zero cannot be right: lessons
 * but no term read, a lesson page without its text (`.lesson-body`), or no link at all although
 * the lessons use terms of the glossary. `link` links one page (a broken one, in tests).
 */
export function linkLessons(
  lessons: readonly string[],
  terms: readonly GlossaryTerm[],
  href: (id: string) => string,
  files: PageFiles,
  link = linkLesson,
): number {
  if (lessons.length === 0) return 0;
  if (terms.length === 0) {
    throw new Error(
      `Glossaire : aucun terme lu pour lier ${plural(lessons.length, "leçon")} (content/glossary/*.yaml).`,
    );
  }
  let links = 0;
  const withoutText: string[] = [];
  // While nothing is linked, a second look, apart from the patterns, at whether something should
  // have been: lessons that use terms. Once a link is made it is not needed, so it costs nothing.
  const used: string[] = [];
  for (const lesson of lessons) {
    const html = files.read(lesson);
    const linked = link(html, terms, href);
    if (linked === undefined) {
      withoutText.push(lesson);
      continue;
    }
    links += (linked.match(/class="glossary-link"/g) ?? []).length;
    if (links === 0) used.push(...termsMentioned(html, terms).map((term) => `${quote(term)} (${lesson})`));
    files.write(lesson, linked);
  }
  if (withoutText.length > 0) {
    throw new Error(
      `Glossaire : pas de texte de leçon (élément .lesson-body) où lier les termes (${namedPages(withoutText)}).`,
    );
  }
  if (links === 0 && used.length > 0) {
    throw new Error(
      `Glossaire : aucun lien (class="glossary-link") ajouté dans les leçons, qui emploient pourtant des termes du glossaire : ` +
        `${used.slice(0, 10).join(", ")}${used.length > 10 ? "…" : ""}.`,
    );
  }
  return links;
}

export function glossaryLinks(contentDir: string): AstroIntegration {
  let base = "/";
  return {
    name: "relais:glossary-links",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.replace(/\/?$/, "/");
      },
      "astro:build:done": ({ dir, logger }) => {
        const terms = readTerms(join(contentDir, "glossary"));
        const site = fileURLToPath(dir);
        const lessons = readdirSync(join(site, "lecons")).map((lesson) => join("lecons", lesson, "index.html"));
        const links = linkLessons(lessons, terms, (id) => `${base}glossaire/#${id}`, diskPages(site));
        logger.info(
          `${plural(links, "lien")} vers le glossaire dans ${plural(lessons.length, "leçon")} (${plural(terms.length, "terme")})`,
        );
      },
    },
  };
}
