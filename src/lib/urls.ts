// Every internal link goes through here so the site works under a base path
// (RELAIS_BASE=/relais/): a link written by hand would break there.
const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");

/** A path on the hosted site, whatever the page: for what a SCORM package never holds (the offline worker). */
export const siteHref = (path: string) => base + path.replace(/^\//, "");

/**
 * Inside a SCORM package (src/lib/lms/package-page.ts) a page says where the package's root is,
 * relative to itself (<html data-package-root="../../">): links start there, wherever the LMS
 * unpacked it. Read when a link is made (a function, so bundles that do not make links drop it).
 */
const packageRoot = () =>
  typeof document === "undefined" ? undefined : document.documentElement.dataset["packageRoot"];

/**
 * A site path ("catalogue/" or "/catalogue/") prefixed with the base path; in a package, with the
 * way to its root, a directory ending with index.html (an LMS's file server lists no directory).
 */
export function href(path = ""): string {
  const root = packageRoot();
  if (root === undefined) return siteHref(path);
  return root + path.replace(/^\//, "").replace(/^([^?#]*\/)?(?=[?#]|$)/, "$1index.html");
}

export const lessonHref = (id: string) => href(`lecons/${id}/`);
export const moduleHref = (id: string) => href(`modules/${id}/`);
export const guideHref = (moduleId: string) => href(`formateur/guides/${moduleId}/`);
export const simulationHref = (id: string) => href(`simulations/${id}/`);
export const doorHref = (audience: string) => href(`pour/${audience}/`);
export const checklistHref = (id: string) => href(`fiches/${id}/`);
export const glossaryHref = (id?: string) => href(`glossaire/${id ? `#${id}` : ""}`);
