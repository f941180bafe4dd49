// Takes screenshots of key pages of the built site (dist/) at phone and desktop
// widths, in light and dark themes, into tmp/screenshots/, for a person to look at.
// Usage: npm run screenshots [-- /path/ ...]
import { mkdirSync } from "node:fs";
import { launchBrowser } from "../tests/support/browser.ts";
import { serveSite } from "../tests/support/static-server.ts";
import { DIST, ROOT } from "../tests/support/paths.ts";

const paths = process.argv.slice(2).filter((a) => a.startsWith("/"));
const pages = paths.length > 0 ? paths : ["/", "/catalogue/", "/lecons/les-six-temps-d-une-crise/", "/glossaire/"];
const out = `${ROOT}tmp/screenshots`;
mkdirSync(out, { recursive: true });

const site = await serveSite(DIST);
const browser = await launchBrowser();
for (const colorScheme of ["light", "dark"] as const) {
  for (const width of [390, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
    for (const path of pages) {
      await page.goto(new URL(path.slice(1), site.url).href);
      const name = `${path.replace(/\W+/g, "_") || "home"}-${width}-${colorScheme}.png`;
      await page.screenshot({ path: `${out}/${name}`, fullPage: true });
      console.log(`${out}/${name}`);
    }
    await page.close();
  }
}
await browser.close();
await site.close();
