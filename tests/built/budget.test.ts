// JavaScript budgets, read from the built site: a lesson with its quiz stays
// light, and pages with no island carry only the header's two small scripts that
// every page needs, inlined: the theme toggle (a choice that persists) and the
// search launcher (Ctrl/⌘+K), which loads Pagefind only when someone searches.
import { expect, test } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { pageScripts } from "../support/page-weight.ts";
import { sitemapPaths } from "../support/sitemap.ts";
import { DIST } from "../support/paths.ts";

const KB = 1024;
// Every <relais-…> element is an island, except the header's two on every page.
const ISLANDS = /<relais-(?!theme-toggle\b|search-launcher\b)[a-z-]+\b/;
const pages = sitemapPaths(DIST).map((path) => ({ path, file: join(DIST, path, "index.html") }));
const withIsland = pages.filter(({ file }) => ISLANDS.test(readFileSync(file, "utf8")));
const reading = pages.filter((page) => !withIsland.includes(page));

test("the split is real: lessons carry islands, reading pages do not", () => {
  expect(withIsland.filter((p) => p.path.startsWith("/lecons/")).length).toBeGreaterThanOrEqual(6);
  expect(reading.map((p) => p.path)).toContain("/catalogue/");
});

const scriptFiles = (parts: string[]) => parts.filter((part) => !part.startsWith("inline"));

test.each(withIsland.filter((p) => p.path.startsWith("/lecons/")))(
  "$path: a small loader with the page; at most 12 KB gzip of JavaScript with its quiz, loaded on approach",
  ({ file }) => {
    const { gzipBytes, parts, onDemand } = pageScripts(DIST, file);
    // With its HTML (stylesheets inlined), a lesson's first view is two requests: the page and its loader.
    expect(scriptFiles(parts)).toHaveLength(1);
    // The loader, the header's two inlined scripts and the service worker's registration.
    expect(gzipBytes).toBeLessThanOrEqual(3.2 * KB);
    const quizCode = onDemand.parts.map((part) => readFileSync(join(DIST, part), "utf8")).join("");
    expect(quizCode).toContain("relais-quiz");
    expect(quizCode).toContain("relais-read-marker");
    expect(onDemand.parts.length, onDemand.parts.join(", ")).toBeLessThanOrEqual(2);
    expect(gzipBytes + onDemand.gzipBytes).toBeLessThanOrEqual(12 * KB);
    expect(readFileSync(file, "utf8")).not.toMatch(/<link rel="stylesheet"/);
  },
);

// The learner core (astro.config.mjs): one chunk, « commun », named by what it holds, not by file paths.
const communChunks = readdirSync(join(DIST, "_astro")).filter((file) => /^commun\.[\w-]+\.js$/.test(file));
test("the learner core is one chunk: the progress store, no trainer code, no restoring", () => {
  expect(communChunks).toHaveLength(1);
  const code = readFileSync(join(DIST, "_astro", communChunks[0]!), "utf8");
  // The store as a page opens it (progress/browser.ts), its key, and valibot, which checks what it reads.
  expect(code).toContain("relais:probe");
  expect(code).toContain("relais:progress:corrompu:");
  expect(code).toContain("valibot");
  // No island: library code only. Not the trainer's store, not the restoring of a backup.
  expect(code).not.toContain("customElements.define");
  expect(code).not.toContain("relais:formateur");
  expect(code).not.toContain("relais-progression");
});

test.each(withIsland.filter((p) => p.path.startsWith("/lecons/")))(
  "$path loads the learner core on approach",
  ({ file }) => {
    expect(pageScripts(DIST, file).onDemand.parts).toContain(`_astro/${communChunks[0]}`);
  },
);

/** The ticks island of lesson lists (components/progress/lesson-ticks.ts), inlined, if the page has it. */
const ticksScript = (file: string) =>
  [...readFileSync(file, "utf8").matchAll(/<script type="module">([\s\S]*?)<\/script>/g)]
    .map((m) => m[1]!)
    .find((code) => code.includes("[data-ticks]"));

test.each(reading)(
  "$path: no island but the lesson ticks; the header's scripts and the worker's registration inlined (≤ 2 KB gzip)",
  ({ file }) => {
    const { gzipBytes, parts } = pageScripts(DIST, file);
    expect(scriptFiles(parts)).toEqual([]);
    const ticks = ticksScript(file);
    const ticksBytes = ticks ? gzipSync(ticks, { level: 9 }).length : 0;
    expect(ticksBytes).toBeLessThanOrEqual(2 * KB);
    expect(gzipBytes - ticksBytes).toBeLessThanOrEqual(2 * KB);
  },
);

test("lesson lists carry the ticks island, which waits for the page to be painted", () => {
  for (const path of ["/catalogue/", "/modules/crise/", "/pour/cm-junior/", "/"]) {
    const code = ticksScript(join(DIST, path, "index.html"));
    expect(code, path).toBeDefined();
    expect(code).toMatch(/requestIdleCallback/);
  }
});

// HTML and CSS weights, gzip-compressed as a static host serves them.
const gzipOf = (file: string) => gzipSync(readFileSync(file), { level: 6 }).length;
const stylesheetsOf = (file: string) =>
  [...readFileSync(file, "utf8").matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map((m) => join(DIST, m[1]!));

// 16 KB since quizzes have wrong options as long as the right one and every page registers
// the offline worker (15 KB before).
test.each(pages.filter((p) => p.path.startsWith("/lecons/")))("$path: HTML at most 16 KB gzip", ({ file }) => {
  expect(gzipOf(file)).toBeLessThanOrEqual(16 * KB);
});

test.each(pages)("$path: CSS at most 10 KB gzip", ({ file }) => {
  const inline = [...readFileSync(file, "utf8").matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)]
    .map((m) => m[1]!)
    .join("");
  const total = stylesheetsOf(file).reduce((sum, css) => sum + gzipOf(css), 0) + gzipSync(inline).length;
  expect(total).toBeLessThanOrEqual(10 * KB);
});

test("no font or stylesheet comes from another origin, and every image is sized and lazy", () => {
  for (const { file } of pages) {
    const html = readFileSync(file, "utf8");
    for (const link of html.match(/<link\b[^>]*>/g) ?? []) {
      if (/rel="(stylesheet|preload|modulepreload|icon)"/.test(link)) expect(link).not.toMatch(/href="(https?:)?\/\//);
    }
    expect(html).not.toMatch(/@import\s+url\(["']?(https?:)?\/\//);
    for (const img of html.match(/<img\b[^>]*>/g) ?? []) {
      expect(img).toMatch(/\bwidth="\d+"/);
      expect(img).toMatch(/\bheight="\d+"/);
      expect(img).toMatch(/\bloading="lazy"/);
    }
  }
});
