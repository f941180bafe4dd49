import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { generateSW } from "workbox-build";

// Once the site and its search index are written, a service worker that precaches all of
// it (pages, scripts, styles, Pagefind's index and wasm) so that a visited site works
// offline, under any base path (its URLs are relative to the worker). Workbox's runtime is
// inlined into sw.js: no file from another origin. A new release changes the precache
// manifest, so the worker updates on the next visit, and the page says so (offline.ts).
export function serviceWorker(): AstroIntegration {
  return {
    name: "relais:service-worker",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const { count, size, warnings } = await generateSW({
          globDirectory: fileURLToPath(dir),
          globPatterns: ["**/*"],
          // The certificate, the search page and received links carry their state in the query or the fragment.
          ignoreURLParametersMatching: [/.*/],
          swDest: fileURLToPath(new URL("sw.js", dir)),
          inlineWorkboxRuntime: true,
          mode: "production",
          sourcemap: false,
          skipWaiting: true,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
          cacheId: "relais",
        });
        if (warnings.length > 0) throw new Error(`Service worker : ${warnings.join("\n")}`);
        if (count === 0) throw new Error("Service worker : aucun fichier à garder hors ligne");
        logger.info(`${count} fichiers gardés hors ligne (${(size / 1024 / 1024).toFixed(1)} Mo)`);
      },
    },
  };
}
