// The glossary-links plugin as astro.config.mjs gives it to the Markdown processor: which files it
// links, where it reads the terms, the base path of its links, and what it does when they change.
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { glossaryLinks } from "../../src/markdown/glossary-links.ts";
import { mdxToHtml } from "../support/mdx-html.ts";

let content: string;
const glossaryFile = (id: string) => join(content, "glossary", `${id}.yaml`);
const writeTerm = (id: string, term: string, short = `Définition de ${id}.`) =>
  writeFileSync(glossaryFile(id), `term: ${term}\nshort: "${short}"\nlong: "…"\n`);
const hrefs = (html: string) => [...html.matchAll(/class="glossary-link" href="([^"]+)"/g)].map((m) => m[1]);

beforeEach(() => {
  content = mkdtempSync(join(tmpdir(), "relais-glossary-"));
  mkdirSync(join(content, "glossary"));
  writeTerm("troll", "Troll");
});
afterEach(() => rmSync(content, { recursive: true, force: true }));

const render = (mdx: string, file: string, base = "/") =>
  mdxToHtml(mdx, [glossaryLinks({ contentDir: content, base })], file);

describe("which files", () => {
  test("a lesson, in any module's folder, under the content folder's lessons/", async () => {
    expect(hrefs(await render("Un troll.", join(content, "lessons/crise/a.mdx")))).toEqual(["/glossaire/#troll"]);
  });

  test("nothing else: another folder of the content, a look-alike folder, no file at all", async () => {
    for (const file of [
      join(content, "simulations/a.mdx"),
      join(`${content}-x`, "lessons/a.mdx"),
      `${content}/lessons-old/a.mdx`,
    ]) {
      expect(hrefs(await render("Un troll.", file)), file).toEqual([]);
    }
    expect(await mdxToHtml("Un troll.", [glossaryLinks({ contentDir: content, base: "/" })], null)).not.toContain(
      "glossary-link",
    );
  });

  test("a relative content folder is read from the folder Astro runs in", async () => {
    const html = await mdxToHtml(
      "Un troll.",
      [glossaryLinks({ contentDir: "./content", base: "/" })],
      join(process.cwd(), "content/lessons/x/a.mdx"),
    );
    // The repo's own glossary has « Troll ».
    expect(hrefs(html)).toEqual(["/glossaire/#troll"]);
  });
});

describe("the terms and their links", () => {
  test("links honour the base path", async () => {
    expect(hrefs(await render("Un troll.", join(content, "lessons/a.mdx"), "/relais/"))).toEqual([
      "/relais/glossaire/#troll",
    ]);
  });

  test("only YAML files are terms, and an entry without its text is left to the schema's message", async () => {
    writeFileSync(join(content, "glossary/roi.yml.bak"), "term: ROI\nshort: x\n");
    writeFileSync(join(content, "glossary/vide.yaml"), "term: ROI\n");
    writeFileSync(join(content, "glossary/rien.yaml"), "");
    expect(hrefs(await render("Un troll, le ROI.", join(content, "lessons/a.mdx")))).toEqual(["/glossaire/#troll"]);
  });

  test("a term added or saved while the site runs is used by the next lesson rendered", async () => {
    const lesson = join(content, "lessons/a.mdx");
    const plugin = glossaryLinks({ contentDir: content, base: "/" });
    expect(hrefs(await mdxToHtml("Un troll, le ROI.", [plugin], lesson))).toEqual(["/glossaire/#troll"]);
    writeTerm("roi", "ROI");
    expect(hrefs(await mdxToHtml("Un troll, le ROI.", [plugin], lesson))).toEqual([
      "/glossaire/#troll",
      "/glossaire/#roi",
    ]);
    writeTerm("roi", "ROI", "Nouvelle définition.");
    // Saved a minute later, as an editor would.
    const later = new Date(Date.now() + 60_000);
    utimesSync(glossaryFile("roi"), later, later);
    expect(await mdxToHtml("Le ROI.", [plugin], lesson)).toContain('title="Nouvelle définition."');
  });

  test("files are read again only when one changes (a build renders hundreds of lessons)", async () => {
    const lesson = join(content, "lessons/a.mdx");
    const plugin = glossaryLinks({ contentDir: content, base: "/" });
    const saved = new Date("2026-01-01T12:00:00Z");
    utimesSync(glossaryFile("troll"), saved, saved);
    expect(await mdxToHtml("Un troll.", [plugin], lesson)).toContain('title="Définition de troll."');
    // Another text, saved at the same instant: the files are not read again.
    writeTerm("troll", "Troll", "Autre définition.");
    utimesSync(glossaryFile("troll"), saved, saved);
    expect(await mdxToHtml("Un troll.", [plugin], lesson)).toContain('title="Définition de troll."');
  });

  test("a lesson rendered while the glossary has no term stops, naming the lesson", async () => {
    rmSync(glossaryFile("troll"));
    const lesson = join(content, "lessons/a.mdx");
    await expect(render("Un troll.", lesson)).rejects.toThrow(
      `Glossaire : aucun terme lu (${join(content, "glossary/*.yaml")}) pour lier les termes de ${lesson}.`,
    );
    rmSync(join(content, "glossary"), { recursive: true });
    await expect(render("Un troll.", lesson)).rejects.toThrow("Glossaire : aucun terme lu");
  });
});
