import { catalogueFrom, type Catalogue, type CatalogueItem } from "./catalogue";

/** The course catalogue the page carries (components/assignment/CatalogueData.astro). */
export function pageCatalogue(): Catalogue {
  const block = document.getElementById("relais-catalogue");
  return catalogueFrom(JSON.parse(block?.textContent ?? "[]") as CatalogueItem[]);
}
