import { PACKAGE_DESCRIPTION_FILE } from "./package-description.ts";
import type { PackagePlan } from "./package-plan.ts";
import { packagePage, packageStyles } from "./package-page.ts";
import { fileOf, packageRoot, relativeHref } from "./package-paths.ts";
import { launchPage } from "./launch-page.ts";
import { askedPages, keepMade, madeBefore, type MadePage, type MadePages } from "./made-pages.ts";
import { scormManifest } from "./scorm-manifest.ts";

// Every file of a SCORM package, made from the built site: the pages of its lessons and
// simulations and the glossary they link to (packagePage), the files these load, followed
// through the scripts' imports and the stylesheets' url(), the launch page, relais-package.json, the runtime
// (relais-scorm.js) and imsmanifest.xml, which lists them all.

/** The built site, read by a file's path in it (base left out); undefined for a missing file. */
export type SiteReader = (file: string) => Uint8Array | undefined;

export interface PackageSource {
  plan: PackagePlan;
  site: SiteReader;
  /** The site's base path, "/" or "/relais/". */
  base: string;
  /** The runtime's code, relais-scorm.js. */
  bridge: string;
  /** The hosted site's address with its base: links to pages the package lacks go there. */
  hostedSite?: string | undefined;
  /** Pages made for the build's other packages, given again where they come out the same. */
  madePages?: MadePages | undefined;
}

export const GLOSSARY_PAGE = "glossaire/index.html";
export const BRIDGE_FILE = "relais-scorm.js";
export const MANIFEST_FILE = "imsmanifest.xml";

const text = new TextEncoder();
const fromBytes = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/**
 * Scripts a lesson imports that a package leaves out: the cmi5 runtime (components/lms/
 * cmi5-runtime.ts) reports to an LRS from the hosted site; in a SCORM package the LMS is reached
 * through relais-scorm.js, and a launch there with cmi5 parameters finds no runtime (the lesson's
 * loader ignores the failed import), so nothing leaves the package.
 */
export const NOT_PACKAGED = /(^|\/)cmi5-runtime\.[\w-]+\.js$/;

