import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { checkContent, type ContentFile } from "../lib/content-check/check-content.ts";
import { ContentError, formatProblems } from "../lib/course/content-problems.ts";
import { useAuthorMessages } from "../schemas/messages.ts";

// Checks the whole content before Astro reads it (src/lib/content-check/): a build with content
// problems stops at once and lists them all, each with its file and line. The dev server starts
// anyway and says them, then checks again on every change of a content file.

/** Files under `dir` (recursively) whose name ends with `extension`, sorted. */
const filesIn = (dir: string, extension: string) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, encoding: "utf8" })
        .filter((file) => file.endsWith(extension))
        .map((file) => file.split(sep).join("/"))
        .sort()
    : [];

/** The pages of src/pages that take no parameter, as the paths they are served at. */
export function fixedPages(pagesDir: string): string[] {
  return filesIn(pagesDir, "")
    .filter((file) => /\.(astro|md|mdx|ts|js)$/.test(file) && !file.includes("[") && !/(^|\/)404\./.test(file))
    .filter((file) => !/\.css\.ts$/.test(file))
    .map((file) =>
      /\.(ts|js)$/.test(file)
        ? `/${file.replace(/\.(ts|js)$/, "")}`
        : `/${file.replace(/\.(astro|mdx?)$/, "").replace(/(^|\/)index$/, "")}/`.replace(/\/\/$/, "/"),
    );
}

/** Reads the content and the site's pages and files from disk, and checks them. */
export function checkContentOnDisk(root: string, contentDir: string) {
  const read = (folder: string, extension: string): ContentFile[] =>
    filesIn(join(contentDir, folder), extension).map((name) => {
      const path = join(contentDir, folder, name);
      return { file: relative(root, path).split(sep).join("/"), text: readFileSync(path, "utf8") };
    });
  const synonyms = join(contentDir, "synonymes.yaml");
  return checkContent({
    contentDir: relative(root, contentDir).split(sep).join("/"),
    ...(existsSync(synonyms)
      ? { synonyms: { file: relative(root, synonyms).split(sep).join("/"), text: readFileSync(synonyms, "utf8") } }
      : {}),
    lessons: read("lessons", ".mdx"),
    modules: read("modules", ".yaml"),
    glossary: read("glossary", ".yaml"),
    simulations: read("simulations", ".yaml"),
    checklists: read("checklists", ".yaml"),
    guides: read("guides", ".yaml"),
    fixedPages: fixedPages(join(root, "src/pages")),
    publicFiles: filesIn(join(root, "public"), "").map((file) => `/${file}`),
    disk: {
      filesIn: (folder) => {
        const path = join(root, folder);
        return existsSync(path) ? readdirSync(path) : undefined;
      },
    },
  });
}

export function contentCheck(contentDir: string): AstroIntegration {
  return {
    name: "relais:content-check",
    hooks: {
      "astro:config:setup": ({ config, command, logger, updateConfig }) => {
        useAuthorMessages();
        const root = fileURLToPath(config.root);
        const content = resolve(root, contentDir);
        const check = () => checkContentOnDisk(root, content);
        const problems = check();
        if (command !== "dev") {
          if (problems.length > 0) throw new ContentError(problems);
          return;
        }
        if (problems.length > 0) logger.error(formatProblems(problems));
        updateConfig({
          vite: {
            plugins: [
              {
                name: "relais:content-check-on-change",
                configureServer(server) {
                  const recheck = (file: string) => {
                    if (!file.startsWith(content)) return;
                    const found = check();
                    if (found.length > 0) logger.error(formatProblems(found));
                    else logger.info("contenu vérifié\u00a0: aucun problème");
                  };
                  server.watcher.on("change", recheck);
                  server.watcher.on("add", recheck);
                  server.watcher.on("unlink", recheck);
                },
              },
            ],
          },
        });
      },
    },
  };
}
