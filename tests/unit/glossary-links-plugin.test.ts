// The glossary-links plugins as astro.config.mjs gives them to the Markdown processor and to Vite:
// which files are linked, where the terms are read, the links' base path, and what `astro dev`
// does when a term changes.
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { EventEmitter } from "node:events";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
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
  mdxToHtml(mdx, [glossaryLinks({ contentDir: content, base }).hast], file);

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
    expect(await mdxToHtml("Un troll.", [glossaryLinks({ contentDir: content, base: "/" }).hast], null)).not.toContain(
      "glossary-link",
    );
  });

  test("a relative content folder is read from the folder Astro runs in", async () => {
    const html = await mdxToHtml(
      "Un troll.",
      [glossaryLinks({ contentDir: "./content", base: "/" }).hast],
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

  test("the terms are read at the first lesson, then kept: a build renders hundreds of lessons", async () => {
    const lesson = join(content, "lessons/a.mdx");
    const { hast } = glossaryLinks({ contentDir: content, base: "/" });
    expect(await mdxToHtml("Un troll.", [hast], lesson)).toContain('title="Définition de troll."');
    writeTerm("troll", "Troll", "Autre définition.");
    writeTerm("roi", "ROI");
    expect(await mdxToHtml("Un troll, le ROI.", [hast], lesson)).toContain('title="Définition de troll."');
    expect(hrefs(await mdxToHtml("Un troll, le ROI.", [hast], lesson))).toEqual(["/glossaire/#troll"]);
  });

  test("a lesson rendered while the glossary has no term stops, naming the lesson", async () => {
    rmSync(glossaryFile("troll"));
    const lesson = join(content, "lessons/a.mdx");
    await expect(render("Un troll.", lesson)).rejects.toThrow(
      `Glossaire\u00a0: aucun terme lu (${join(content, "glossary/*.yaml")}) pour lier les termes de ${lesson}.`,
    );
    rmSync(join(content, "glossary"), { recursive: true });
    await expect(render("Un troll.", lesson)).rejects.toThrow("Glossaire\u00a0: aucun terme lu");
  });
});

describe("in astro dev, a glossary file added, saved or removed", () => {
  /** What the Vite plugin is given of the dev server: its watcher, module graphs and runner, its socket. */
  function devServer(files: string[]) {
    const dropped: string[] = [];
    const reloads: unknown[] = [];
    const graph = {
      idToModuleMap: new Map(files.map((file) => [`${file}?x`, { file }])),
      invalidateModule: (module: { file: string }) => dropped.push(`graph ${module.file}`),
    };
    const runner = {
      evaluatedModules: {
        getModulesByFile: (file: string) => new Set([{ file }]),
        invalidateModule: (module: { file: string }) => dropped.push(`runner ${module.file}`),
      },
    };
    const server = {
      watcher: new EventEmitter(),
      environments: {
        ssr: { moduleGraph: graph, runner },
        client: { moduleGraph: { ...graph, idToModuleMap: new Map() } },
      },
      ws: { send: (message: unknown) => reloads.push(message) },
    };
    return { server, dropped, reloads };
  }
  const start = (links: ReturnType<typeof glossaryLinks>, server: object) =>
    (links.vite.configureServer as (server: object) => void)(server);

  test("the terms are read again, the lessons' modules dropped and the browser reloaded", async () => {
    const lesson = join(content, "lessons/crise/a.mdx");
    const links = glossaryLinks({ contentDir: content, base: "/" });
    const { server, dropped, reloads } = devServer([lesson, join(content, "../src/pages/index.astro")]);
    start(links, server);
    expect(hrefs(await mdxToHtml("Un troll, le ROI.", [links.hast], lesson))).toEqual(["/glossaire/#troll"]);
    writeTerm("roi", "ROI");
    server.watcher.emit("add", glossaryFile("roi"));
    expect(dropped).toEqual([`graph ${lesson}`, `runner ${lesson}`]);
    expect(reloads).toEqual([{ type: "full-reload" }]);
    expect(hrefs(await mdxToHtml("Un troll, le ROI.", [links.hast], lesson))).toEqual([
      "/glossaire/#troll",
      "/glossaire/#roi",
    ]);
    writeTerm("roi", "ROI", "Nouvelle définition.");
    server.watcher.emit("change", glossaryFile("roi"));
    expect(await mdxToHtml("Le ROI.", [links.hast], lesson)).toContain('title="Nouvelle définition."');
    rmSync(glossaryFile("roi"));
    server.watcher.emit("unlink", glossaryFile("roi"));
    expect(hrefs(await mdxToHtml("Un troll, le ROI.", [links.hast], lesson))).toEqual(["/glossaire/#troll"]);
    expect(reloads).toHaveLength(3);
  });

  test("any other file changed is left to Vite", async () => {
    const lesson = join(content, "lessons/a.mdx");
    const links = glossaryLinks({ contentDir: content, base: "/" });
    const { server, dropped, reloads } = devServer([lesson]);
    start(links, server);
    await mdxToHtml("Un troll.", [links.hast], lesson);
    writeTerm("troll", "Troll", "Autre définition.");
    for (const file of [lesson, join(content, "glossary/notes.txt"), join(content, "modules/crise.yaml")]) {
      server.watcher.emit("change", file);
    }
    expect(dropped).toEqual([]);
    expect(reloads).toEqual([]);
    expect(await mdxToHtml("Un troll.", [links.hast], lesson)).toContain('title="Définition de troll."');
  });
});
