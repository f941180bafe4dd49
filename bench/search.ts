// Measures search as a reader meets it, on the built site (dist/): the bytes the
// first search transfers (gzip, as a static host serves them; Pagefind's index
// files are already compressed) and the time from the last keystroke to results
// once the index is loaded. Prints a table; `npm run bench` runs it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { launchBrowser } from "../tests/support/browser.ts";
import { serveSite } from "../tests/support/static-server.ts";
import { BUILT as DIST } from "./built-site.ts";

const site = await serveSite(DIST);
const browser = await launchBrowser();
const page = await browser.newPage();
await page.goto(site.url);

const fetched = new Set<string>();
page.on("request", (request) => {
  const path = new URL(request.url()).pathname;
  if (path.startsWith("/pagefind/")) fetched.add(path);
});
const wireBytes = (path: string) => {
  const content = readFileSync(join(DIST, path));
  return /\.(js|css|json)$/.test(path) ? gzipSync(content, { level: 6 }).length : content.length;
};

await page.keyboard.press("Control+k");
const input = page.locator("pagefind-modal input");
await input.waitFor();
await input.pressSequentially("crise", { delay: 40 });
await page.locator("pagefind-modal .relais-result-title").first().waitFor();
await page.waitForLoadState("networkidle");
const firstSearch = [...fetched].map((path) => ({ path, bytes: wireBytes(path) }));
const firstTotal = firstSearch.reduce((sum, f) => sum + f.bytes, 0);

// Index loaded: time from the last keystroke of a new query to its results.
const timings: number[] = [];
for (const query of ["patron", "malade", "troll", "clash", "bad buzz", "empathie", "procédure", "ROI"]) {
  await input.fill("");
  await page.waitForTimeout(200);
  const ms = await page.evaluate(
    (q) =>
      new Promise<number>((resolve) => {
        const field = document.querySelector<HTMLInputElement>("pagefind-modal input")!;
        const summary = document.querySelector("pagefind-modal pagefind-summary")!;
        const start = performance.now();
        new MutationObserver((_, observer) => {
          if (/résultat/.test(summary.textContent ?? "") && summary.textContent!.includes(q)) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        }).observe(summary, { subtree: true, childList: true, characterData: true });
        field.value = q;
        field.dispatchEvent(new Event("input", { bubbles: true }));
      }),
    query,
  );
  timings.push(ms);
}
await browser.close();
await site.close();

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log("Première recherche — fichiers transférés (gzip) :");
console.table(firstSearch.map((f) => ({ fichier: f.path, taille: kb(f.bytes) })));
console.log(`Total première recherche : ${kb(firstTotal)} (objectif ≤ 150 KB)`);
const sorted = timings.toSorted((a, b) => a - b);
console.log(
  `Dernière frappe → résultats (index chargé, anti-rebond 60 ms compris) : médiane ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms (objectif ≤ 100 ms)`,
);
