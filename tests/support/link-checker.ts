// Reads a built site (dist/) and reports every internal link, asset or #anchor
// that leads nowhere. Links are resolved as a browser would, under the base path.
import { readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { parse } from "node-html-parser";

export interface BrokenLink {
  page: string;
  target: string;
  reason: string;
}

function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* htmlFiles(path);
    else if (name.endsWith(".html")) yield path;
  }
}

/** The URL path a file is served at: dist/a/index.html → /base/a/ */
function urlOf(dist: string, file: string, base: string): string {
  const path = relative(dist, file).split(sep).join("/");
  return base + path.replace(/(^|\/)index\.html$/, "$1");
}

/** The file a URL path is served from, or undefined when none is. */
function fileOf(dist: string, pathname: string, base: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const path = decodeURIComponent(pathname.slice(base.length));
  const candidates =
    path === "" || path.endsWith("/") ? [join(path, "index.html")] : [path, `${path}.html`, join(path, "index.html")];
  return candidates.map((c) => join(dist, c)).find((c) => existsSync(c) && statSync(c).isFile());
}

export function checkLinks(dist: string, base = "/"): { pages: number; links: number; broken: BrokenLink[] } {
  const origin = "http://relais.test";
  const ids = new Map<string, Set<string>>();
  const documents = [...htmlFiles(dist)].map((file) => {
    const root = parse(readFileSync(file, "utf8"));
    ids.set(file, new Set(root.querySelectorAll("[id]").map((el) => el.getAttribute("id") ?? "")));
    return { file, root };
  });
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const { file, root } of documents) {
    const pageUrl = new URL(urlOf(dist, file, base), origin);
    const page = pageUrl.pathname;
    for (const el of root.querySelectorAll("a[href], link[href], script[src], img[src], source[src], form[action]")) {
      const raw = el.getAttribute("href") ?? el.getAttribute("src") ?? el.getAttribute("action") ?? "";
      const target = new URL(raw, pageUrl);
      if (target.origin !== origin) continue; // other origins are the CSP test's business
      links++;
      const targetFile = target.pathname === page ? file : fileOf(dist, target.pathname, base);
      if (!targetFile) {
        broken.push({ page, target: raw, reason: "aucune page à cette adresse" });
        continue;
      }
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (anchor && targetFile.endsWith(".html") && !ids.get(targetFile)?.has(anchor)) {
        broken.push({ page, target: raw, reason: `aucun élément id="${anchor}" sur la page visée` });
      }
    }
  }
  return { pages: documents.length, links, broken };
}
