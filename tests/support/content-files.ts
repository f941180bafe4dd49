// Content files read as the build reads them, and the small valid course the fixture sites and
// the schema tests start from, with the edits that break it: a case names the file it spoils and how.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { ROOT } from "./paths.ts";

export const BASE_CONTENT = join(ROOT, "tests/fixtures/content-base");

/** YAML as Astro reads it with js-yaml: `checked: 2026-11-01` is a Date. */
export const readYaml = <T = Record<string, unknown>>(text: string): T => parse(text, { customTags: ["timestamp"] });

/** A lesson file's frontmatter (parsed) and its body. */
export function lessonParts<T = Record<string, unknown>>(text: string): { data: T; body: string } {
  const [, frontmatter = "", ...body] = text.split(/^---\r?$/m);
  return { data: readYaml<T>(frontmatter), body: body.join("---") };
}

/** An edit replacing `from` once; it throws when it finds nothing, so a fixture that drifted is not tested as "valid". */
export const replace =
  (from: string | RegExp, to: string) =>
  (text: string): string => {
    const next = text.replace(from, to);
    if (next === text) throw new Error(`fixture edit found nothing to replace: ${from}`);
    return next;
  };

/** A base fixture file's text; `file` is relative to the content folder. */
export const fixtureText = (file: string): string => readFileSync(join(BASE_CONTENT, file), "utf8");

/** What the build hands the file's schema: the YAML, or a lesson's frontmatter, after `edit`. */
export function fixtureData<T = Record<string, unknown>>(
  file: string,
  edit: (text: string) => string = (text) => text,
): T {
  const text = edit(fixtureText(file));
  return file.endsWith(".mdx") ? lessonParts<T>(text).data : readYaml<T>(text);
}
