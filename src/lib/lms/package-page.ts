import { narrowPage, type HeldAs } from "../../integrations/csp-per-page.ts";
import { fileOf, packageRoot, relativeHref, sitePath } from "./package-paths.ts";
import { PACKAGE_PRIVACY } from "./package-wording.ts";

// A built page made into a page of a SCORM package, on the HTML Astro wrote: what only the site
// has goes (the offline worker's registration, the search, the site's menu and footer links),
// every address in the site becomes relative to the page, links to pages the package does not
// hold become plain text (or, given the hosted site's address, links to it), the page learns
// where the package's root is (data-package-root, read by src/lib/urls.ts) and loads the SCORM
// runtime, relais-scorm.js. Its CSP is then narrowed again to the inline code it still holds.

export interface PageContext {
  /** The page's path in the package (and in the site, base left out): "lecons/x/index.html". */
  page: string;
  /** The site's base path, "/" or "/relais/". */
  base: string;
  /**
   * The site's pages the package holds: their file in the site → where they are in the package.
   * Only asked through get: what is asked is all that makes a page differ between packages (made-pages.ts).
   */
  pages: Pick<ReadonlyMap<string, string>, "get">;
  /** The hosted site's address, base included ("https://relais.example.org/"): links out go there. */
  hostedSite?: string | undefined;
  /**
   * How the page's text is held: decoded ("utf8", by default), or one character per byte of its
   * UTF-8 ("latin1", as the build's packager reads it from the disk: no decoding, no encoding
   * again, half the memory). Every mark looked for is ASCII; the paths asked of `pages` and the
   * files given back are decoded, and what is written in the page is held as the page is.
   */
  held?: HeldAs | undefined;
}

const HAS_NON_ASCII = /[^\x00-\x7f]/;
/** A text as held ("latin1": one character per byte of its UTF-8), and back; ASCII is the same both ways. */
const heldText = (held: HeldAs) => ({
  toHeld: (text: string) =>
    held === "latin1" && HAS_NON_ASCII.test(text) ? Buffer.from(text, "utf8").toString("latin1") : text,
  fromHeld: (text: string) =>
    held === "latin1" && HAS_NON_ASCII.test(text) ? Buffer.from(text, "latin1").toString("utf8") : text,
});

/** Runs an inline script that is the site's only: registering the offline worker, opening the search. */
const SITE_ONLY_SCRIPT = /serviceWorker|relais-search|review-link/;
/** The site's menu, search button and dialog, manifest link, and its inline scripts (one pass). */
const SITE_ONLY =
  /<details class="site-menu">[\s\S]*?<\/details>|<relais-search-launcher\b[\s\S]*?<\/relais-search-launcher>|<dialog id="search-dialog"[\s\S]*?<\/dialog>|<link rel="manifest"[^>]*>|<script type="module">([\s\S]*?)<\/script>/g;
/** What no packaged page may keep: the proof that the site-only parts above were all found. */
const LEFT_OVER = ["serviceWorker", "pagefind/", "relais-search", "manifest.webmanifest"];

const withoutSiteOnlyParts = (html: string, footer: string) =>
  html
    .replace(SITE_ONLY, (part, script: string | undefined) =>
      script !== undefined && !SITE_ONLY_SCRIPT.test(script) ? part : "",
    )
    // The site's footer links across the site and says no data leaves it: the package's says where answers go.
    .replace(
      /<footer class="site-footer">[\s\S]*?<\/footer>/,
      `<footer class="site-footer"><div class="container"><p>${footer}</p></div></footer>`,
    );

/** Whitespace as HTML and CSS know it (not \s, which also takes bytes of a text held as latin1). */
const CLASS = /[ \t\n\r\f]class="[^"]*"/;

/**
 * A link to another site opens in a new tab: in the LMS's frame it would replace the package, and
 * leaving the package ends the LMS session.
 */
const outward = (link: string, attributes: string) =>
  /[ \t\n\r\f]target=/.test(attributes)
    ? link
    : link.replace(/^<a\b/, `<a target="_blank"${/[ \t\n\r\f]rel=/.test(attributes) ? "" : ' rel="noopener"'}`);

/**
 * A stylesheet of the package (a file, or a page's inline <style>) whose url() from the site's root
 * (a font, an image) now leads from `file` to the same file in the package; and those files.
 */
