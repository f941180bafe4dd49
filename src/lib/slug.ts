import { existsSync } from "node:fs";
import { basename, extname } from "node:path";
import { fileURLToPath } from "node:url";

import { slugify } from "./slugify";

export { slugify };

/**
 * An id generator for Astro's glob loader: the id is the file's name without
 * folder or extension. Two live files with the same name would share a URL, so the
 * second one stops the build with both paths named.
 */
export function slugFromFileName(collection: string) {
  const seen = new Map<string, string>();
  return ({ entry, base }: { entry: string; base: URL }): string => {
    const id = slugify(basename(entry, extname(entry)));
    const earlier = seen.get(id);
    const dir = fileURLToPath(base);
    if (earlier && earlier !== entry && existsSync(`${dir}/${earlier}`)) {
      throw new Error(
        `${collection} : deux fichiers donnent la même adresse « ${id} » : ${dir}${earlier} et ${dir}${entry}. Renommer l'un des deux.`,
      );
    }
    seen.set(id, entry);
    return id;
  };
}
