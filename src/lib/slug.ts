// Browser-safe (no Node imports): used by the content config at build time, by pages and by islands.

/** A URL-safe slug: lower case, no accents, words joined by dashes. */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** The file's name without folder or extension. */
const fileStem = (entry: string) => entry.replace(/^.*\//, "").replace(/\.[^.]*$/, "");

/**
 * An id generator for Astro's glob loader: the id is the file's name without
 * folder or extension. Two live files with the same name would share a URL, so the
 * second one stops the build with both paths named. `exists` tells whether the earlier
 * file is still there (the dev server sees renames as new entries).
 */
export function slugFromFileName(collection: string, exists: (path: string) => boolean) {
  const seen = new Map<string, string>();
  return ({ entry, base }: { entry: string; base: URL }): string => {
    const id = slugify(fileStem(entry));
    const earlier = seen.get(id);
    const dir = decodeURIComponent(base.pathname);
    if (earlier && earlier !== entry && exists(`${dir}/${earlier}`)) {
      throw new Error(
        `${collection}\u00a0: deux fichiers donnent la même adresse «\u00a0${id}\u00a0»\u00a0: ${dir}${earlier} et ${dir}${entry}. Renommer l'un des deux.`,
      );
    }
    seen.set(id, entry);
    return id;
  };
}
