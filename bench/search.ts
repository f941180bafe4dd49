// Measures search as a reader meets it, on the built site (dist/): the bytes the first search
// from a lesson transfers (gzip, as a static host serves them; Pagefind's index files are already
// compressed), everything counted — the search's code and styles, Pagefind's engine and wasm, the
// lexicon, index chunks and the excerpts of the results shown — and the time from the end of the
// debounce to results once the index is loaded. Prints tables; `npm run bench` runs it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { launchBrowser } from "../tests/support/browser.ts";
import { serveSite } from "../tests/support/static-server.ts";
import { BUILT as DIST } from "./built-site.ts";

const DEBOUNCE_MS = 120; // components/search/search-box.ts
const LESSON = "lecons/les-six-temps-d-une-crise/";
const site = await serveSite(DIST);
const browser = await launchBrowser();

const wireBytes = (path: string) => {
  const content = readFileSync(join(DIST, path));
  return /\.(js|css|json|html)$/.test(path) ? gzipSync(content, { level: 6 }).length : content.length;
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Opens a lesson, then Ctrl+K and the query: what the search made the browser fetch. */
async function firstSearch(query: string) {
  const page = await browser.newPage();
  await page.goto(`${site.url}${LESSON}`);
  await page.waitForLoadState("networkidle");
  const fetched = new Set<string>();
  page.on("request", (request) => fetched.add(new URL(request.url()).pathname));
  await page.keyboard.press("Control+k");
  const input = page.locator("#search-dialog input[type=search]");
  await input.waitFor();
  await input.pressSequentially(query, { delay: 40 });
  await page.locator("#search-dialog .search-result-title").first().waitFor();
  await page.waitForLoadState("networkidle");
  const files = [...fetched]
    .filter((path) => !path.startsWith("/lecons/"))
    .map((path) => ({ path, bytes: wireBytes(path) }));
  return { page, files, total: files.reduce((sum, f) => sum + f.bytes, 0) };
}

const runs = [];
for (const query of ["crise", "repérer une crise qui commence"]) {
  const { page, files, total } = await firstSearch(query);
  runs.push({ query, files, total });
  await page.close();
}

// Index loaded: from the end of the debounce to the results drawn, for queries of all kinds.
const { page } = await firstSearch("crise");
const input = page.locator("#search-dialog input[type=search]");
const timings: { query: string; ms: number }[] = [];
for (const query of [
  "patron",
  "malade",
  "troll",
  "bad buzz",
  "que faire quand le CM est absent",
  "moderatoin",
  "ROI",
]) {
  await input.fill("");
  await page.waitForTimeout(300);
  const ms = await page.evaluate(
    ({ q, debounce }) =>
      new Promise<number>((resolve) => {
        const box = document.querySelector("#search-dialog relais-search-box")!;
        const field = box.querySelector<HTMLInputElement>("input[type=search]")!;
        const status = box.querySelector(".search-status")!;
        const start = performance.now();
        new MutationObserver((_, observer) => {
          if (status.textContent!.includes(q)) {
            observer.disconnect();
            resolve(performance.now() - start - debounce);
          }
        }).observe(status, { subtree: true, childList: true, characterData: true });
        field.value = q;
        field.dispatchEvent(new Event("input", { bubbles: true }));
      }),
    { q: query, debounce: DEBOUNCE_MS },
  );
  timings.push({ query, ms });
}
await browser.close();
await site.close();

for (const { query, files, total } of runs) {
  console.log(`Première recherche depuis une leçon, «\u00a0${query}\u00a0» — fichiers transférés (gzip)\u00a0:`);
  console.table(files.map((f) => ({ fichier: f.path, taille: kb(f.bytes) })));
  console.log(`Total\u00a0: ${kb(total)} en ${files.length} requêtes (objectif ≤ 120 KB)`);
}
console.log("Après l’anti-rebond, index chargé\u00a0: de la frappe aux résultats affichés (objectif ≤ 50 ms)");
console.table(timings.map(({ query, ms }) => ({ requête: query, ms: Math.round(ms) })));
