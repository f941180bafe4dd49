// @ts-check
import { defineConfig } from "astro/config";
import { fileURLToPath } from "node:url";
import mdx from "@astrojs/mdx";
import * as pagefind from "pagefind";

/** @type {import("astro").AstroIntegration} Indexes the whole built site once Astro has written it. */
const search = {
  name: "pagefind",
  hooks: {
    "astro:build:done": async ({ dir }) => {
      const site = fileURLToPath(dir);
      const { index } = await pagefind.createIndex({});
      const added = await index?.addDirectory({ path: site });
      const written = await index?.writeFiles({ outputPath: `${site}pagefind` });
      await pagefind.close();
      const errors = [...(added?.errors ?? ["pas d'index"]), ...(written?.errors ?? [])];
      if (errors.length > 0) throw new Error(`Pagefind\u00a0: ${errors.join("\n")}`);
    },
  },
};

export default defineConfig({
  output: "static",
  trailingSlash: "always",
  integrations: [mdx(), search],
});
