// What JavaScript a built page makes the browser load: its module scripts, inline
// scripts, and every chunk they import, measured gzip-compressed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parse } from "node-html-parser";

export interface PageScripts {
  /** Files loaded (dist-relative) plus "inline #n" for inline scripts. */
  parts: string[];
  gzipBytes: number;
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const importsOf = (code: string) => [...code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)].map((m) => m[1]!);

export function pageScripts(dist: string, htmlFile: string, base = "/"): PageScripts {
  const root = parse(readFileSync(htmlFile, "utf8"));
  const parts: string[] = [];
  let gzipBytes = 0;
  const seen = new Set<string>();
  const load = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dist, file), "utf8");
    parts.push(file);
    gzipBytes += gz(code);
    for (const specifier of importsOf(code)) {
      load(specifier.startsWith("/") ? specifier.slice(base.length) : join(file, "..", specifier));
    }
  };
  root.querySelectorAll("script").forEach((script, i) => {
    const src = script.getAttribute("src");
    if (src) return load(src.slice(base.length));
    const type = script.getAttribute("type");
    if (type && type !== "module" && type !== "text/javascript") return; // data, templates: not run
    parts.push(`inline #${i}`);
    gzipBytes += gz(script.textContent);
    for (const specifier of importsOf(script.textContent)) load(specifier.slice(base.length));
  });
  return { parts, gzipBytes };
}