/** The relative imports of a bundled script ("./commun.x.js"), as files of the site. */
export function scriptImports(file: string, code: string): string[] {
  const dir = file.split("/").slice(0, -1);
  return [...code.matchAll(/["'`](\.\.?\/[\w./-]+\.js)["'`]/g)].map(([, specifier]) => {
    const parts = [...dir];
    for (const part of specifier!.split("/")) {
      if (part === "..") parts.pop();
      else if (part !== ".") parts.push(part);
    }
    return parts.join("/");
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/**
 * A bundled script as the package holds it. Vite's preloading helper (in a script that imports
 * another on demand) makes the address of what it preloads from the site's base
 * (`function(e){return"/"+e}`), which would request the LMS's root: in the package, from the
 * script's own folder up to the package's root. Throws, naming the script, when it preloads and
 * the helper is no longer found in that form.
 */
export function packageScript(file: string, code: string, base: string): string {
  const helper = new RegExp(`function\\((\\w+)\\)\\{return(["'\`])${escapeRegExp(base)}\\2\\+\\1\\}`, "g");
  let found = 0;
  const up = packageRoot(file);
  const out = code.replace(helper, (_, name: string, quote: string) => {
    found += 1;
    return `function(${name}){return${quote}${up}${quote}+${name}}`;
  });
  if (found === 0 && code.includes("modulepreload")) {
    throw new Error(
      `Paquetage SCORM\u00a0: ${file} précharge des scripts depuis la racine du site et son préchargement n'a pas la ` +
        "forme attendue (src/lib/lms/package-files.ts, packageScript).",
    );
  }
  return out;
}

/** Where each site page the package holds is in it (see PageContext.pages). */
export function packagedPages(plan: PackagePlan): Map<string, string> {
  const pages = new Map<string, string>([
    ["index.html", "index.html"],
    [GLOSSARY_PAGE, GLOSSARY_PAGE],
  ]);
  for (const module of plan.modules) pages.set(`modules/${module.id}/index.html`, `index.html#module-${module.id}`);
  for (const item of plan.description.items) pages.set(item.path, item.path);
  return pages;
}

/** The site's pages a package holds, as they come in it: its lessons and simulations, the glossary. */
export const pagesOf = (plan: PackagePlan) => [...plan.description.items.map((item) => item.path), GLOSSARY_PAGE];

/** How many of `plans` list each page (made-pages.ts lets a page go when they all have it). */
export function listedPages(plans: readonly PackagePlan[]): Map<string, number> {
  const listed = new Map<string, number>();
  for (const page of plans.flatMap(pagesOf)) listed.set(page, (listed.get(page) ?? 0) + 1);
  return listed;
}

/**
 * The package's files by their path in it, imsmanifest.xml last, made one at a time as they are
 * asked for: the zip deflates each and keeps only that (zip.ts), so no package is ever held whole
 * and uncompressed. Throws, when that file comes, naming a file the site lacks.
 */
export function* packageEntries(source: PackageSource): Generator<[path: string, bytes: Uint8Array]> {
  const { plan, site, base, bridge, hostedSite, madePages } = source;
  const pages = packagedPages(plan);
  const made = new Set<string>();
  const read = (file: string, wantedBy: string) => {
    const bytes = site(file);
    if (!bytes)
      throw new Error(
        `Paquetage SCORM ${plan.description.id}\u00a0: ${file} (demandé par ${wantedBy}) manque au site construit`,
      );
    return bytes;
  };
  const file = (path: string, bytes: Uint8Array): [string, Uint8Array] => {
    made.add(path);
    return [path, bytes];
  };
  // The launch page takes the glossary's stylesheet, as the package holds it.
  let glossaryCss = "";
  const queue: [file: string, by: string][] = [];
  const makePage = (page: string): MadePage => {
    const before = madePages && madeBefore(madePages, page, pages);
    if (before) return before;
    const asking = askedPages(pages);
    // Held one character per byte (package-page.ts, PageContext.held): a thousand lessons' pages
    // are neither decoded nor encoded again, and their text takes half the memory.
    const bytes = read(page, "la liste du paquetage");
    const { html, assets } = packagePage(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1"),
      {
        page,
        base,
        pages: asking.pages,
        hostedSite,
        held: "latin1",
      },
    );
    const result = { html: Buffer.from(html, "latin1"), assets };
    if (madePages) keepMade(madePages, page, result, asking.asked);
    return result;
  };
  for (const page of pagesOf(plan)) {
    const { html, assets } = makePage(page);
    if (page === GLOSSARY_PAGE) glossaryCss = /<style>([\s\S]*?)<\/style>/.exec(fromBytes(html))?.[1] ?? "";
    queue.push(...assets.map((asset): [string, string] => [asset, page]));
    yield file(page, html);
  }
  for (let next = queue.shift(); next; next = queue.shift()) {
    const [path, by] = next;
    if (made.has(path) || NOT_PACKAGED.test(path)) continue;
    const bytes = read(path, by);
    if (path.endsWith(".css")) {
      const styled = packageStyles(path, fromBytes(bytes), base);
      queue.push(...styled.assets.map((asset): [string, string] => [asset, path]));
      yield file(path, text.encode(styled.css));
      continue;
    }
    if (!path.endsWith(".js")) {
      yield file(path, bytes);
      continue;
    }
    const code = fromBytes(bytes);
    queue.push(...scriptImports(path, code).map((i): [string, string] => [i, path]));
    yield file(path, text.encode(packageScript(path, code, base)));
  }
  const glossaryHref = relativeHref("index.html", fileOf(GLOSSARY_PAGE)[0]);
  yield file("index.html", text.encode(launchPage(plan, glossaryCss, glossaryHref)));
  // The pages' icon, unless they brought it already (a zip holds a path once).
  if (!made.has("favicon.svg")) yield file("favicon.svg", read("favicon.svg", "index.html"));
  yield file(PACKAGE_DESCRIPTION_FILE, text.encode(`${JSON.stringify(plan.description, null, 2)}\n`));
  yield file(BRIDGE_FILE, text.encode(bridge));
  yield file(MANIFEST_FILE, text.encode(scormManifest(plan.description, [...made])));
}

/** The package's files by their path in it, all at once (packageEntries, for tests and tools that read them). */
export const packageFiles = (source: PackageSource): Map<string, Uint8Array> => new Map(packageEntries(source));
