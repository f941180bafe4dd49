// The offline worker's precache list (src/integrations/precache-manifest.ts): every file of the
// built site but those left out, each with the MD5 of its bytes, in path order.
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { expect, test } from "vitest";
import { precacheManifest } from "../../src/integrations/precache-manifest.ts";

const md5 = (bytes: string | Buffer) => createHash("md5").update(bytes).digest("hex");
// Over the 1 MiB piece it is read by: its revision is still that of all its bytes.
const large = Buffer.from(Array.from({ length: 2.5 * 1024 * 1024 }, (_, i) => (i * 31) % 251));

function site(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), "relais-precache-"));
  for (const [path, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  return dir;
}

const leftOut = (path: string) => path === "sw.js" || path.startsWith("lms/");

test("every file, in path order, each with the MD5 of its bytes; hidden and left-out files are not", () => {
  const dir = site({
    "lecons/b/index.html": "<p>B</p>",
    "index.html": "<p>Accueil</p>",
    "_astro/commun.js": "export{}",
    "pagefind/pagefind.wasm": large,
    "lecons/a/index.html": "<p>A</p>",
    "sw.js": "// l'ancien worker",
    "lms/scorm/relais-cours.zip": "PK",
    ".prerender/chunks/x.mjs": "caché",
    "lecons/.brouillon.html": "caché",
  });
  const manifest = precacheManifest(dir, leftOut, 10 * 1024 * 1024);
  expect(manifest.entries).toEqual([
    { url: "_astro/commun.js", revision: md5("export{}") },
    { url: "index.html", revision: md5("<p>Accueil</p>") },
    { url: "lecons/a/index.html", revision: md5("<p>A</p>") },
    { url: "lecons/b/index.html", revision: md5("<p>B</p>") },
    { url: "pagefind/pagefind.wasm", revision: md5(large) },
  ]);
  expect(manifest.size).toBe(8 + 14 + 8 + 8 + large.length);
  expect(manifest.tooLarge).toEqual([]);
});

test("a file over the bound is not listed but named; the same site gives the same list", () => {
  const dir = site({ "index.html": "<p>Accueil</p>", "videos/longue.mp4": large });
  const manifest = precacheManifest(dir, leftOut, 1024 * 1024);
  expect(manifest.entries.map((e) => e.url)).toEqual(["index.html"]);
  expect(manifest.tooLarge).toEqual(["videos/longue.mp4"]);
  expect(precacheManifest(dir, leftOut, 1024 * 1024)).toEqual(manifest);
});
