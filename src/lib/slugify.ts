// Browser-safe (no Node imports): used by pages at build time and by scripts.

/** A URL-safe slug: lower case, no accents, words joined by dashes. */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
