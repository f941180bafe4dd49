import { didYouMean, nearest } from "./nearest.ts";

// Does a link written in the content lead somewhere in the built site? Decided from the content
// alone, before anything is built: the pages the site will have (src/pages and one page per
// entry of each collection), the anchors known on them, and the files of public/.

export interface SitePages {
  /** Page paths from the site's root, with their final slash ("/lecons/ecouter/"); anchors when known. */
  pages: ReadonlyMap<string, ReadonlySet<string> | undefined>;
  /** Files served as they are ("/favicon.svg"). */
  files: ReadonlySet<string>;
}

export interface SiteContent {
  lessons: readonly { id: string; anchors: readonly string[] }[];
  modules: readonly string[];
  glossary: readonly string[];
  simulations: readonly string[];
  checklists: readonly string[];
  /** Trainer's guides, by module id. */
  guides?: readonly string[];
  audiences: readonly string[];
  /** Pages of src/pages that take no parameter, as paths ("/", "/glossaire/"). */
  fixedPages: readonly string[];
  /** Files of public/, as paths ("/favicon.svg"). */
  publicFiles: readonly string[];
}

/** The pages of the site; the dynamic routes of src/pages are these, one per entry. */
export function sitePages(content: SiteContent): SitePages {
  const pages = new Map<string, ReadonlySet<string> | undefined>();
  for (const path of content.fixedPages) pages.set(path, undefined);
  pages.set("/glossaire/", new Set(content.glossary));
  for (const lesson of content.lessons) pages.set(`/lecons/${lesson.id}/`, new Set(lesson.anchors));
  for (const id of content.modules) pages.set(`/modules/${id}/`, undefined);
  for (const id of content.simulations) pages.set(`/simulations/${id}/`, undefined);
  for (const id of content.checklists) pages.set(`/fiches/${id}/`, undefined);
  for (const id of content.guides ?? []) pages.set(`/formateur/guides/${id}/`, undefined);
  for (const id of content.audiences) pages.set(`/pour/${id}/`, undefined);
  return { pages, files: new Set(content.publicFiles) };
}

const ORIGIN = "https://relais.invalid";

/**
 * What is wrong with `href`, written on the page at `from` ("/lecons/ecouter/"), or undefined when
 * it leads somewhere: another site, a page of this one (and its anchor, where anchors are known), a public file.
 */
export function linkProblem(href: string, from: string, site: SitePages): string | undefined {
  let url: URL;
  try {
    url = new URL(href, ORIGIN + from);
  } catch {
    return `lien illisible\u00a0: ${href}`;
  }
  if (url.origin !== ORIGIN) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return `lien illisible\u00a0: ${href}`;
  }
  const anchor = url.hash ? decodeURIComponent(url.hash.slice(1)) : "";
  if (site.files.has(path)) return undefined;
  if (!site.pages.has(path)) {
    if (site.pages.has(`${path}/`)) return `lien sans la barre finale\u00a0: écrire ${path}/${url.hash}`;
    // « lecons/x/ » is read from the lesson's own address: the author meant the site's root.
    const fromRoot = /^[a-z]/i.test(href) ? new URL(`/${href}`, ORIGIN) : undefined;
    if (fromRoot && (site.pages.has(fromRoot.pathname) || site.files.has(fromRoot.pathname))) {
      return `lien relatif\u00a0: ${href} mène à ${path}, qui n'existe pas\u00a0: écrire /${href} (depuis la racine du site)`;
    }
    const paths = [...site.pages.keys(), ...site.files];
    const section = path.split("/")[1];
    const sameSection = paths.filter((p) => p.split("/")[1] === section);
    const suggestion = nearest(path, sameSection) ?? nearest(path, paths);
    return `lien mort\u00a0: ${path} n'est pas une page du site${didYouMean(suggestion && `${suggestion}${url.hash}`)}`;
  }
  const anchors = site.pages.get(path);
  if (!anchor || !anchors || anchors.has(anchor)) return undefined;
  const where = path === from ? "dans cette page" : `sur ${path}`;
  const suggestion = nearest(anchor, [...anchors]);
  const few =
    !suggestion && anchors.size > 0 && anchors.size <= 8
      ? ` (ancres\u00a0: ${[...anchors].map((a) => `#${a}`).join(", ")})`
      : "";
  return `ancre inconnue #${anchor} ${where}${didYouMean(suggestion && `${path === from ? "" : path}#${suggestion}`)}${few}`;
}
