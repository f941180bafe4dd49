import type { AstroIntegration } from "astro";
import { build } from "esbuild";
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { precacheManifest } from "./precache-manifest.ts";

// Once the site and its search index are written, a service worker that precaches all of
// it (pages, scripts, styles, Pagefind's index and wasm) so that a visited site works
// offline, under any base path (its URLs are relative to the worker). Workbox's runtime is
// inlined into sw.js: no file from another origin. A new release changes the precache
// manifest, so the worker updates on the next visit, and the page says so (offline.ts).
//
// The worker's code is src/service-worker/sw.ts, bundled by esbuild (some 50 ms) while Astro
// builds; precache-manifest.ts then lists and hashes the built files, and the list takes the
// place of `self.__WB_MANIFEST`. (workbox-build's generateSW wrote the same worker, but bundled it
// with Rollup, Babel and Terser on every build: about a second on a quiet machine, several under
// load; its getManifest made the same list, at a higher memory: see precache-manifest.ts.)

const PLACEHOLDER = "self.__WB_MANIFEST";
/** A file larger than this is not precached (Workbox's default was 2 MiB): the build stops, naming it. */
const MAX_PRECACHED_BYTES = 10 * 1024 * 1024;

/** The worker's code, Workbox included, with `self.__WB_MANIFEST` left in it exactly once. */
async function bundleWorker(): Promise<string> {
  const { outputFiles, warnings } = await build({
    entryPoints: [fileURLToPath(new URL("../service-worker/sw.ts", import.meta.url))],
    bundle: true,
    write: false,
    // A classic worker script (registered without type: "module"), for the browsers
    // workbox-build targeted (Chrome 56 and later).
    format: "iife",
    target: "chrome56",
    minify: true,
    legalComments: "none",
    // Workbox's production build: no development logs or assertions.
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  if (warnings.length > 0) throw new Error(`Service worker\u00a0: ${warnings.map((w) => w.text).join("\n")}`);
  const code = outputFiles?.[0]?.text ?? "";
  if (code.split(PLACEHOLDER).length !== 2) {
    throw new Error(`Service worker\u00a0: ${PLACEHOLDER} doit apparaître une fois dans le code du worker`);
  }
  return code;
}

export function serviceWorker(): AstroIntegration {
  let bundled: Promise<string> | undefined;
  return {
    name: "relais:service-worker",
    hooks: {
      // The worker's code needs no built file: bundled while Astro builds, its error thrown below.
      "astro:build:start": () => {
        bundled = bundleWorker();
        bundled.catch(() => {});
      },
      "astro:build:done": async ({ dir, logger }) => {
        const code = await (bundled ?? bundleWorker());
        // Never the worker itself (a build into a folder that still has one), nor node_modules, nor
        // the LMS packages and what makes them (lms/: for trainers to download).
        const { entries, size, tooLarge } = precacheManifest(
          fileURLToPath(dir),
          (path) => path === "sw.js" || path.startsWith("lms/") || path.split("/").includes("node_modules"),
          MAX_PRECACHED_BYTES,
        );
        if (tooLarge.length > 0)
          throw new Error(
            `Service worker\u00a0: trop lourd pour être gardé hors ligne (plus de 10 Mo)\u00a0: ${tooLarge.join(", ")}`,
          );
        if (entries.length === 0) throw new Error("Service worker\u00a0: aucun fichier à garder hors ligne");
        // A function, not a replacement string: "$&" or "$'" in a file's name stays as it is.
        const sw = code.replace(PLACEHOLDER, () => JSON.stringify(entries));
        await writeFile(new URL("sw.js", dir), sw);
        logger.info(`${entries.length} fichiers gardés hors ligne (${(size / 1024 / 1024).toFixed(1)} Mo)`);
      },
    },
  };
}
