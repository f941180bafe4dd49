import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, normalize, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// A chunk named by what it is for ("the learner core: the progress store and what it needs")
// rather than by a list of file paths that a rename would silently change: the modules are
// those a few entry modules reach through their static imports, followed at config time.

// import … from "x", export … from "x", import "x". Dynamic import() loads a chunk of its own: not followed.
const STATIC_IMPORT =
  /^[ \t]*(?:import|export)\s+(type\s+)?((?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*(?:\s+as\s+[\w$]+)?)?)\s*from\s*["']([^"']+)["']|^[ \t]*import\s*["']([^"']+)["']/gm;
/** `{ type A, type B }`: erased from the output like `import type`. */
const onlyTypes = (clause: string) => {
  const names = /^\{([^}]*)\}$/
    .exec(clause.trim())?.[1]
    ?.split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  return names !== undefined && names.length > 0 && names.every((name) => name.startsWith("type "));
};
const EXTENSIONS = ["", ".ts", ".js", ".mjs", "/index.ts", "/index.js"];
const isFile = (path: string) => existsSync(path) && statSync(path).isFile();
/** "valibot", "@scope/name" from "valibot/dist/x.js". */
const packageName = (specifier: string) =>
  specifier
    .split("/")
    .slice(0, specifier.startsWith("@") ? 2 : 1)
    .join("/");

export interface ModuleGraph {
  /** Absolute paths of the entries and of every source file they reach. */
  files: Set<string>;
  /** Packages imported along the way (their own imports are not followed). */
  packages: Set<string>;
}

/**
 * The source files and packages that `entries` reach through static imports that stay in the
 * output (type-only imports are erased). Throws, naming it, on an entry that does not exist or
 * a relative import that resolves to no file.
 */
export function staticImports(entries: readonly URL[], root = process.cwd()): ModuleGraph {
  const files = new Set<string>();
  const packages = new Set<string>();
  const shown = (path: string) => relative(root, path);
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, typeOnly, clause = "", from, bare] of readFileSync(file, "utf8").matchAll(STATIC_IMPORT)) {
      const specifier = (from ?? bare)!;
      if (typeOnly || onlyTypes(clause)) continue;
      if (!specifier.startsWith(".")) {
        if (!specifier.startsWith("node:")) packages.add(packageName(specifier));
        continue;
      }
      const target = resolve(dirname(file), specifier);
      const found = EXTENSIONS.map((extension) => target + extension).find(isFile);
      if (!found)
        throw new Error(
          `Découpage du code\u00a0: «\u00a0${specifier}\u00a0», importé par ${shown(file)}, est introuvable.`,
        );
      visit(found);
    }
  };
  for (const entry of entries) {
    const file = fileURLToPath(entry);
    if (!isFile(file))
      throw new Error(`Découpage du code\u00a0: le module ${shown(file)} n'existe plus (renommé\u00a0?).`);
    visit(normalize(file));
  }
  return { files, packages };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A test for a code-splitting group: true for the module ids (Vite's, with or without a query) in the graph. */
export function inGraph({ files, packages }: ModuleGraph): (id: string) => boolean {
  const fromPackage = new RegExp(
    `[\\\\/]node_modules[\\\\/](${[...packages].map((name) => escapeRegExp(name).replace("/", "[\\\\/]")).join("|")})[\\\\/]`,
  );
  return (id) => files.has(normalize(id.replace(/\?.*$/, ""))) || (packages.size > 0 && fromPackage.test(id));
}
