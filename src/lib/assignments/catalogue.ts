// What of the course an assignment can name, as the pages hand it to scripts
// (a JSON data block built from the content collections).
import type { ItemRef } from "./assignment-schema";

export interface CatalogueItem {
  ref: ItemRef;
  title: string;
  /** Site-relative path of the page, without the base ("lecons/ecoute/"). */
  path: string;
  moduleId: string;
  moduleTitle: string;
}

export type Catalogue = Map<string, CatalogueItem>;

export const catalogueFrom = (items: CatalogueItem[]): Catalogue => new Map(items.map((item) => [item.ref, item]));

/** The title to show for an item, even one this version of the site no longer has. */
export const itemTitle = (catalogue: Catalogue, ref: string) => catalogue.get(ref)?.title ?? `${ref} (introuvable)`;
