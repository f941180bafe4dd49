// The glossary links of a lesson are found from two walks of its text nodes (src/markdown/glossary-links.ts),
// which the processor runs without building the lesson's tree in JavaScript. They must link what a
// reading of the whole tree links (linkGlossaryTerms), on the course's own lessons and glossary, and
// fall back to that reading should the processor's walk not be in reading order.
import { describe, expect, test } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { mdxToJs, type HastPluginList, type HastPluginDefinition, type HastVisitorContext } from "satteri";
import type { Root } from "hast";
import { linkGlossaryTerms, type GlossaryTerm } from "../../src/lib/course/glossary-links.ts";
import { glossaryLinksPlugin } from "../../src/markdown/glossary-links.ts";

const content = join(import.meta.dirname, "../../content");
const terms: GlossaryTerm[] = readdirSync(join(content, "glossary"))
  .filter((file) => file.endsWith(".yaml"))
  .map((file) => {
    const { term, short } = parse(readFileSync(join(content, "glossary", file), "utf8")) as GlossaryTerm;
    return { id: file.replace(/\.yaml$/, ""), term, short };
  });
const href = (id: string) => `/glossaire/#${id}`;

/** The reference: the whole tree read at once, as the plugin did before its walks. */
const wholeTree: HastPluginDefinition = {
  name: "whole tree",
  before(root, ctx) {
    for (const { text, parts } of linkGlossaryTerms(root, terms, href)) ctx.replaceNode(text, parts);
  },
};

/** The plugin, telling `fallbacks` each time it had to read the whole tree after all. */
function watchedPlugin(fallbacks: string[], name: string) {
  const [read, link] = glossaryLinksPlugin(terms, href);
  const after = read!.after!;
  read!.after = (root, ctx) =>
    after(root, {
      ...ctx,
      replaceNode: (...args: Parameters<HastVisitorContext["replaceNode"]>) => {
        fallbacks.push(name);
        ctx.replaceNode(...args);
      },
    } as HastVisitorContext);
  return [read!, link!];
}

/** A lesson compiled as Astro compiles it (its components left to the page that renders it). */
const compiled = async (mdx: string, hastPlugins: HastPluginList) =>
  (
    await mdxToJs(mdx, {
      hastPlugins,
      features: { gfm: true, smartPunctuation: true },
      jsxImportSource: "astro",
      elementAttributeNameCase: "html",
    })
  ).code;
const linksIn = (code: string) => code.split('"glossary-link"').length - 1;

const lessons = readdirSync(join(content, "lessons"), { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".mdx"))
  .map((file) => ({
    file,
    body: readFileSync(join(content, "lessons", file), "utf8").replace(/^---\n[\s\S]*?\n---\n/, ""),
  }));

describe("the walks link what a reading of the whole tree links", () => {
  test("every lesson of the course, each without falling back", async () => {
    expect(lessons.length).toBeGreaterThan(40);
    const fallbacks: string[] = [];
    let linked = 0;
    for (const { file, body } of lessons) {
      const expected = await compiled(body, [wholeTree]);
      expect(await compiled(body, [watchedPlugin(fallbacks, file)]), file).toBe(expected);
      linked += linksIn(expected);
    }
    expect(fallbacks).toEqual([]);
    // The course's lessons do use the glossary: the comparison is of links made, not of none.
    expect(linked).toBeGreaterThan(lessons.length);
  });

  test.each([
    ["a heading, then the text", "## Le **troll** et le ROI\n\nUn troll, un ROI."],
    ["a link holding emphasis", "[le *troll*](/x/) puis un troll."],
    ["code, a key, a button written as tags", "`troll` <kbd>ROI</kbd> <button>modération</button> un troll, le ROI."],
    ["a component around the text", '<Aside type="note">Un **troll** ici.</Aside>'],
    ["a table and a list", "| Terme | Sens |\n| --- | --- |\n| troll | ROI |\n\n- la modération\n- un troll"],
    ["the same words in and out of a heading", "### troll\n\ntroll\n\n### troll troll\n\ntroll"],
  ])("%s", async (name, mdx) => {
    const fallbacks: string[] = [];
    const code = await compiled(mdx, [watchedPlugin(fallbacks, name)]);
    expect(code).toBe(await compiled(mdx, [wholeTree]));
    expect(linksIn(code)).toBeGreaterThan(0);
    expect(fallbacks).toEqual([]);
  });
});

test("a walk met out of reading order: the tree is read whole and linked from it, the second walk changes nothing", () => {
  const [read, link] = glossaryLinksPlugin(terms, href);
  const text = { type: "text" as const, value: "Un troll ici." };
  const root: Root = { type: "root", children: [{ type: "element", tagName: "p", properties: {}, children: [text] }] };
  const replaced: unknown[] = [];
  const ctx = {
    textContent: () => "Le titre",
    replaceNode: (node: unknown, parts: unknown) => replaced.push({ node, parts }),
  } as unknown as HastVisitorContext;
  const heading = { type: "element", tagName: "h2", properties: {}, children: [] } as never;
  (read!.element as { visit: (node: never, ctx: HastVisitorContext) => void }).visit(heading, ctx);
  (read!.text as (node: typeof text, ctx: HastVisitorContext) => void)(text, ctx);
  void read!.after!(root, ctx);
  expect(replaced).toEqual([
    {
      node: text,
      parts: [
        { type: "text", value: "Un " },
        expect.objectContaining({ tagName: "a", properties: expect.objectContaining({ href: "/glossaire/#troll" }) }),
        { type: "text", value: " ici." },
      ],
    },
  ]);
  (link!.text as (node: typeof text, ctx: HastVisitorContext) => void)(text, ctx);
  expect(replaced).toHaveLength(1);
});

test("a second walk that meets another text at a place than the first did replaces nothing there", () => {
  const [read, link] = glossaryLinksPlugin(terms, href);
  const replaced: unknown[] = [];
  const ctx = { replaceNode: (node: unknown) => replaced.push(node) } as unknown as HastVisitorContext;
  const text = (value: string) => ({ type: "text" as const, value });
  const visitText = (plugin: HastPluginDefinition, value: string) =>
    (plugin.text as (node: { type: "text"; value: string }, ctx: HastVisitorContext) => void)(text(value), ctx);
  visitText(read!, "Un troll ici.");
  visitText(read!, "Le ROI.");
  visitText(link!, "Un troll là.");
  visitText(link!, "Le ROI.");
  expect(replaced).toEqual([text("Le ROI.")]);
});
