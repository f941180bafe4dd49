// Every internal link goes through here so the site works under a base path
// (RELAIS_BASE=/relais/): a link written by hand would break there.
const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");

/** A site path ("catalogue/" or "/catalogue/") prefixed with the base path. */
export function href(path = ""): string {
  return base + path.replace(/^\//, "");
}

export const lessonHref = (id: string) => href(`lecons/${id}/`);
export const moduleHref = (id: string) => href(`modules/${id}/`);
export const guideHref = (moduleId: string) => href(`formateur/guides/${moduleId}/`);
export const simulationHref = (id: string) => href(`simulations/${id}/`);
export const doorHref = (audience: string) => href(`pour/${audience}/`);
export const checklistHref = (id: string) => href(`fiches/${id}/`);
export const glossaryHref = (id?: string) => href(`glossaire/${id ? `#${id}` : ""}`);
