import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { tmpdir } from "node:os";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as pagefind from "pagefind";
import { htmlPages } from "./built-pages";

// Indexes the built site with Pagefind's Node API once Astro has written it.
// The API reports problems in `errors` arrays instead of throwing: any of them
// fails the build, so a site never ships with a broken or missing search.
//
// French elides with a typographic apostrophe (« l’absence », « d’engagement »), which
// Pagefind keeps inside the word, so "absence" would not find "l’absence". The copy
// handed to the indexer uses the plain apostrophe in text, which it does split on;
// attributes (the titles given as metadata) and the pages themselves keep their typography.
export const forIndexing = (html: string) => html.replace(/>[^<]+</g, (text) => text.replace(/[’ʼ]/g, "'"));
export function pagefindIndex(): AstroIntegration {
  return {
    name: "relais:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const fail = (step: string, errors: readonly string[]) => {
          if (errors.length > 0) throw new Error(`Pagefind (${step}) a échoué :\n${errors.join("\n")}`);
        };
        // Pagefind reads a whole folder in parallel, several times faster than taking the
        // pages one by one through the API: it reads a copy of the site made for indexing.
        const copy = mkdtempSync(join(tmpdir(), "relais-pagefind-"));
        try {
          const folders = new Set<string>();
          for (const file of htmlPages(site)) {
            const folder = dirname(join(copy, file));
            if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
            folders.add(folder);
            writeFileSync(join(copy, file), forIndexing(readFileSync(join(site, file), "utf8")));
          }
          const { index, errors } = await pagefind.createIndex({ forceLanguage: "fr" });
          fail("création de l'index", errors);
          const added = await index!.addDirectory({ path: copy });
          fail("lecture des pages", added.errors);
          if (added.page_count === 0) fail("lecture des pages", ["aucune page à indexer"]);
          const written = await index!.writeFiles({ outputPath: join(site, "pagefind") });
          fail("écriture de l'index", written.errors);
          logger.info(`${added.page_count} pages lues pour la recherche`);
        } finally {
          await pagefind.close();
          rmSync(copy, { recursive: true, force: true });
        }
      },
    },
  };
}
