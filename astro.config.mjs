// @ts-check
import { defineConfig } from "astro/config";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { pagefindIndex } from "./src/integrations/pagefind.ts";
import { glossaryLinks } from "./src/integrations/glossary-links.ts";
import { cspPerPage } from "./src/integrations/csp-per-page.ts";
import { serviceWorker } from "./src/integrations/service-worker.ts";

// The site can be served from a sub-folder (e.g. https://example.org/relais/):
// set RELAIS_BASE=/relais/ at build time. RELAIS_SITE is the public origin,
// used for canonical URLs, Open Graph tags and the sitemap.
const base = process.env.RELAIS_BASE ?? "/";
const site = process.env.RELAIS_SITE ?? "https://relais.example.org";
// Where content is read from (src/content.config.ts reads the same variable).
const content = process.env.RELAIS_CONTENT ?? "./content";

// The theme is applied by a tiny inline script before the first paint; the CSP
// allows exactly that script by its hash. Everything else is served from 'self'.
const themeBoot = readFileSync(new URL("./src/components/theme/theme-boot.js", import.meta.url), "utf8");
const themeBootHash = /** @type {`sha256-${string}`} */ (
  `sha256-${createHash("sha256").update(themeBoot).digest("base64")}`
);

// The progress store and what it validates with, and the seeded shuffle of quizzes and
// simulations: used by every island a learner meets.
// (Only the store and its schema: restoring and merging, for « Mon parcours » alone, stay out.)
const LEARNER_CORE =
  /[\\/](node_modules[\\/]valibot[\\/]|src[\\/]lib[\\/]progress[\\/](schema|store|json-store|browser|records|save-wording)\.|src[\\/]lib[\\/]french\.|src[\\/]lib[\\/]shuffle\.|src[\\/]lib[\\/]assignments[\\/]assignment-schema\.)/;

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  output: "static",
  outDir: process.env.RELAIS_OUT_DIR ?? "./dist",
  // Fixture builds in tests run side by side: each gets its own cache.
  ...(process.env.RELAIS_CACHE_DIR ? { cacheDir: process.env.RELAIS_CACHE_DIR } : {}),
  integrations: [
    mdx(),
    // Pages about one person's device (progress, a received link, a cohort) are not for search engines.
    sitemap({
      filter: (page) => !/\/(404|parcours|parcours\/certificat|affectation|formateur\/cohorte)\/$/.test(page),
    }),
    glossaryLinks(content),
    cspPerPage(),
    pagefindIndex(),
    // Last: it precaches what every step before it wrote.
    serviceWorker(),
  ],
  // A lesson's first view is three requests: its HTML (stylesheets inlined, hashed by the
  // CSP below; the header's scripts import nothing, so Astro inlines them too), its
  // script and the chunk of learner code it shares with other islands ("commun"). Other
  // shared code is split by the set of islands sharing it ("partage"), sets under 1 KB
  // joining a neighbour, so the trainer's pages never weigh on a lesson.
  build: { inlineStylesheets: "always" },
  vite: {
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
                  // What every page that keeps progress needs, lessons first: one file, whatever else shares it.
                  { name: "commun", test: LEARNER_CORE, minShareCount: 2, priority: 2 },
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
  markdown: { syntaxHighlight: false },
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
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
