import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { join, relative } from "node:path";
import { readFile, readdir } from "node:fs/promises";
import * as pagefind from "pagefind";

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
        const { index, errors } = await pagefind.createIndex({ forceLanguage: "fr" });
        fail("création de l'index", errors);
        try {
          const files = (await readdir(site, { recursive: true })).filter((file) => file.endsWith(".html"));
          let pages = 0;
          for (const file of files) {
            const content = forIndexing(await readFile(join(site, file), "utf8"));
            const added = await index!.addHTMLFile({ sourcePath: relative(site, join(site, file)), content });
            fail(`lecture de ${file}`, added.errors);
            pages++;
          }
          if (pages === 0) fail("lecture des pages", ["aucune page à indexer"]);
          const written = await index!.writeFiles({ outputPath: join(site, "pagefind") });
          fail("écriture de l'index", written.errors);
          logger.info(`${pages} pages lues pour la recherche`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
