// What of the course an assignment can name (src/lib/assignments/catalogue.ts).
import { expect, test } from "vitest";
import { catalogueFrom, itemTitle, type CatalogueItem } from "../../src/lib/assignments/catalogue.ts";

const item = (ref: string, title: string): CatalogueItem =>
  ({ ref, title, path: `lecons/${ref}/`, moduleId: "m", moduleTitle: "Module" }) as CatalogueItem;

test("catalogueFrom keys items by ref; itemTitle names a missing item", () => {
  const catalogue = catalogueFrom([item("lecon:ecoute", "L'écoute"), item("simulation:bases", "Quiz des bases")]);
  expect([...catalogue.keys()]).toEqual(["lecon:ecoute", "simulation:bases"]);
  expect(itemTitle(catalogue, "lecon:ecoute")).toBe("L'écoute");
  expect(itemTitle(catalogue, "simulation:bases")).toBe("Quiz des bases");
  expect(itemTitle(catalogue, "lecon:disparue")).toBe("lecon:disparue (introuvable)");
});
