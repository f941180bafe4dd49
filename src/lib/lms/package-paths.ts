// Addresses inside a SCORM package. The LMS unpacks it into a folder of its own choosing, often
// deep (/pluginfile.php/12/mod_scorm/content/1/), and its file server lists no directory: every
// link is relative to the page, and a link to a directory names its index.html.

/** The fragment or query of an address ("#a", "?q=1#a"), and what comes before it. */
function splitSuffix(address: string): [path: string, suffix: string] {
  const at = address.search(/[?#]/);
  return at === -1 ? [address, ""] : [address.slice(0, at), address.slice(at)];
}

/**
 * The path of a site address without its base ("/relais/lecons/x/#a" → "lecons/x/#a" under
 * "/relais/"), or undefined when it is not an address in the site: another origin, "//host/…",
 * a fragment alone, a relative address.
 */
export function sitePath(address: string, base: string): string | undefined {
  if (address.startsWith("//") || !address.startsWith(base)) return undefined;
  return address.slice(base.length);
}

/**
 * The file a site path names, and its fragment or query: "lecons/x/#a" → ["lecons/x/index.html",
 * "#a"], "" → ["index.html", ""], "favicon.svg" → ["favicon.svg", ""].
 */
export function fileOf(path: string): [file: string, suffix: string] {
  const [file, suffix] = splitSuffix(path);
  return [file === "" || file.endsWith("/") ? `${file}index.html` : file, suffix];
}

/**
 * The address of `to` (a file of the package, with or without a fragment) from the page `from`
 * (a file of the package): ("lecons/x/index.html", "glossaire/index.html#t") → "../../glossaire/index.html#t".
 */
export function relativeHref(from: string, to: string): string {
  const [target, suffix] = splitSuffix(to);
  const fromDirs = from.split("/").slice(0, -1);
  const toParts = target.split("/");
  let common = 0;
  while (common < fromDirs.length && common < toParts.length - 1 && fromDirs[common] === toParts[common]) common += 1;
  return `${"../".repeat(fromDirs.length - common)}${toParts.slice(common).join("/")}${suffix}`;
}

/** The way from a page of the package up to its root: "../../" from "lecons/x/index.html", "./" from "index.html". */
export const packageRoot = (page: string) => "../".repeat(page.split("/").length - 1) || "./";