export function packageStyles(
  file: string,
  css: string,
  base: string,
  held: HeldAs = "utf8",
): { css: string; assets: string[] } {
  const { toHeld, fromHeld } = heldText(held);
  const from = toHeld(file);
  const siteBase = toHeld(base);
  const assets: string[] = [];
  const out = css.replace(
    /url\([ \t\n\r\f]*(["']?)([^"') \t\n\r\f]+)\1[ \t\n\r\f]*\)/g,
    (url, quote: string, address: string) => {
      const path = sitePath(address, siteBase);
      if (path === undefined) return url;
      const [target, suffix] = fileOf(path);
      assets.push(fromHeld(target));
      return `url(${quote}${relativeHref(from, target)}${suffix}${quote})`;
    },
  );
  return { css: out, assets };
}

/** The page as the package holds it, and the files it loads (paths in the site and the package). */
export function packagePage(html: string, context: PageContext): { html: string; assets: string[] } {
  const { page, base, pages, hostedSite, held = "utf8" } = context;
  const { toHeld, fromHeld } = heldText(held);
  // Addresses are made as the page holds them: from the page's path held so.
  const at = toHeld(page);
  const siteBase = toHeld(base);
  const assets = new Set<string>();
  const inPackage = (path: string) => {
    const [file, suffix] = fileOf(path);
    const mapped = pages.get(fromHeld(file));
    if (mapped === undefined) return undefined;
    return relativeHref(at, suffix ? toHeld(mapped.replace(/#.*$/, "")) + suffix : toHeld(mapped));
  };
  const asAsset = (path: string) => {
    const [file, suffix] = fileOf(path);
    assets.add(fromHeld(file));
    return relativeHref(at, file) + suffix;
  };
  let out = withoutSiteOnlyParts(html, toHeld(PACKAGE_PRIVACY)).replace(
    /<a\b([^>]*)>([\s\S]*?)<\/a>/g,
    (link, attributes: string, content: string) => {
      const href = /\bhref="([^"]*)"/.exec(attributes)?.[1];
      if (href !== undefined && /^https?:\/\//.test(href)) return outward(link, attributes);
      const path = href === undefined ? undefined : sitePath(href, siteBase);
      if (path === undefined) return link;
      const inside = inPackage(path);
      if (inside !== undefined) return link.replace(`href="${href}"`, `href="${inside}"`);
      // A file the page links to (not a page): it goes in the package.
      if (!fileOf(path)[0].endsWith(".html")) {
        return link.replace(`href="${href}"`, `href="${asAsset(path)}"`);
      }
      if (hostedSite) {
        return outward(link.replace(`href="${href}"`, `href="${toHeld(hostedSite)}${path}"`), attributes);
      }
      return `<span${CLASS.exec(attributes)?.[0] ?? ""}>${content}</span>`;
    },
  );
  // Every other address in the site (scripts, icon, data-* attributes) is a file the page loads.
  out = out.replace(
    /([ \t\n\r\f](?:href|src|poster|data-[\w-]+)=")([^"]*)"/g,
    (attribute, start: string, value: string) => {
      const path = sitePath(value, siteBase);
      if (path === undefined) return attribute;
      return `${start}${inPackage(path) ?? asAsset(path)}"`;
    },
  );
  // Fonts and images the inline stylesheets load (the CSP is narrowed below to their new text).
  out = out.replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style>)/g, (_, open: string, css: string, close: string) => {
    const styled = packageStyles(page, css, base, held);
    for (const asset of styled.assets) assets.add(asset);
    return open + styled.css + close;
  });
  const root = packageRoot(page);
  out = out
    .replace(/<html\b([^>]*)>/, `<html$1 data-package-root="${root}">`)
    // The runtime first among the page's modules (they run in document order): it makes the progress
    // store the islands share. Right after the character set, the CSP moved before it below.
    .replace(
      /<head>(<meta charset="[^"]*">)?/,
      (head) => `${head}<script type="module" src="${root}relais-scorm.js"></script>`,
    );
  const left = LEFT_OVER.find((part) => out.includes(part));
  if (left) {
    throw new Error(
      `Paquetage SCORM\u00a0: la page ${page} garde «\u00a0${left}\u00a0» (une partie propre au site que le paquetage ` +
        "ne sait plus retirer\u00a0: src/lib/lms/package-page.ts suit la forme des pages construites).",
    );
  }
  return { html: narrowPage(out, page, held), assets: [...assets] };
}
