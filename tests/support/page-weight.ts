// What JavaScript a built page makes the browser load: its module scripts, inline
// scripts, and every chunk they import, measured gzip-compressed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parse } from "node-html-parser";

export interface PageScripts {
  /** Files loaded with the page (dist-relative) plus "inline #n" for inline scripts. */
  parts: string[];
  gzipBytes: number;
  /** Chunks the page's own scripts import later, on demand (`import("./…")`), and what they import. */
  onDemand: { parts: string[]; gzipBytes: number };
  /**
   * What loads only when a learning platform launches the page (the cmi5 runtime,
   * components/lms/cmi5-runtime.ts, and what it imports beyond the two above): no reader pays for it.
   */
  onLaunch: { parts: string[]; gzipBytes: number };
}

/** The chunk a page imports only when opened with cmi5 launch parameters. */
const LAUNCH_ONLY = /(^|\/)cmi5-runtime\.[\w-]+\.js$/;

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const importsOf = (code: string) => [...code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)].map((m) => m[1]!);
// Only the site's own chunks: Pagefind, loaded by URL when someone searches, is not the page's.
const dynamicImportsOf = (code: string) =>
  [...code.matchAll(/import\(\s*[`"'](\.\/[^`"']+\.js)[`"']\s*\)/g)].map((m) => m[1]!);

export function pageScripts(dist: string, htmlFile: string, base = "/"): PageScripts {
  const root = parse(readFileSync(htmlFile, "utf8"));
  const seen = new Set<string>();
  const later: string[] = [];
  const withPage = { parts: [] as string[], gzipBytes: 0 };
  const onDemand = { parts: [] as string[], gzipBytes: 0 };
  const onLaunch = { parts: [] as string[], gzipBytes: 0 };
  const launchOnly: string[] = [];
  const resolve = (file: string, specifier: string) =>
    specifier.startsWith("/") ? specifier.slice(base.length) : join(file, "..", specifier);
  const load = (file: string, into: typeof withPage) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dist, file), "utf8");
    into.parts.push(file);
    into.gzipBytes += gz(code);
    for (const specifier of importsOf(code)) load(resolve(file, specifier), into);
    for (const specifier of dynamicImportsOf(code)) {
      const target = resolve(file, specifier);
      (LAUNCH_ONLY.test(target) ? launchOnly : later).push(target);
    }
  };
  root.querySelectorAll("script").forEach((script, i) => {
    const src = script.getAttribute("src");
    if (src) return load(src.slice(base.length), withPage);
    const type = script.getAttribute("type");
    if (type && type !== "module" && type !== "text/javascript") return; // data, templates: not run
    withPage.parts.push(`inline #${i}`);
    withPage.gzipBytes += gz(script.textContent);
    for (const specifier of importsOf(script.textContent)) load(specifier.slice(base.length), withPage);
  });
  while (later.length > 0) load(later.shift()!, onDemand);
  while (launchOnly.length > 0) load(launchOnly.shift()!, onLaunch);
  return { ...withPage, onDemand, onLaunch };
}
