// Starlight 0.42, to compare Relais's build with: installed on demand by the bench into
// tmp/bench/starlight/ (its own package.json and node_modules, never a dependency of Relais),
// with the Astro version Relais builds with when Starlight accepts it. Its docs collection
// receives the lessons as they are (Starlight reads `title`; its Pagefind search is on by default).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../tests/support/paths.ts";
import { writeLessons, type SyntheticLesson } from "./synthetic-lessons.ts";
import { setAside } from "./set-aside.ts";

export const STARLIGHT = join(ROOT, "tmp/bench/starlight");
const WANTED = "0.42";
const installed = join(STARLIGHT, "node_modules/@astrojs/starlight/package.json");
const version = (file: string) => (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;

function npm(args: string[]): { ok: boolean; out: string } {
  const run = spawnSync("npm", args, { cwd: STARLIGHT, encoding: "utf8", timeout: 600_000 });
  return { ok: run.status === 0, out: `${run.stdout ?? ""}${run.stderr ?? ""}${run.error?.message ?? ""}` };
}

/** The installed Starlight version, installing it first if needed; undefined (said why) when it cannot be. */
export function installStarlight(): string | undefined {
  if (existsSync(installed) && version(installed).startsWith(`${WANTED}.`)) return version(installed);
  mkdirSync(STARLIGHT, { recursive: true });
  const skip = (why: string) => {
    console.warn(`Starlight ${WANTED}\u00a0: ${why}. La colonne Starlight est sautée, le reste du banc continue.`);
    return undefined;
  };
  const view = npm(["view", `@astrojs/starlight@${WANTED}`, "version", "peerDependencies", "--json"]);
  if (!view.ok) return skip(`registre npm injoignable ou version introuvable (${view.out.trim().split("\n")[0]})`);
  const found = JSON.parse(view.out) as unknown;
  const last = (Array.isArray(found) ? found.at(-1) : found) as
    { version: string; peerDependencies?: { astro?: string } } | undefined;
  if (!last?.version) return skip("aucune version publiée sur le registre npm");
  writeFileSync(
    join(STARLIGHT, "package.json"),
    `${JSON.stringify({ name: "relais-bench-starlight", private: true, type: "module" }, null, 2)}\n`,
  );
  const ourAstro = version(join(ROOT, "node_modules/astro/package.json"));
  console.log(`Installation de Starlight ${last.version} (Astro ${ourAstro}) dans ${STARLIGHT}…`);
  const flags = ["install", "--no-audit", "--no-fund", "--loglevel=error"];
  let install = npm([...flags, `@astrojs/starlight@${last.version}`, `astro@${ourAstro}`]);
  if (!install.ok && last.peerDependencies?.astro) {
    console.log(`Astro ${ourAstro} refusé\u00a0; Astro ${last.peerDependencies.astro} comme Starlight le demande…`);
    install = npm([...flags, `@astrojs/starlight@${last.version}`, `astro@${last.peerDependencies.astro}`]);
  }
  if (!install.ok) return skip(`échec de npm install (${install.out.trim().split("\n").slice(-3).join(" ")})`);
  return version(installed);
}

const CONFIG = `import { defineConfig } from "astro/config";
import starlight from "@astrojs/starlight";

export default defineConfig({
  trailingSlash: "always",
  integrations: [starlight({ title: "Relais", locales: { root: { label: "Français", lang: "fr" } } })],
});
`;
const COLLECTIONS = `import { defineCollection } from "astro:content";
import { docsLoader } from "@astrojs/starlight/loaders";
import { docsSchema } from "@astrojs/starlight/schema";

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** Makes the Starlight site hold these lessons (under /lecons/) and a home page, nothing else. */
export function writeStarlightSite(lessons: readonly SyntheticLesson[]): void {
  for (const old of ["src", "dist", ".astro", "node_modules/.astro", "node_modules/.vite"])
    setAside(join(STARLIGHT, old));
  mkdirSync(join(STARLIGHT, "src/content/docs"), { recursive: true });
  writeFileSync(join(STARLIGHT, "astro.config.mjs"), CONFIG);
  writeFileSync(join(STARLIGHT, "src/content.config.ts"), COLLECTIONS);
  writeFileSync(join(STARLIGHT, "src/content/docs/index.mdx"), "---\ntitle: Relais\n---\n\nLes leçons de Relais.\n");
  writeLessons(join(STARLIGHT, "src/content/docs/lecons"), lessons);
}

export const starlightBuild = () => [join(STARLIGHT, "node_modules/astro/bin/astro.mjs"), "build"];
