import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fork } from "node:child_process";
import { getCompileCacheDir } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import { checkContent, type ContentFile } from "../lib/content-check/check-content.ts";
import { ContentError, formatProblems, type ContentProblem } from "../lib/course/content-problems.ts";
import { setContentCheck } from "../lib/content-check/content-gate.ts";
import { useAuthorMessages } from "../schemas/messages.ts";

// Checks the whole content (src/lib/content-check/): a build with content problems stops before
// any page is built and lists them all, each with its file and line. A build checks in a process of
// its own while Astro starts, and Astro's content loaders, which read the same files meanwhile, say
// and throw nothing before it is done (src/lib/content-check/content-gate.ts). The dev server
// checks first, starts anyway and says them, then checks again on every change of a content file.

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

/**
 * The environment of the check's process. Astro's command line keeps Node's compile cache (each
 * module's code, TypeScript stripped and compiled, kept on the disk from one build to the next;
 * not in CI): where the building process keeps one, the check's process, a Node of its own, keeps
 * the same, and loads its modules in some 0.4–0.55 s instead of 0.6–0.8 s.
 */
export function checkProcessEnv(env: NodeJS.ProcessEnv, cacheDir: string | undefined): NodeJS.ProcessEnv {
  // getCompileCacheDir() names the folder of this Node's version, inside the one Node was given.
  return cacheDir === undefined ? env : { ...env, NODE_COMPILE_CACHE: dirname(cacheDir) };
}

/** checkContentOnDisk in a process of its own (src/integrations/content-check-process.ts). */
export function checkContentInProcess(root: string, contentDir: string): Promise<readonly ContentProblem[]> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL("./content-check-process.ts", import.meta.url)), [root, contentDir], {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      env: checkProcessEnv(process.env, getCompileCacheDir()),
    });
    child.once("message", (problems) => resolve(problems as readonly ContentProblem[]));
    child.once("error", reject);
    // After its message the process ends; ending before it means it failed (its error is printed).
    child.once("exit", (code) =>
      reject(new Error(`La vérification du contenu s'est arrêtée (code ${code}) sans rendre son résultat`)),
    );
  });
}

export function contentCheck(contentDir: string): AstroIntegration {
  let checked: Promise<readonly ContentProblem[]> | undefined;
  return {
    name: "relais:content-check",
    hooks: {
      "astro:config:setup": ({ config, command, logger, updateConfig }) => {
        // `astro preview` serves what was built and reads no content.
        if (command === "preview") return;
        useAuthorMessages();
        const root = fileURLToPath(config.root);
        const content = resolve(root, contentDir);
        if (command !== "dev") {
          checked = checkContentInProcess(root, content);
          // Awaited by the content loaders, and below.
          checked.catch(() => {});
          setContentCheck(checked);
          return;
        }
        // The dev server's loaders go on whatever a build of the same process left at the gate.
        setContentCheck(undefined);
        const check = () => checkContentOnDisk(root, content);
        const problems = check();
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
      // The loaders waited for the check already; no build goes on without it, whatever reads the content.
      "astro:build:start": async () => {
        const problems = (await checked) ?? [];
        if (problems.length > 0) throw new ContentError(problems);
      },
    },
  };
}
