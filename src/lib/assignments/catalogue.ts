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
  /** An explainer: no question file for the review page, so its report names no missed questions. */
  explainer?: true;
}

export type Catalogue = Map<string, CatalogueItem>;

export const catalogueFrom = (items: CatalogueItem[]): Catalogue => new Map(items.map((item) => [item.ref, item]));

/** The title to show for an item, even one this version of the site no longer has. */
export const itemTitle = (catalogue: Catalogue, ref: string) => catalogue.get(ref)?.title ?? `${ref} (introuvable)`;

/** Short titles stop at this many characters, then at a word, with an ellipsis. */
const SHORT = 32;

/**
 * A title short enough for a narrow column head or a chart's label: the part before its colon
 * (« Les six temps d’une crise » of « Les six temps d’une crise : la procédure… »), or the
 * question a title opens with in guillemets, cut at a word after SHORT characters. The full
 * title stays in the tooltip, for screen readers and in the CSV.
 */
export function shortTitle(title: string): string {
  const quoted = /^«\s*([^»]+?)\s*»/.exec(title);
  const head = (quoted ? quoted[1]! : title.split(/\s:\s/)[0]!).trim();
  if (head.length <= SHORT) return head;
  const cut = head.slice(0, SHORT);
  const space = cut.lastIndexOf(" ");
  return `${(space > SHORT / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:’'-]+$/, "")}…`;
}

/** Short titles of a list, each told apart: two that would read the same get their place in the list. */
export function shortTitles(titles: string[]): string[] {
  const shorts = titles.map(shortTitle);
  return shorts.map((short, i) =>
    shorts.indexOf(short) !== shorts.lastIndexOf(short) ? `${short} (${i + 1})` : short,
  );
}
