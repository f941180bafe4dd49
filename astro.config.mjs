// @ts-check
import { defineConfig } from "astro/config";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { satteri } from "@astrojs/markdown-satteri";
import { pagefindIndex } from "./src/integrations/pagefind.ts";
import { contentCheck } from "./src/integrations/content-check.ts";
import { baseLinksPlugin } from "./src/markdown/base-links.ts";
import { glossaryLinks } from "./src/markdown/glossary-links.ts";
import { tableFramesPlugin } from "./src/markdown/table-frames.ts";
import { cspPerPage } from "./src/integrations/csp-per-page.ts";
import { serviceWorker } from "./src/integrations/service-worker.ts";
import { scormPackages } from "./src/integrations/lms/scorm-packages.ts";
import { learnerCore } from "./src/integrations/learner-core.ts";
import { timed } from "./src/integrations/phase-timer.ts";
import { withoutHeadInjectWarnings } from "./src/integrations/bundler-log.ts";
import { PRIVATE_PAGES } from "./src/lib/private-pages.ts";
import { connectSrc, parseLrsOrigins } from "./src/lib/lms/lrs-origins.ts";
// Node loads this file and all it imports by itself (extensions named, TypeScript it can strip):
// otherwise Astro starts a Vite server to load it, half a second more at each build
// (tests/unit/config-loads-in-node.test.ts).

// The site can be served from a sub-folder (e.g. https://example.org/relais/):
// set RELAIS_BASE=/relais/ at build time. RELAIS_SITE is the public origin,
// used for canonical URLs, Open Graph tags and the sitemap.
const base = process.env.RELAIS_BASE ?? "/";
const site = process.env.RELAIS_SITE ?? "https://relais.example.org";
// The Learning Record Stores a cmi5 launch may report to (README « Plateformes xAPI / cmi5 »):
// comma-separated origins, added to the policy's connect-src; none by default. A bad one stops here.
const lrsOrigins = parseLrsOrigins(process.env.RELAIS_LRS_ORIGINS);
// Where content is read from (src/content.config.ts reads the same variable).
const content = process.env.RELAIS_CONTENT ?? "./content";

// The theme is applied by a tiny inline script before the first paint; the CSP
// allows exactly that script by its hash. Everything else is served from 'self'.
const themeBoot = readFileSync(new URL("./src/components/theme/theme-boot.js", import.meta.url), "utf8");
const themeBootHash = /** @type {`sha256-${string}`} */ (
  `sha256-${createHash("sha256").update(themeBoot).digest("base64")}`
);

// Pages about one person's device stay out of the sitemap (and carry noindex): src/lib/private-pages.ts.
const basePath = base.replace(/^\/?/, "/").replace(/\/?$/, "/");
const siteRoot = new URL(basePath, site);
const privateUrls = new Set(PRIVATE_PAGES.map((path) => new URL(`.${path}`, siteRoot).href));

// Lessons link the glossary terms they use where their MDX is rendered (src/markdown/): a plugin
// of the Markdown processor, and, for `astro dev`, a Vite plugin that re-renders them when a term
// changes.
const glossary = glossaryLinks({ contentDir: content, base: basePath });

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  output: "static",
  outDir: process.env.RELAIS_OUT_DIR ?? "./dist",
  // Fixture builds in tests run side by side: each gets its own cache.
  ...(process.env.RELAIS_CACHE_DIR ? { cacheDir: process.env.RELAIS_CACHE_DIR } : {}),
  integrations: timed([
    // First: every content problem, with its file and line, before Astro reads a file.
    contentCheck(content),
    // A lesson's text that holds no component is compiled to HTML strings instead of a call per
    // element: at a thousand lessons, a third less code to bundle and load, some 3 s of processor
    // time less (only whitespace changes, a line break before a lesson's first paragraph).
    mdx({ optimize: true }),
    sitemap({ filter: (page) => !privateUrls.has(page) }),
    cspPerPage(),
    pagefindIndex(content),
    // The SCORM packages, copies of built pages (src/integrations/lms/); the worker leaves them out.
    scormPackages(),
    // Last: it precaches what every step before it wrote.
    serviceWorker(),
  ]),
  // A lesson's first view is two requests: its HTML (stylesheets inlined, hashed by the CSP
  // below; the header's scripts import nothing, so Astro inlines them too) and a small loader
  // (components/lesson/lesson-islands.ts). The code of its quiz and read marker and the learner
  // core ("commun") load as the reader nears them. Other shared code is split by the set of
  // islands sharing it ("partage"), sets under 1 KB joining a neighbour, so the trainer's pages
  // never weigh on a lesson. tests/built/budget.test.ts holds all of this.
  // Three pages rendered at once: while one waits (its file written, its MDX loaded), another
  // renders (at 1,000 lessons the pages took 10.3–11.3 s instead of 13.9–15.5 s). What reads the
  // pages as they come takes them in the order they began, so every build of the same site writes
  // the same search index (src/lib/in-request-order.ts).
  build: { inlineStylesheets: "always", concurrency: 3 },
  vite: {
    // Astro's Vite server loads src/content.config.ts before reading a file of content, and with
    // it, transformed one module at a time, some seventy modules of Astro's own that Node already
    // holds (the loaders, the errors, the image-size readers): taken from Node instead, the
    // content sync of the real course drops from 0.8–2.3 s to 0.56–0.68 s, the same site built.
    resolve: { external: ["astro/loaders", "astro/content/config"] },
    plugins: [glossary.vite],
    // Rolldown's warning about Astro's own mark in every lesson, left out (src/integrations/bundler-log.ts).
    build: { rolldownOptions: { onLog: withoutHeadInjectWarnings } },
    // Vite's own cache too (the dependency optimiser's files): side-by-side fixture builds share
    // node_modules, and renaming into one .vite folder at once fails with ENOTEMPTY.
    ...(process.env.RELAIS_CACHE_DIR ? { cacheDir: `${process.env.RELAIS_CACHE_DIR}/vite` } : {}),
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [
                  // The learner core (integrations/learner-core.ts): what every island that keeps
                  // progress needs, lessons first. One file, whatever else shares it.
                  { name: "commun", test: learnerCore(), minShareCount: 2, priority: 2 },
                  {
                    name: "partage",
                    minShareCount: 2,
                    entriesAware: true,
                    entriesAwareMergeThreshold: 1024,
                    priority: 1,
                  },
                ],
              },
            },
          },
        },
      },
    },
  },
  // No lesson shows code; Shiki's highlighting would write inline styles the CSP refuses.
  markdown: {
    syntaxHighlight: false,
    // Astro's own Markdown processor (Sätteri), with what rewrites lesson HTML as plugins of it, so
    // `npm run dev` shows what the build ships (MDX uses it too: @astrojs/mdx extends this config).
    // Lesson links are written from the site's root; under a sub-folder they get its base
    // (src/markdown/base-links.ts). Then the glossary links (src/markdown/), whose
    // addresses already hold the base: after base-links, so they are not given it twice. Last, each
    // table in a frame that scrolls on a phone (src/markdown/table-frames.ts).
    processor: satteri({ hastPlugins: [baseLinksPlugin(base), glossary.hast, tableFramesPlugin] }),
  },
  server: { host: "127.0.0.1", port: 4321 },
  devToolbar: { enabled: false },
  security: {
    csp: {
      // Pagefind's search runs WebAssembly, hence 'wasm-unsafe-eval'; no 'unsafe-inline' anywhere.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeBootHash] },
      styleDirective: { resources: ["'self'"] },
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        connectSrc(lrsOrigins),
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
